/**
 * The events the event formats (acled-csv, geojson) export, and what they need of each event's claims.
 */
import type { ClaimStatus } from '../model/claim.js';
import type { SituationEvent } from '../model/situation.js';
import { compareStrings } from '../situation/claimant-key.js';
import { fuseEvents } from '../situation/fuse-events.js';
import { defaultActors } from './defaults.js';
import type { ExportOptions, ExportRecord } from './types.js';

export interface ExportEvent {
  event: SituationEvent;
  /** The event's claims among the records, best first (see `representativeOrder`). */
  records: ExportRecord[];
}

/**
 * With `opts.events` (a stored situation): those events that have a claim among the records, in the given order.
 * Without: the records' happening claims fused afresh. Either way, each event comes with its claims at hand.
 */
export function exportEvents(records: readonly ExportRecord[], opts: ExportOptions): ExportEvent[] {
  const byId = new Map<string, ExportRecord>();
  for (const r of records) if (!byId.has(r.claim.id)) byId.set(r.claim.id, r);
  const events = opts.events ?? fuseEvents([...byId.values()], opts.actors ?? defaultActors());
  const out: ExportEvent[] = [];
  for (const event of events) {
    const mine = event.claimIds.map((id) => byId.get(id)).filter((r): r is ExportRecord => r !== undefined);
    if (mine.length) out.push({ event, records: mine.sort((a, b) => representativeOrder(a, b, event)) });
  }
  return out;
}

const STATUS_RANK: Record<ClaimStatus, number> = { confirmed: 0, asserted: 1, hedged: 2, intended: 3, denied: 4, negated: 5 };

/** The claim that speaks for an event: most vouched-for status, at the event's place, most confident, then by id. */
function representativeOrder(a: ExportRecord, b: ExportRecord, e: SituationEvent): number {
  const atPlace = (r: ExportRecord) => (e.place && r.claim.place?.placeId === e.place.placeId ? 0 : 1);
  return (
    STATUS_RANK[a.claim.status] - STATUS_RANK[b.claim.status] ||
    atPlace(a) - atPlace(b) ||
    b.claim.confidence - a.claim.confidence ||
    compareStrings(a.claim.id, b.claim.id)
  );
}

/** Statuses under which a claim says the happening took place (not merely planned, denied or negated). */
export const OCCURRED: ReadonlySet<ClaimStatus> = new Set<ClaimStatus>(['asserted', 'hedged', 'confirmed']);

/** `confirmed:1 asserted:2`, in status order. */
export function statusSummary(statuses: SituationEvent['statuses']): string {
  return (Object.keys(STATUS_RANK) as ClaimStatus[])
    .filter((s) => statuses[s])
    .map((s) => `${s}:${statuses[s]}`)
    .join(' ');
}

/** The evidence text of a record, spans joined by a space; empty when the caller did not read it. */
export function evidenceText(r: ExportRecord): string {
  return (r.evidence ?? []).join(' ');
}
