import type { ClaimStatus, ClaimType } from '../model/claim.js';
import type { ClaimFilters } from '../store/index.js';

/** The claim filters every route reads the same way, straight from validated query parameters. */
export interface ClaimQuery {
  type?: ClaimType[] | undefined;
  status?: ClaimStatus[] | undefined;
  claimant?: string | undefined;
  report?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Copies the plain filters; place and actor need a lookup, which each route does its own way. */
export function plainClaimFilters(query: ClaimQuery, base: ClaimFilters = {}): ClaimFilters {
  const filters: ClaimFilters = { ...base };
  if (query.type) filters.type = query.type;
  if (query.status) filters.status = query.status;
  if (query.claimant !== undefined) filters.claimant = query.claimant;
  if (query.report !== undefined) filters.reportId = query.report;
  if (query.from !== undefined) filters.from = query.from;
  if (query.to !== undefined) filters.to = query.to;
  return filters;
}
