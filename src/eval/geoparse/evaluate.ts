import { CORPUS_CONVENTIONS } from './conventions.js';
import { geocodingScores, pointError, scoreGeoparse, type GeocodingScores, type GeoparseScores } from './metrics.js';
import type { PublishedFigures } from './published.js';
import type { LoadedBaseline } from './load-corpus.js';
import type { SitrepGeoparser } from './sitrep-geoparser.js';
import { splitIndices, type Split } from './split.js';
import type { CorpusName, GeoDocument, Toponym } from './types.js';

export interface SystemRow {
  system: string;
  /** Scored here, on the same documents and against the same corpus gold as Sitrep. */
  scores: GeoparseScores;
  published?: PublishedFigures;
}

export interface GeoparseReport {
  corpus: CorpusName;
  split: Split;
  documents: number;
  goldToponyms: number;
  goldWithPoint: number;
  /** Under the corpus's convention (conventions.ts). */
  sitrep: GeoparseScores;
  /** Every mention Sitrep makes, when the convention leaves some out; else absent. */
  sitrepEveryMention?: GeoparseScores;
  /** What the convention changes, when it changes anything. */
  convention?: string;
  /** Documents that name their outlet, whose locales were learned (`learnOutletLocales`); absent when none does. */
  withOutlet?: number;
  /** Resolution given the gold mentions, over every gold toponym with a point; unresolvable counts as 20,039 km. */
  sitrepGoldSpans: GeocodingScores & { resolved: number };
  baselines: SystemRow[];
}

function pick<T>(xs: readonly T[], idx: readonly number[]): T[] {
  return idx.map((i) => xs[i]!).filter((x) => x !== undefined);
}

/**
 * Sitrep and every published output on one split of one corpus. Baselines are re-scored against the corpus XML
 * gold (all toponyms, not only those with a point) so every row counts the same way; their printed full-corpus
 * figures ride along for reference.
 */
export function evaluateGeoparse(corpus: CorpusName, docs: readonly GeoDocument[], split: Split, parser: SitrepGeoparser, baselines: readonly LoadedBaseline[]): GeoparseReport {
  const idx = splitIndices(docs.length, split);
  const chosen = pick(docs, idx);
  const gold = chosen.map((d) => d.toponyms);
  // A local paper's readers' places (LGL names each article's outlet), learned from the split's own documents.
  parser.learnOutletLocales(chosen);
  const predicted = chosen.map((d) => parser.predict(d));
  const convention = CORPUS_CONVENTIONS[corpus];
  const sitrep = scoreGeoparse(gold, convention.facilityNames ? predicted : predicted.map((p) => p.filter((t) => !t.inFacilityName)));
  const errors: number[] = [];
  let resolved = 0;
  for (const d of chosen) {
    const res = parser.resolveGold(d);
    d.toponyms.forEach((g, i) => {
      const r: Toponym | undefined = res[i];
      const e = pointError(g, r);
      if (e === undefined) return;
      errors.push(e);
      if (r) resolved++;
    });
  }
  const rows = baselines.map(({ spec, pred }) => {
    const row: SystemRow = { system: spec.system, scores: scoreGeoparse(gold, pick(pred, idx), spec.rule) };
    if (spec.published) row.published = spec.published;
    return row;
  });
  const report: GeoparseReport = {
    corpus,
    split,
    documents: chosen.length,
    goldToponyms: gold.flat().length,
    goldWithPoint: gold.flat().filter((t) => t.lat !== undefined).length,
    sitrep,
    sitrepGoldSpans: { ...geocodingScores(errors), resolved },
    baselines: rows,
  };
  const withOutlet = chosen.filter((d) => d.outlet).length;
  if (withOutlet > 0) report.withOutlet = withOutlet;
  if (!convention.facilityNames) {
    report.sitrepEveryMention = scoreGeoparse(gold, predicted);
    report.convention = convention.note;
  }
  return report;
}
