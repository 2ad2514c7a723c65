import type { SitrepError } from '../errors.js';
import type { Report } from '../model/report.js';

/** A file deliberately not read (hidden, golden, unsupported extension, duplicate), for `--verbose` listings. */
export interface SkippedInput {
  input: string;
  reason: string;
}

/** What every reader returns: per-input problems are values, so one bad file never stops a batch. */
export interface IngestResult {
  reports: Report[];
  errors: SitrepError[];
  skipped: SkippedInput[];
}

export function emptyResult(): IngestResult {
  return { reports: [], errors: [], skipped: [] };
}

/** Appends `more` to `into` in place (batches are built in input order) and returns `into`. */
export function mergeInto(into: IngestResult, more: IngestResult): IngestResult {
  into.reports.push(...more.reports);
  into.errors.push(...more.errors);
  into.skipped.push(...more.skipped);
  return into;
}
