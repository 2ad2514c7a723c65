import type { Claim, ClaimStatus, ClaimType } from '../model/claim.js';
import type { StoreDb } from './open-store.js';

export interface ClaimFilters {
  type?: ClaimType | ClaimType[];
  status?: ClaimStatus | ClaimStatus[];
  /** An actor id in any role: agent, co-agent, target, supporter, from-actor. */
  actor?: string;
  /** A claimant's actor id or its label as written ("OSDH", "Rami Abdel Rahmane"). */
  claimant?: string;
  placeId?: string;
  reportId?: string;
  /** Time window, ISO dates inclusive: a claim matches when its interval overlaps [from, to]. */
  from?: string;
  to?: string;
  /** Language of the report the claim came from. */
  lang?: string;
  limit?: number;
  offset?: number;
}

/**
 * Claims matching every given filter, ordered by (time_from, report id, evidence start, id) so that two runs over the
 * same store list the same claims in the same order.
 */
export async function listClaims(db: StoreDb, filters: ClaimFilters = {}): Promise<Claim[]> {
  let q = db.selectFrom('claims').select('claims.data');
  const types = asList(filters.type);
  if (types) q = q.where('claims.type', 'in', types);
  const statuses = asList(filters.status);
  if (statuses) q = q.where('claims.status', 'in', statuses);
  if (filters.placeId !== undefined) q = q.where('claims.place_id', '=', filters.placeId);
  if (filters.reportId !== undefined) q = q.where('claims.report_id', '=', filters.reportId);
  // Overlap of closed intervals; ISO dates compare correctly as text.
  if (filters.from !== undefined) q = q.where('claims.time_to', '>=', filters.from);
  if (filters.to !== undefined) q = q.where('claims.time_from', '<=', filters.to);
  const actor = filters.actor;
  if (actor !== undefined) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('claim_actors')
          .select('claim_actors.claim_id')
          .whereRef('claim_actors.claim_id', '=', 'claims.id')
          .where('claim_actors.actor_id', '=', actor),
      ),
    );
  }
  const claimant = filters.claimant;
  if (claimant !== undefined) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('claim_claimants')
          .select('claim_claimants.claim_id')
          .whereRef('claim_claimants.claim_id', '=', 'claims.id')
          .where((w) => w.or([w('claim_claimants.actor_id', '=', claimant), w('claim_claimants.label', '=', claimant)])),
      ),
    );
  }
  const lang = filters.lang;
  if (lang !== undefined) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('reports')
          .select('reports.id')
          .whereRef('reports.id', '=', 'claims.report_id')
          .where('reports.lang', '=', lang),
      ),
    );
  }
  q = q.orderBy('claims.time_from').orderBy('claims.report_id').orderBy('claims.evidence_start').orderBy('claims.id');
  // SQLite needs a LIMIT before an OFFSET; -1 means "no limit" there, so use the largest safe count instead.
  if (filters.limit !== undefined || filters.offset !== undefined) {
    q = q.limit(filters.limit ?? Number.MAX_SAFE_INTEGER);
    if (filters.offset !== undefined) q = q.offset(filters.offset);
  }
  const rows = await q.execute();
  return rows.map((r) => JSON.parse(r.data) as Claim);
}

function asList<T>(value: T | T[] | undefined): T[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.length > 0 ? list : undefined;
}
