import { makeDoc } from '../helpers/make-doc.js';
import type { ActorMention } from '../../src/model/mention.js';
import { loadActorLexicon } from '../../src/resources/actor-lexicon.js';
import { createActorStage } from '../../src/stages/actors/index.js';

export { makeDoc };

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
