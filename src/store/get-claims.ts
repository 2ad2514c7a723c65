import type { ClaimRecord } from '../model/situation.js';
import { selectClaimRecords, toClaimRecord } from './claim-record-rows.js';
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
    const rows = await selectClaimRecords(db).where('claims.id', 'in', chunk).execute();
    for (const r of rows) found.set(r.id, toClaimRecord(r));
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
