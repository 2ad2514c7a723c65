import type { GeoparseScores } from './metrics.js';
import type { GeoparseReport } from './evaluate.js';
import type { PublishedFigures } from './published.js';

const f3 = (x: number | undefined): string => (x === undefined ? '' : x.toFixed(3).replace(/^0/, ''));
const km = (x: number | undefined): string => (x === undefined ? '' : String(Math.round(x)));

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

function scoreCells(s: GeoparseScores): string[] {
  return [f3(s.precision), f3(s.recall), f3(s.f1), f3(s.acc161), f3(s.auc), km(s.meanKm)];
}

function publishedCells(p: PublishedFigures | undefined): string[] {
  return p ? [f3(p.f1), f3(p.acc161), f3(p.auc)] : ['', '', ''];
}

/** A plain-text table: Sitrep first, then each published system scored the same way, with its printed figures. */
export function formatGeoparseReport(r: GeoparseReport): string {
  const head = ['system', 'P', 'R', 'F1', 'A@161', 'AUC', 'mean km', 'pub F1', 'pub A@161', 'pub AUC'];
  const rows = [
    ['Sitrep', ...scoreCells(r.sitrep), '', '', ''],
    ...(r.sitrepEveryMention ? [['Sitrep, every mention', ...scoreCells(r.sitrepEveryMention), '', '', '']] : []),
    ...r.baselines.map((b) => [b.system, ...scoreCells(b.scores), ...publishedCells(b.published)]),
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const g = r.sitrepGoldSpans;
  return [
    `${r.corpus} (${r.split} split): ${r.documents} documents, ${r.goldToponyms} gold toponyms, ${r.goldWithPoint} with coordinates`,
    '',
    pad(head, widths),
    ...rows.map((row) => pad(row, widths)),
    '',
    `Sitrep on gold spans: A@161 ${f3(g.acc161)}, AUC ${f3(g.auc)}, mean ${km(g.meanKm)} km, median ${km(g.medianKm)} km over ${g.n} toponyms (${g.resolved} placed; a name the gazetteer lacks goes where its sentence puts it)`,
    ...(r.convention ? [`Corpus convention: ${r.convention}; "Sitrep, every mention" scores them too.`] : []),
    ...(r.withOutlet ? [`Outlet locales: learned from Sitrep's own first-pass places in the ${r.withOutlet} documents of this split that name their outlet (never from the gold; a document never counts for itself).`] : []),
    'Recognition: same lowercased surface, span midpoints < 10 chars apart. Distances over matched toponyms with gold coordinates.',
    'pub *: figures printed in the papers for the full corpus, scored against their own gold files (LGL: only the 4,462 toponyms with coordinates).',
  ].join('\n');
}
