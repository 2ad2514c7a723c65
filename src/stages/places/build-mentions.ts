import type { PlaceMention } from '../../model/mention.js';
import type { PlacePrecision } from '../../model/place.js';
import { toCandidate } from '../../resources/gazetteer/gazetteer.js';
import type { GazetteerEntry } from '../../resources/gazetteer/gazetteer-entry.js';
import type { ToponymGroup } from './document-context.js';
import type { KeptToponym } from './filter-toponyms.js';
import type { PlaceCue } from './place-lexicon.js';
import { basePrecision, isProminent, isUnion } from './place-kind.js';
import type { GroupResolution } from './resolve-groups.js';
import type { DocumentContext } from './score-candidates.js';

export interface CuedToponym extends KeptToponym {
  cue?: PlaceCue;
  groupId: string;
}

/** Population above which a name is trusted inside a run of capitals ("Rami Abdel Rahmane" is not Rama). */
const PROMINENT_IN_NAME = 250_000;
/** Same, when the run opens a sentence: "Human Rights Watch said" is not Uman (100 000 inhabitants). */
const PROMINENT_IN_NAME_AT_START = 1_000_000;
/** Population above which a capitalised sentence-initial word is trusted without a cue. */
const PROMINENT_AT_START = 20_000;
/** Below this, an uncued match outside the report's countries is more likely a word than a village. */
const MIN_UNCUED = 5_000;
/** A lone common word ("Hall", "Temple") is a place without a cue only if the place is at least this large
 *  ("Reading", "Mobile", "Nice" stay towns). */
const PROMINENT_COMMON_WORD = 100_000;
/** Same for a lone given name ("Thomas", "Laura", "Franklin" the school): a town only if at least this large. */
const PROMINENT_GIVEN_NAME = 20_000;

/**
 * Whether a match is kept: the weaker the evidence that the word is a place name at all (sentence start, part
 * of a person's name, no cue), the better known the place must be.
 */
export function accept(t: CuedToponym, top: GazetteerEntry, ctx: DocumentContext, within?: string, spelled = true): boolean {
  const focused = ctx.focus.has(top.countryCode);
  // "Sweden is the ninth country in the EU" names a territory; "the EU confirmed", "EU officials" name the actor.
  if (isUnion(top)) return t.cue?.position === 'before';
  // A county's name carries its own noun ("Laurel County"): a place even before "Clerk" or "Sheriff". A one-word
  // county ("Kent", "Devon") is judged like any other word.
  if (top.featureCode === 'ADM2' && t.last - t.first > 1) return true;
  // "Temple, Texas" is pinned by its state; "the Hall", "More than half" or "Laura and I" name no place.
  if (t.commonWord && !t.cue && !within && !isProminent(top, PROMINENT_COMMON_WORD)) return false;
  if (t.givenName && !t.cue && !within && !isProminent(top, PROMINENT_GIVEN_NAME)) return false;
  if (t.insideName) return spelled && isProminent(top, t.sentenceInitial ? PROMINENT_IN_NAME_AT_START : PROMINENT_IN_NAME);
  // At a sentence start the report's country is not enough for a known hamlet ("About", "Four", "War" are all US
  // places); a town GeoNames gives no population (Hawija) is not known to be small.
  // A transliteration the gazetteer spells otherwise ("Hawija") still counts in the report's own country.
  if (t.sentenceInitial && !t.cue) return (spelled && isProminent(top, PROMINENT_AT_START)) || (focused && (top.population === 0 || isProminent(top, MIN_UNCUED)));
  if (t.cue) return true;
  return isProminent(top, MIN_UNCUED) || focused || top.featureCode === 'PPLA' || top.featureCode === 'PPLA2';
}

function precisionFor(top: GazetteerEntry, cue: PlaceCue | undefined): PlacePrecision {
  const base = basePrecision(top);
  // "près de Boukamal" places the event beside the town, not in it; a cue says nothing new about a province.
  if (base === 'locality' && cue && cue.precision !== 'auto') return cue.precision;
  return base;
}

export function buildMention(
  id: string,
  t: CuedToponym,
  group: ToponymGroup,
  res: GroupResolution,
  firstOfGroup: string | undefined,
  maxCandidates: number,
): PlaceMention {
  const top = res.ranked[0]!;
  const share = res.shares[0] ?? 0;
  const reasons = [`key '${group.key}' matched ${res.ranked.length} gazetteer entr${res.ranked.length === 1 ? 'y' : 'ies'}`];
  if (t.cue) reasons.push(`cue '${t.cue.text}' (${t.cue.rule})`);
  reasons.push(...top.reasons);
  if (firstOfGroup) reasons.push(`one sense per report: same resolution as ${firstOfGroup}`);
  if (t.inFacilityName) reasons.push('part of a facility\'s name (place-facility-words / place-facility-heads)');
  let confidence = 0.5 + 0.5 * share;
  if (!t.cue) confidence *= 0.9;
  if (t.sentenceInitial) confidence *= 0.9;
  const m: PlaceMention = {
    kind: 'place',
    id,
    span: { start: t.start, end: t.end },
    rule: `gazetteer:${top.entry.source}`,
    confidence: Math.round(confidence * 100) / 100,
    candidates: res.ranked.slice(0, maxCandidates).map((s, i) => ({ ...toCandidate(s.entry), score: res.shares[i] ?? 0 })),
    precision: precisionFor(top.entry, t.cue),
    reasons,
  };
  if (t.cue) {
    m.cue = t.cue.text;
    m.relation = t.cue.relation;
  }
  if (t.inFacilityName) m.inFacilityName = true;
  return m;
}
