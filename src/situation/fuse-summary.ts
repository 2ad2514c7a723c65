/**
 * Summarises a cluster of fused claims as a `SituationEvent`: the narrowest agreed time and place, every actor,
 * the claimants counted for independence, and every field on which the claims disagree.
 */
import { createHash } from 'node:crypto';
import type { ActorRef, ClaimPlace, ClaimStatus } from '../model/claim.js';
import type { ActorLabel, Conflict, SituationEvent } from '../model/situation.js';
import type { TimePrecision } from '../model/time.js';
import { compareStrings, tallyClaimants } from './claimant-key.js';
import type { ActorIndex, ActorLabeller } from './fuse-actors.js';
import type { FuseItem } from './fuse-compat.js';
import { placesCompatible } from './fuse-compat.js';
import { hullAll, intersectAll } from './time-overlap.js';

const PLACE_RANK: Record<string, number> = { locality: 0, 'near-locality': 1, admin2: 2, admin1: 3, country: 4, region: 5 };
const TIME_RANK: Record<TimePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };
const NEGATIVE: ReadonlySet<ClaimStatus> = new Set<ClaimStatus>(['denied', 'negated']);

/** `ev_` + the first 16 hex digits of the SHA-256 of the sorted claim ids, joined by newlines. */
export function eventId(sortedClaimIds: readonly string[]): string {
  return `ev_${createHash('sha256').update(sortedClaimIds.join('\n')).digest('hex').slice(0, 16)}`;
}

export function summarise(cluster: readonly FuseItem[], actors: ActorIndex, labels: ActorLabeller): SituationEvent {
  const items = [...cluster].sort((a, b) => compareStrings(a.id, b.id));
  const claimIds = items.map((i) => i.id);
  const records = items.map((i) => i.record);
  const claimants = tallyClaimants(records);
  const statuses: Partial<Record<ClaimStatus, number>> = {};
  for (const { record } of items) statuses[record.claim.status] = (statuses[record.claim.status] ?? 0) + 1;
  const { time, timeConflict } = eventTime(items);
  const conflicts = [
    actorConflict('agent', items, (i) => i.agent, actors),
    actorConflict('target', items, (i) => i.record.claim.roles.target, actors),
    actorConflict('fromActor', items, (i) => i.fromActor, actors),
    timeConflict,
    placeConflict(items),
    statusConflict(items),
  ].filter((c): c is Conflict => c !== undefined);
  return {
    id: eventId(claimIds),
    // A take-control told by anyone names the winner: it types the event over "IS lost Raqqa".
    type: items.some((i) => i.record.claim.type === 'take-control') ? 'take-control' : items[0]!.record.claim.type,
    ...placeOf(items),
    time,
    agents: actorLabels(items.flatMap((i) => [i.record.claim.roles.agent, ...i.record.claim.roles.coAgents]), labels),
    targets: actorLabels(items.map((i) => i.record.claim.roles.target), labels),
    claimIds,
    reportIds: [...new Set(records.map((r) => r.report.id))].sort(compareStrings),
    claimants,
    independentClaimants: claimants.length,
    statuses,
    conflicts,
  };
}

function eventTime(items: readonly FuseItem[]): { time: SituationEvent['time']; timeConflict?: Conflict } {
  const intervals = items.map((i) => i.record.claim.time);
  const ranks = intervals.map((t) => TIME_RANK[t.precision]);
  const common = intersectAll(intervals);
  if (common) return { time: { ...common, precision: precisionOf(Math.min(...ranks)) } };
  const hull = hullAll(intervals)!;
  return {
    time: { ...hull, precision: precisionOf(Math.max(...ranks)) },
    timeConflict: conflictOf('time', items, (i) => `${i.record.claim.time.from}..${i.record.claim.time.to}`),
  };
}

function precisionOf(rank: number): TimePrecision {
  return (Object.keys(TIME_RANK) as TimePrecision[]).find((p) => TIME_RANK[p] === rank) ?? 'year';
}

/** The most precise place; among equals the one most claims give, then the smallest id. */
function placeOf(items: readonly FuseItem[]): Pick<SituationEvent, 'place'> {
  const counts = new Map<string, { place: ClaimPlace; n: number }>();
  for (const { place } of items) {
    if (!place) continue;
    const entry = counts.get(place.placeId);
    if (entry) entry.n++;
    else counts.set(place.placeId, { place, n: 1 });
  }
  const best = [...counts.values()].sort(
    (a, b) => rank(a.place) - rank(b.place) || b.n - a.n || compareStrings(a.place.placeId, b.place.placeId),
  )[0];
  if (!best) return {};
  const { placeId, name, lat, lon, precision } = best.place;
  return { place: { placeId, name, lat, lon, precision } };
}

function rank(p: ClaimPlace): number {
  return PLACE_RANK[p.precision] ?? 9;
}

function actorLabels(refs: readonly (ActorRef | undefined)[], labels: ActorLabeller): ActorLabel[] {
  const ids = new Set<string>();
  for (const ref of refs) if (ref) ids.add(ref.actorId);
  return [...ids].sort(compareStrings).map((id) => labels.label(id));
}

/** A conflict only when two of the values could not name the same side (the army and the regime do not disagree). */
function actorConflict(
  field: 'agent' | 'target' | 'fromActor',
  items: readonly FuseItem[],
  get: (i: FuseItem) => ActorRef | undefined,
  actors: ActorIndex,
): Conflict | undefined {
  const refs = new Map<string, ActorRef>();
  for (const i of items) {
    const ref = get(i);
    if (ref && !refs.has(ref.actorId)) refs.set(ref.actorId, ref);
  }
  const distinct = [...refs.values()];
  const clash = distinct.some((a, n) => distinct.slice(n + 1).some((b) => !actors.compatible(a, b)));
  return clash ? conflictOf(field, items, (i) => get(i)?.actorId) : undefined;
}

function placeConflict(items: readonly FuseItem[]): Conflict | undefined {
  const places = new Map<string, ClaimPlace>();
  for (const { place } of items) if (place) places.set(place.placeId, place);
  const distinct = [...places.values()];
  const clash = distinct.some((a, n) => distinct.slice(n + 1).some((b) => !placesCompatible(a, b)));
  return clash ? conflictOf('place', items, (i) => i.place?.placeId) : undefined;
}

/** Asserted (or hedged, or confirmed) by some and denied or negated by others. */
function statusConflict(items: readonly FuseItem[]): Conflict | undefined {
  const negative = items.some((i) => NEGATIVE.has(i.record.claim.status));
  const positive = items.some((i) => !NEGATIVE.has(i.record.claim.status));
  return negative && positive ? conflictOf('status', items, (i) => i.record.claim.status) : undefined;
}

function conflictOf(field: Conflict['field'], items: readonly FuseItem[], get: (i: FuseItem) => string | undefined): Conflict {
  const byValue = new Map<string, string[]>();
  for (const item of items) {
    const value = get(item);
    if (value === undefined) continue;
    const ids = byValue.get(value);
    if (ids) ids.push(item.id);
    else byValue.set(value, [item.id]);
  }
  const values = [...byValue.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([value, claimIds]) => ({ value, claimIds: [...claimIds].sort(compareStrings) }));
  return { field, values };
}
