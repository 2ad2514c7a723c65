/**
 * The API may send a claim bare, as `{claim, report}` (the store's ClaimRecord) or with `report` and `evidenceText`
 * beside the claim's own fields; the app reads all three as one ClaimView.
 */
import type { Claim, ClaimView, ReportInfo } from './types.js';

export function toClaimView(raw: unknown): ClaimView {
  const o = (raw ?? {}) as Record<string, unknown>;
  const claim = (typeof o.claim === 'object' && o.claim !== null ? o.claim : o) as Claim;
  const view: ClaimView = { claim };
  const report = (o.report ?? (claim as unknown as Record<string, unknown>).report) as ReportInfo | undefined;
  if (report) view.report = report;
  const evidence = o.evidenceText ?? o.evidence;
  if (Array.isArray(evidence) && evidence.every((e) => typeof e === 'string')) view.evidenceText = evidence;
  return view;
}

export function reportDate(r: ReportInfo | undefined): string {
  const p = r?.publishedAt;
  if (typeof p === 'string') return p;
  return p?.value ?? p?.from ?? '';
}

/** First claimant as a short line: "Syrian Observatory for Human Rights" or "Rami Abdel Rahman (director, SOHR)". */
export function claimantLabel(c: Claim): string {
  const first = c.claimants[0];
  if (!first) return '?';
  const extra = [first.role, first.affiliation].filter(Boolean).join(', ');
  return extra ? `${first.label} (${extra})` : first.label;
}
