import type { GazetteerEntry } from '../../resources/gazetteer/gazetteer-entry.js';
import { distanceKm } from './geo-distance.js';
import { isAdmin1, isCountry, isCurated, matchesPreference } from './place-kind.js';

/** What the rest of the report says about where it is: countries, admin-1 units, places already resolved. */
export interface DocumentContext {
  /** Country → weight and the words that put it there. */
  focus: Map<string, { weight: number; evidence: string[] }>;
  /** Key → the part of the focus its own mentions put there: a name is no evidence for itself ("Georgia"). */
  ownFocus: Map<string, Map<string, number>>;
  /** `CC.NN` → the mention that named the admin-1 unit. */
  adminHints: Map<string, string>;
  /** First-pass choices of the other toponyms, point-like ones only. */
  anchors: { key: string; entry: GazetteerEntry }[];
}

export interface ScoredCandidate {
  entry: GazetteerEntry;
  raw: number;
  reasons: string[];
}

/**
 * Weights, in log-odds-like units. A population decade is worth 0.5, so a country bonus or a cue outweighs it
 * only for namesakes of similar size, while London (9 M) still beats a 2 600-inhabitant "Londres" in Argentina
 * even in a report about Syria.
 */
const W = {
  population: 0.5,
  // A continent has no population figure; its name beats any town called Africa or Asia.
  featureCode: { PPLC: 1.5, PPLA: 1.0, PPLA2: 0.6, PPLA3: 0.3, continent: 3.0 } as Record<string, number>,
  country: 3.0,
  admin1: 0.5,
  curated: 2.0,
  cue: 4.0,
  within: 4.0,
  focus: 1.5,
  /** More for a country most of the report's names lie in. */
  strongFocus: 3.0,
  /** A state or province of the report's country outranks a foreign country of the same name ("Georgia"); against
   *  a town of the same name (Raqqa) it gets nothing more. */
  admin1Focus: 2.0,
  adminHint: 1.0,
  near: [
    [50, 2.0],
    [150, 1.0],
    [400, 0.3],
  ] as const,
};

export function scoreCandidates(
  key: string,
  entries: GazetteerEntry[],
  prefer: string,
  cueLabel: string | undefined,
  ctx: DocumentContext,
  within?: string,
): ScoredCandidate[] {
  const rivalCountry = entries.some(isCountry);
  const scored = entries.map((e) => scoreOne(key, e, prefer, cueLabel, ctx, within, rivalCountry));
  // Ties go to the larger place, then to the id, so the output never depends on index order.
  scored.sort(
    (a, b) => b.raw - a.raw || b.entry.population - a.entry.population || (a.entry.placeId < b.entry.placeId ? -1 : 1),
  );
  return scored;
}

function scoreOne(key: string, e: GazetteerEntry, prefer: string, cueLabel: string | undefined, ctx: DocumentContext, within?: string, rivalCountry = false) {
  const reasons: string[] = [];
  let raw = W.population * Math.log10(e.population + 1);
  if (e.population > 0) reasons.push(`population prior ${e.population}`);
  const fc = W.featureCode[e.featureCode];
  if (fc) {
    raw += fc;
    reasons.push(`feature ${e.featureClass}.${e.featureCode}`);
  }
  if (isCountry(e)) {
    raw += W.country;
    reasons.push('country name');
  } else if (isAdmin1(e)) {
    raw += W.admin1;
    reasons.push('admin-1 name');
  } else if (isCurated(e)) {
    raw += W.curated;
    reasons.push(`curated ${e.featureClass}`);
  }
  if (prefer !== 'any' && matchesPreference(e, prefer)) {
    raw += W.cue;
    reasons.push(`cue '${cueLabel ?? ''}' asks for ${prefer}`);
  }
  if (within && !isCountry(e) && (within === e.countryCode || within === `${e.countryCode}.${e.admin1 ?? ''}`)) {
    raw += W.within;
    reasons.push(`named with ${within}`);
  }
  const focus = ctx.focus.get(e.countryCode);
  const weight = (focus?.weight ?? 0) - (ctx.ownFocus.get(key)?.get(e.countryCode) ?? 0);
  if (focus && weight > 0) {
    raw += W.focus * Math.min(1, weight / 2) + W.strongFocus * Math.min(1, Math.max(0, weight - 2) / 4);
    reasons.push(`country focus ${e.countryCode} (${[...new Set(focus.evidence)].slice(0, 4).join(', ')})`);
    if (rivalCountry && isAdmin1(e) && weight >= 2) raw += W.admin1Focus;
  }
  const hint = e.admin1 ? ctx.adminHints.get(`${e.countryCode}.${e.admin1}`) : undefined;
  if (hint && !isAdmin1(e)) {
    raw += W.adminHint;
    reasons.push(`admin hint ${e.countryCode}.${e.admin1} from '${hint}'`);
  }
  raw += proximity(key, e, ctx, reasons);
  return { entry: e, raw, reasons };
}

function proximity(key: string, e: GazetteerEntry, ctx: DocumentContext, reasons: string[]): number {
  if (isCountry(e) || isAdmin1(e)) return 0;
  let best: { d: number; a: GazetteerEntry } | undefined;
  for (const a of ctx.anchors) {
    if (a.key === key || a.entry.placeId === e.placeId) continue;
    const d = distanceKm(e.lat, e.lon, a.entry.lat, a.entry.lon);
    if (!best || d < best.d) best = { d, a: a.entry };
  }
  if (!best) return 0;
  for (const [km, w] of W.near) {
    if (best.d <= km) {
      reasons.push(`near ${best.a.name} (${best.a.placeId}), ${Math.round(best.d)} km`);
      return w;
    }
  }
  return 0;
}

/** Turn raw scores into shares that sum to one over the candidates (softmax). */
export function normalise(scored: ScoredCandidate[]): number[] {
  const max = Math.max(...scored.map((s) => s.raw));
  const exps = scored.map((s) => Math.exp(s.raw - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((x) => Math.round((x / sum) * 1000) / 1000);
}
