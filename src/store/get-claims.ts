import type { Claim } from '../model/claim.js';
import type { ClaimRecord } from '../model/situation.js';
import type { PartialDate } from '../model/time.js';
import type { StoreDb } from './open-store.js';

/** A stored claim with its report's date and source and, when asked for, the text of its evidence spans. */
export interface StoredClaim extends ClaimRecord {
  /** The text of each evidence span, in span order (only with `withEvidence`). */
  evidence?: string[];
}

export interface GetClaimsOptions {
  /** Also read the report texts and cut out each claim's evidence. */
  withEvidence?: boolean;
}

// Well under SQLite's and PostgreSQL's bound-parameter limits.
const IDS_PER_QUERY = 500;

/**
 * The claims with these ids, in the order the ids were given (duplicates once); unknown ids are left out, so callers
 * can tell a derived table that points at a claim no longer stored.
 */
export async function getClaims(db: StoreDb, ids: readonly string[], options: GetClaimsOptions = {}): Promise<StoredClaim[]> {
  const wanted = [...new Set(ids)];
  const found = new Map<string, StoredClaim>();
  for (let i = 0; i < wanted.length; i += IDS_PER_QUERY) {
    const chunk = wanted.slice(i, i + IDS_PER_QUERY);
    const rows = await db
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
      ])
      .where('claims.id', 'in', chunk)
      .execute();
    for (const r of rows) {
      const report: ClaimRecord['report'] = {
        id: r.report_id,
        publishedAt: { value: r.published_value, precision: r.published_precision as PartialDate['precision'] },
      };
      if (r.outlet !== null) report.outlet = r.outlet;
      if (r.lang !== null) report.lang = r.lang;
      found.set(r.id, { claim: JSON.parse(r.data) as Claim, report });
    }
  }
  if (options.withEvidence) await addEvidence(db, [...found.values()]);
  return wanted.map((id) => found.get(id)).filter((c): c is StoredClaim => c !== undefined);
}

async function addEvidence(db: StoreDb, claims: StoredClaim[]): Promise<void> {
  const reportIds = [...new Set(claims.map((c) => c.report.id))];
  const texts = new Map<string, string>();
  for (let i = 0; i < reportIds.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('reports').select(['id', 'text']).where('id', 'in', reportIds.slice(i, i + IDS_PER_QUERY)).execute();
    for (const r of rows) texts.set(r.id, r.text);
  }
  for (const c of claims) {
    const text = texts.get(c.report.id) ?? '';
    c.evidence = c.claim.evidence.map((s) => text.slice(s.start, s.end));
  }
}
