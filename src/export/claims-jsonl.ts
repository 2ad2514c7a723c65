/**
 * JSON Lines of claims with their evidence: one claim per line, following docs/schema/claim.v1.json. Each line is
 * parsed through the schema before it is written, which checks it and puts its keys in the schema's order, so the
 * same claims give the same bytes whether they came from the store or straight from the pipeline.
 */
import { SitrepError } from '../errors.js';
import { exportCodes, sortRecords } from './claim-codes.js';
import { CLAIM_SCHEMA_ID, claimLineSchema, type ClaimLine } from './claim-schema.js';
import type { ExportOptions, ExportRecord } from './types.js';

export function claimsJsonl(records: readonly ExportRecord[], opts: ExportOptions = {}): string {
  return sortRecords(records)
    .map((r) => `${JSON.stringify(claimLine(r, opts))}\n`)
    .join('');
}

export function claimLine(r: ExportRecord, opts: ExportOptions = {}): ClaimLine {
  const { explain, ...claim } = r.claim;
  if (!r.evidence || r.evidence.length !== claim.evidence.length) {
    throw new SitrepError('E_EXPORT_EVIDENCE', `claim ${claim.id} has no evidence text`, {
      input: claim.id,
      remedy: 'Read the claims with getClaims(db, ids, { withEvidence: true }) or set `evidence` on each record',
    });
  }
  const line = {
    schema: CLAIM_SCHEMA_ID,
    ...claim,
    ...(opts.explain ? { explain } : {}),
    evidenceText: r.evidence,
    report: r.report,
    codes: exportCodes(r.claim),
  };
  const parsed = claimLineSchema.safeParse(line);
  if (!parsed.success) {
    throw new SitrepError('E_EXPORT_SCHEMA', `claim ${claim.id} does not fit ${CLAIM_SCHEMA_ID}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, {
      input: claim.id,
      remedy: 'Update src/export/claim-schema.ts (and the schema version) to follow the Claim type',
    });
  }
  return parsed.data;
}
