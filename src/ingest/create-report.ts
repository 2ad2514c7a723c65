import type { Report, ReportSource } from '../model/report.js';
import type { PartialDate } from '../model/time.js';
import { normaliseText } from './normalise-text.js';
import { reportContentHash, reportIdFromHash } from './report-identity.js';

export interface ReportFields {
  /** Raw body text; normalised here, never afterwards. */
  text: string;
  publishedAt: PartialDate;
  source?: ReportSource;
  lang?: string;
  title?: string;
}

/**
 * Builds a Report from fields every reader has gathered. Returns undefined when the body is empty after
 * normalisation, so each reader can say why in its own terms (an empty file, a header with nothing after it).
 */
export function createReport(fields: ReportFields): Report | undefined {
  const text = normaliseText(fields.text);
  if (text === '') return undefined;
  const contentHash = reportContentHash(fields.publishedAt, text);
  const report: Report = {
    id: reportIdFromHash(contentHash),
    source: withoutUndefined(fields.source ?? {}),
    publishedAt: { value: fields.publishedAt.value, precision: fields.publishedAt.precision },
    text,
    contentHash,
  };
  // Optional keys are left out rather than set to undefined, so JSON and golden files stay stable.
  if (fields.lang !== undefined) report.lang = fields.lang;
  if (fields.title !== undefined) report.title = normaliseText(fields.title);
  return report;
}

function withoutUndefined(source: ReportSource): ReportSource {
  const out: ReportSource = {};
  if (source.url !== undefined) out.url = source.url;
  if (source.outlet !== undefined) out.outlet = normaliseText(source.outlet);
  if (source.origin !== undefined) out.origin = source.origin;
  return out;
}
