import { SitrepError } from '../errors.js';
import { readInputs } from '../ingest/index.js';
import { defaultPipeline } from '../pipeline/default-pipeline.js';
import { batchOutletLocales, outletsOf } from '../pipeline/batch-outlet-locales.js';
import type { StoreDb } from '../store/index.js';
import { storedOutletPlaces, storeMany } from '../store/index.js';
import { refreshSituation, type RefreshResult } from '../situation/refresh.js';
import { cliActors, cliPlaceParents } from './format-situation.js';
import { progressBar } from './progress.js';

export interface IngestSummary {
  read: number;
  stored: number;
  unchanged: number;
  claims: number;
  errors: SitrepError[];
  seconds: number;
  /** The situation derived again after new reports were stored; absent when nothing new was stored or it failed. */
  situation?: RefreshResult;
}

/** Reads, analyses and stores reports in batches; one bad input never stops the others. */
export async function ingestPaths(db: StoreDb, paths: string[], opts: { date?: string; stdin?: () => Buffer }): Promise<IngestSummary> {
  const started = performance.now();
  const input = readInputs(paths, { ...(opts.date ? { date: opts.date } : {}), ...(opts.stdin ? { stdin: opts.stdin } : {}) });
  const pipeline = defaultPipeline();
  // A local paper's "Paris" is its readers' Paris: an outlet's other reports, in this input or stored, teach its locale.
  const outletLocale = batchOutletLocales(pipeline.stages, input.reports, await storedOutletPlaces(db, outletsOf(input.reports)));
  const bar = progressBar(input.reports.length, 'ingest');
  const ingestedAt = new Date().toISOString();
  const summary: IngestSummary = { read: input.reports.length, stored: 0, unchanged: 0, claims: 0, errors: [...input.errors], seconds: 0 };
  const BATCH = 200;
  for (let i = 0; i < input.reports.length; i += BATCH) {
    const docs = input.reports.slice(i, i + BATCH).map((r) => pipeline.run(r, outletLocale ? { outletLocale } : {}));
    const result = await storeMany(db, docs, ingestedAt);
    summary.stored += result.stored;
    summary.unchanged += result.skipped;
    summary.errors.push(...result.errors);
    summary.claims += docs.filter((d) => result.results.some((r) => r.reportId === d.report.id && r.stored)).reduce((n, d) => n + d.claims.length, 0);
    bar.tick(docs.length);
  }
  bar.done();
  if (summary.stored > 0) {
    // The stored reports are committed whatever happens here; a failed refresh is one more error line, and
    // `sitrep derive` (or the next query, which sees the situation is stale) recomputes it.
    try {
      summary.situation = await refreshSituation(db, cliActors(), { derivedAt: ingestedAt, places: cliPlaceParents() });
    } catch (cause) {
      summary.errors.push(
        new SitrepError('E_SITUATION_REFRESH', `the reports were stored but the situation was not derived (${(cause as Error).message ?? String(cause)})`, {
          remedy: 'Run `sitrep derive` to recompute it',
          cause,
        }),
      );
    }
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
