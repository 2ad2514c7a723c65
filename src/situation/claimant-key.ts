/**
 * Who vouches for a claim, counted for independence. Two outlets quoting the same army communiqué are one
 * claimant (`actor:syr-army`); an outlet speaking for itself is `outlet:<name>`; "various sources" in one outlet
 * are `unnamed:<outlet>`; a named claimant the lexicon does not know is keyed by its normalised label.
 */
import type { Claimant } from '../model/claim.js';
import type { ClaimantTally, ClaimRecord } from '../model/situation.js';

type ReportInfo = ClaimRecord['report'];

export function claimantKey(claimant: Claimant, report: ReportInfo): string {
  if (claimant.actorId) return `actor:${claimant.actorId}`;
  const outlet = report.outlet ?? report.id;
  if (claimant.kind === 'outlet') return `outlet:${outlet}`;
  if (claimant.kind === 'unnamed') return `unnamed:${outlet}`;
  const label = normaliseClaimantLabel(claimant.label);
  // An empty label cannot tell two speakers apart: count it as the outlet's own unnamed source.
  return label ? `label:${label}` : `unnamed:${outlet}`;
}

/** A label a reader can use for the claimant: the outlet's name rather than "the outlet" when it is known. */
export function claimantLabel(claimant: Claimant, report: ReportInfo): string {
  if (claimant.actorId) return claimant.label;
  if (claimant.kind === 'outlet') return report.outlet ?? `${claimant.label} (${report.id})`;
  if (claimant.kind === 'unnamed') return `${claimant.label} (${report.outlet ?? report.id})`;
  return claimant.label;
}

/** Lower case, no diacritics, punctuation as spaces: "Rami Abdel-Rahmane" → "rami abdel rahmane". */
export function normaliseClaimantLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every claimant key of a claim (a confirmed claim has several), without duplicates, in claimant order. */
export function claimantKeysOf(record: ClaimRecord): string[] {
  return [...new Set(record.claim.claimants.map((c) => claimantKey(c, record.report)))];
}

/**
 * Tallies the claimants of some claims: one entry per key, sorted by key, with sorted claim ids. The label is the
 * one given most often for the key (ties: the alphabetically first), so the result does not depend on input order.
 */
export function tallyClaimants(records: readonly ClaimRecord[]): ClaimantTally[] {
  const byKey = new Map<string, { labels: Map<string, number>; claimIds: Set<string> }>();
  for (const record of records) {
    for (const claimant of record.claim.claimants) {
      const key = claimantKey(claimant, record.report);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { labels: new Map(), claimIds: new Set() }));
      const label = claimantLabel(claimant, record.report);
      entry.labels.set(label, (entry.labels.get(label) ?? 0) + 1);
      entry.claimIds.add(record.claim.id);
    }
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([key, entry]) => ({ key, label: mostFrequent(entry.labels), claimIds: [...entry.claimIds].sort(compareStrings) }));
}

/** The most frequent value; ties go to the alphabetically first, for order independence. */
export function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && compareStrings(value, best) < 0)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** Code-unit order: locale-free, so output is byte-identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
