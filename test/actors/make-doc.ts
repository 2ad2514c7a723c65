import type { AnalyzedReport } from '../../src/model/analyzed-report.js';
import type { ActorMention } from '../../src/model/mention.js';
import { loadActorLexicon } from '../../src/resources/actor-lexicon.js';
import { createActorStage } from '../../src/stages/actors/index.js';

/** A hand-made report with nothing but text, language and date. */
export function makeDoc(text: string, lang = 'fr', date = '2017-11'): AnalyzedReport {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    report: { id: 'r_test', source: {}, publishedAt: { value: date, precision }, text, contentHash: 'x' },
    lang,
    langReason: 'test',
    sentences: [],
    mentions: [],
    claims: [],
    diagnostics: [],
  };
}

export const lexicon = loadActorLexicon();
const stage = createActorStage(lexicon);

export interface Found {
  text: string;
  actorId: string;
  mention: ActorMention;
}

/** Runs the stage and returns the actor mentions with their surface text, in text order. */
export function actorsIn(text: string, lang = 'fr', date = '2017-11'): Found[] {
  const out = stage.run(makeDoc(text, lang, date), { explain: false });
  return out.mentions
    .filter((m): m is ActorMention => m.kind === 'actor')
    .map((m) => ({ text: text.slice(m.span.start, m.span.end), actorId: m.actorId, mention: m }));
}
