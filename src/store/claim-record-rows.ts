import type { Claim } from '../model/claim.js';
import type { ClaimRecord } from '../model/situation.js';
import type { PartialDate } from '../model/time.js';
import type { StoreDb } from './open-store.js';

/** Claims joined with the report fields the situation layer needs: one query shape for every reader. */
export function selectClaimRecords(db: StoreDb) {
  return db
    .selectFrom('claims')
    .innerJoin('reports', 'reports.id', 'claims.report_id')
    .select([
      'claims.id as id',
      'claims.data as data',
      'reports.id as report_id',
      'reports.published_value as published_value',
      'reports.published_precision as published_precision',
      'reports.outlet as outlet',
      'reports.lang as lang',
    ]);
}

export interface ClaimRecordRow {
  data: string;
  report_id: string;
  published_value: string;
  published_precision: string;
  outlet: string | null;
  lang: string | null;
}

export function toClaimRecord(r: ClaimRecordRow): ClaimRecord {
  const report: ClaimRecord['report'] = {
    id: r.report_id,
    publishedAt: { value: r.published_value, precision: r.published_precision as PartialDate['precision'] },
  };
  if (r.outlet !== null) report.outlet = r.outlet;
  if (r.lang !== null) report.lang = r.lang;
  return { claim: JSON.parse(r.data) as Claim, report };
}
