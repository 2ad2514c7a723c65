import type { AnalyzedReport } from '../../model/analyzed-report.js';
import type { PlaceMention } from '../../model/mention.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Gazetteer } from '../../resources/gazetteer/gazetteer.js';
import { accept, buildMention, type CuedToponym } from './build-mentions.js';
import { documentContext, type ToponymGroup } from './document-context.js';
import { filterToponyms } from './filter-toponyms.js';
import { findToponyms } from './find-toponyms.js';
import { matchCue } from './match-cue.js';
import { loadPlaceLexicons, type PlaceLexicon, type PlaceLexicons } from './place-lexicon.js';
import { isCurated } from './place-kind.js';
import { resolveGroups } from './resolve-groups.js';
import { tokenize } from './tokenize.js';

export const PLACE_STAGE_ID = 'places.gazetteer@1';

export interface PlaceStageOptions {
  /** Word lists; read from resources/ when omitted. */
  lexicons?: PlaceLexicons;
  /** Candidates kept per mention (the first is the chosen one). */
  maxCandidates?: number;
}

/**
 * Toponym recognition and resolution without a statistical model: gazetteer n-grams, capitalisation, stop lists,
 * cues, then ranking by priors and by what the rest of the report says. Needs only the text; uses sentence spans
 * when an earlier stage has set them.
 */
export function createPlaceStage(gazetteer: Gazetteer, options: PlaceStageOptions = {}): Stage {
  const lexicons = options.lexicons ?? loadPlaceLexicons();
  const maxCandidates = options.maxCandidates ?? 3;
  return {
    id: PLACE_STAGE_ID,
    requires: [],
    assigns: ['places'],
    run(doc: AnalyzedReport): AnalyzedReport {
      try {
        const places = recognise(doc, gazetteer, lexicons, maxCandidates);
        return { ...doc, mentions: [...doc.mentions.filter((m) => m.kind !== 'place'), ...places] };
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        return { ...doc, diagnostics: [...doc.diagnostics, { stage: PLACE_STAGE_ID, code: 'E_PLACES_FAILED', message }] };
      }
    },
  };
}

function lexiconsFor(doc: AnalyzedReport, all: PlaceLexicons): PlaceLexicon[] {
  const own = all.byLang.get(doc.lang);
  // Cues and stop words of the report's language; for an unknown language every list applies.
  return own ? [own] : [...all.byLang.values()];
}

export function recognise(doc: AnalyzedReport, gazetteer: Gazetteer, all: PlaceLexicons, maxCandidates: number): PlaceMention[] {
  const text = doc.report.text;
  const lexicons = lexiconsFor(doc, all);
  const cues = lexicons.flatMap((l) => l.cues).sort((a, b) => b.norm.length - a.norm.length);
  const tokens = tokenize(text, new Set(doc.sentences.map((s) => s.span.start)));
  const spans = filterToponyms(text, tokens, findToponyms(text, tokens, gazetteer, all.particles, (w) => lexicons.some((l) => l.stoplist.has(w))), lexicons, all.particles);

  const groups = new Map<string, ToponymGroup>();
  const cued: CuedToponym[] = spans.map((s) => {
    const sentence = doc.sentences.find((x) => x.span.start <= s.start && s.start < x.span.end)?.span;
    const cue = matchCue(text, s, cues, sentence);
    const prefer = cue?.prefer ?? 'any';
    const groupId = `${s.key}|${prefer}|${s.curatedOnly ? 'c' : ''}`;
    let g = groups.get(groupId);
    if (!g) {
      const entries = gazetteer.lookupEntries(s.key).filter((e) => !s.curatedOnly || isCurated(e));
      g = { id: groupId, key: s.key, prefer, surface: text.slice(s.start, s.end), entries, standalone: false };
      if (cue) g.cueLabel = cue.text;
      groups.set(groupId, g);
    }
    if (!s.insideName) g.standalone = true;
    const c: CuedToponym = { ...s, groupId };
    if (cue) c.cue = cue;
    return c;
  });

  const ctx = documentContext(tokens, [...groups.values()], lexicons);
  const resolved = resolveGroups([...groups.values()], ctx);
  const firstId = new Map<string, string>();
  const out: PlaceMention[] = [];
  for (const t of cued) {
    const g = groups.get(t.groupId)!;
    const res = resolved.get(t.groupId);
    const top = res?.ranked[0];
    if (!res || !top || !accept(t, top.entry, ctx)) continue;
    const id = `p${out.length + 1}`;
    out.push(buildMention(id, t, g, res, firstId.get(t.groupId), maxCandidates));
    if (!firstId.has(t.groupId)) firstId.set(t.groupId, id);
  }
  return out;
}
