import type { AnalyzedReport } from '../../src/model/analyzed-report.js';
import type { PartialDate } from '../../src/model/time.js';
import { emptyAnalysis } from '../../src/pipeline/run-pipeline.js';

/** A hand-made report with nothing but text, language and date, ready for one stage. */
export function makeDoc(text: string, lang = 'fr', date = '2017-11'): AnalyzedReport {
  const precision: PartialDate['precision'] = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  const report = { id: 'r_test', source: {}, publishedAt: { value: date, precision }, text, contentHash: 'x' };
  return { ...emptyAnalysis(report), lang, langReason: 'test' };
}
