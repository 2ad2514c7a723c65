import { distanceKm } from '../../stages/places/geo-distance.js';
import type { Toponym } from './types.js';

/** Largest great-circle distance on Earth in km (half the circumference), the AUC scale. */
export const MAX_ERROR_KM = 20039;
/** 100 miles: the usual "correct enough" radius. */
export const ACC_RADIUS_KM = 161;
/** Mean Earth radius geopy's `great_circle` uses, which the published scorers called. */
const EARTH_RADIUS_KM = 6371.009;
/** Midpoints of matching spans must be closer than this many characters. */
const MIDPOINT_TOLERANCE = 10;

export function greatCircleKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  return distanceKm(aLat, aLon, bLat, bLon, EARTH_RADIUS_KM);
}

/**
 * `span`: the published rule (same lowercased surface, midpoints < 10 characters apart). `surface`: same lowercased
 * surface anywhere in the document; only for outputs whose offsets are not character offsets — Gritta's
 * `lgl_topo.txt` (Topocluster) gives token offsets (start = token index, end = start + length), and its published
 * figures come out of the file only when offsets are ignored.
 */
export type MatchRule = 'span' | 'surface';

export function toponymsMatch(gold: Toponym, pred: Toponym, rule: MatchRule = 'span'): boolean {
  if (gold.surface.toLowerCase() !== pred.surface.toLowerCase()) return false;
  if (rule === 'surface') return true;
  return Math.abs((gold.start + gold.end) / 2 - (pred.start + pred.end) / 2) < MIDPOINT_TOLERANCE;
}

export interface DocumentMatch {
  pairs: { gold: Toponym; pred: Toponym }[];
  falsePositives: Toponym[];
  falseNegatives: Toponym[];
}

/**
 * Greedy one-to-one matching as in Gritta et al. 2018: each gold toponym, in document order, takes the first
 * still-unmatched prediction (in the system's own order) with the same lowercased surface and a midpoint less than
 * 10 characters away.
 */
export function matchDocument(gold: readonly Toponym[], pred: readonly Toponym[], rule: MatchRule = 'span'): DocumentMatch {
  const used = new Array<boolean>(pred.length).fill(false);
  const pairs: DocumentMatch['pairs'] = [];
  const falseNegatives: Toponym[] = [];
  for (const g of gold) {
    const j = pred.findIndex((p, k) => !used[k] && toponymsMatch(g, p, rule));
    if (j < 0) {
      falseNegatives.push(g);
      continue;
    }
    used[j] = true;
    pairs.push({ gold: g, pred: pred[j]! });
  }
  return { pairs, falsePositives: pred.filter((_, k) => !used[k]), falseNegatives };
}

/** Distance metrics over a list of errors in km; all fields are NaN-free (0) when the list is empty. */
export interface GeocodingScores {
  /** Number of errors measured. */
  n: number;
  meanKm: number;
  medianKm: number;
  /** Share of errors under 161 km. */
  acc161: number;
  /** Area under the sorted ln(1+err)/ln(20039) curve (≈ its mean); lower is better. */
  auc: number;
}

export function geocodingScores(errorsKm: readonly number[]): GeocodingScores {
  const n = errorsKm.length;
  if (n === 0) return { n, meanKm: 0, medianKm: 0, acc161: 0, auc: 0 };
  const sorted = [...errorsKm].sort((a, b) => a - b);
  const mid = n >> 1;
  const medianKm = n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    n,
    meanKm: sum(errorsKm) / n,
    medianKm,
    acc161: errorsKm.filter((e) => e < ACC_RADIUS_KM).length / n,
    auc: areaUnderCurve(sorted),
  };
}

/**
 * AUC as the published scorers compute it (Gritta et al.'s `np.trapz` over the sorted ln(1+err), divided by
 * ln(20039)·(n−1)): the trapezoid area under the sorted error curve. It is the README's "mean of
 * ln(1+err)/ln(20039)" up to O(1/n) — and the difference shows in the third decimal: CamCoder on LGL is .2484
 * this way (printed .248) and .2485 as a plain mean.
 */
export function areaUnderCurve(sortedErrorsKm: readonly number[]): number {
  const y = sortedErrorsKm.map((e) => Math.log(1 + Math.min(e, MAX_ERROR_KM)) / Math.log(MAX_ERROR_KM));
  const n = y.length;
  if (n === 0) return 0;
  if (n === 1) return y[0]!;
  const total = y.reduce((a, b) => a + b, 0);
  return (total - (y[0]! + y[n - 1]!) / 2) / (n - 1);
}

/**
 * Error of one prediction against a gold point. A prediction with no point counts as the largest possible error,
 * so a system cannot improve its distance metrics by leaving hard toponyms unresolved.
 */
export function pointError(gold: Toponym, pred: Toponym | undefined): number | undefined {
  if (gold.lat === undefined || gold.lon === undefined) return undefined;
  if (pred?.lat === undefined || pred.lon === undefined) return MAX_ERROR_KM;
  return greatCircleKm(gold.lat, gold.lon, pred.lat, pred.lon);
}

export interface GeoparseScores extends GeocodingScores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Recognition (P/R/F1 over all gold toponyms) and geocoding (over matched toponyms whose gold has coordinates)
 * for parallel lists of documents' gold and predicted toponyms.
 */
export function scoreGeoparse(
  gold: readonly (readonly Toponym[])[],
  pred: readonly (readonly Toponym[])[],
  rule: MatchRule = 'span',
): GeoparseScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: number[] = [];
  gold.forEach((g, i) => {
    const m = matchDocument(g, pred[i] ?? [], rule);
    tp += m.pairs.length;
    fp += m.falsePositives.length;
    fn += m.falseNegatives.length;
    for (const { gold: a, pred: b } of m.pairs) {
      const e = pointError(a, b);
      if (e !== undefined) errors.push(e);
    }
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1, ...geocodingScores(errors) };
}
