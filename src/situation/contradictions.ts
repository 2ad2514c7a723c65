/**
 * Pairs of claims that cannot both be true:
 * - `controller`: two sources give different holders of one place at overlapping times (1 day of tolerance), by
 *   take-control or control claims. Partial claims ("40 percent of the town", qualifier `partial:`) are left out,
 *   as are sides of one lineage (the army and the regime) and generic groups of a compatible type ("jihadists"
 *   and IS); both claims must come from disjoint claimant keys, since one source telling of a change of hands is a
 *   sequence, not a contradiction.
 * - `denial`: a denied claim against a positive (asserted, confirmed, hedged) one of the same type, place and
 *   agent, within DENIAL_TOLERANCE days (a denial answers a claim made days earlier; a 2017 denial does not answer
 *   a 2014 capture).
 * - `negation`: "they have not entered the town" against a positive claim of the same type, place and agent at
 *   overlapping times (1 day of tolerance).
 * - `controller` from the timeline: in a contested interval, a claim that the controller holds the place against a
 *   standing claim by another source that a different side holds it ("the army took Albu Kamal on 9 November" vs
 *   "IS holds it" on the 12th): positions persist, so they disagree even when their dates do not overlap.
 * Each pair appears once, with claimA < claimB by id; the list is sorted by place, kind and ids.
 */
import type { ActorRef, ClaimStatus } from '../model/claim.js';
import type { ActorDirectory, ClaimRecord, Contradiction, ControlInterval } from '../model/situation.js';
import { claimantKeysOf, claimantLabel, compareStrings } from './claimant-key.js';
import type { ActorIndex } from './fuse-actors.js';
import { makeActorIndex } from './fuse-actors.js';
import { overlaps } from './time-overlap.js';
import { DENIES_OWN_PART } from '../model/claim.js';

export const CONTROLLER_TOLERANCE = 1;
export const NEGATION_TOLERANCE = 1;
export const DENIAL_TOLERANCE = 30;

const POSITIVE: ReadonlySet<ClaimStatus> = new Set<ClaimStatus>(['asserted', 'confirmed', 'hedged']);

/**
 * `control` (the derived timeline) adds the contested intervals' disagreements; without it only claims with
 * overlapping dates are compared. `actors` lets the controller rule recognise one lineage (syr-army part of syr-government); without it only
 * identical ids and generic groups are matched.
 */
export function findContradictions(
  records: readonly ClaimRecord[],
  control: readonly ControlInterval[] = [],
  actors: ActorDirectory = new Map(),
): Contradiction[] {
  const index = makeActorIndex(actors);
  const unique = dedupe(records);
  const found = new Map<string, Contradiction>();
  const add = (c: Contradiction): void => {
    found.set(`${c.kind}\u0000${c.claimA}\u0000${c.claimB}`, c);
  };
  controllerContradictions(unique, index).forEach(add);
  contestedIntervalContradictions(unique, control, index).forEach(add);
  statusContradictions(unique, index).forEach(add);
  return [...found.values()].sort(
    (x, y) =>
      compareStrings(x.placeId ?? '', y.placeId ?? '') ||
      compareStrings(x.kind, y.kind) ||
      compareStrings(x.claimA, y.claimA) ||
      compareStrings(x.claimB, y.claimB),
  );
}

/** One record per claim id (the smallest by report id if given twice), sorted by claim id. */
function dedupe(records: readonly ClaimRecord[]): ClaimRecord[] {
  const byId = new Map<string, ClaimRecord>();
  for (const r of records) {
    const seen = byId.get(r.claim.id);
    if (!seen || compareStrings(r.report.id, seen.report.id) < 0) byId.set(r.claim.id, r);
  }
  return [...byId.values()].sort((a, b) => compareStrings(a.claim.id, b.claim.id));
}

function controllerContradictions(records: readonly ClaimRecord[], actors: ActorIndex): Contradiction[] {
  const byPlace = new Map<string, ClaimRecord[]>();
  for (const r of records) {
    const { claim } = r;
    if (claim.type !== 'take-control' && claim.type !== 'control') continue;
    if (!POSITIVE.has(claim.status) || !claim.place || !claim.roles.agent) continue;
    if (claim.qualifiers.some((q) => q.startsWith('partial:'))) continue;
    const list = byPlace.get(claim.place.placeId);
    if (list) list.push(r);
    else byPlace.set(claim.place.placeId, [r]);
  }
  const out: Contradiction[] = [];
  for (const list of byPlace.values()) {
    // Sweep by start day: only claims starting before this one's end (plus tolerance) can overlap it.
    list.sort((a, b) => compareStrings(a.claim.time.from, b.claim.time.from) || compareStrings(a.claim.id, b.claim.id));
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        if (!overlaps(a.claim.time, b.claim.time, CONTROLLER_TOLERANCE)) {
          if (b.claim.time.from > a.claim.time.to) break;
          continue;
        }
        if (actors.compatible(a.claim.roles.agent!, b.claim.roles.agent!)) continue;
        const keysA = claimantKeysOf(a);
        if (claimantKeysOf(b).some((k) => keysA.includes(k))) continue;
        out.push(pair('controller', a, b, (x, y) => `${a.claim.place!.name} held by ${holder(x)} and by ${holder(y)}`));
      }
    }
  }
  return out;
}

const HOLDS: ReadonlySet<string> = new Set(['take-control', 'control']);

function contestedIntervalContradictions(records: readonly ClaimRecord[], control: readonly ControlInterval[], actors: ActorIndex): Contradiction[] {
  const byId = new Map(records.map((r) => [r.claim.id, r]));
  const holding = (id: string) => {
    const r = byId.get(id);
    const ok = r && HOLDS.has(r.claim.type) && POSITIVE.has(r.claim.status) && r.claim.roles.agent && !r.claim.qualifiers.some((q) => q.startsWith('partial:'));
    return ok ? r : undefined;
  };
  const out: Contradiction[] = [];
  for (const interval of control) {
    if (interval.state !== 'contested') continue;
    for (const s of interval.supporting.map(holding)) {
      if (!s) continue;
      for (const c of interval.contradicting.map(holding)) {
        if (!c || actors.compatible(s.claim.roles.agent!, c.claim.roles.agent!)) continue;
        // A later capture answers an earlier hold: a sequence, unless the earlier word is the loser's own.
        const [older, newer] = c.claim.time.to < s.claim.time.from ? [c, s] : s.claim.time.to < c.claim.time.from ? [s, c] : [undefined, undefined];
        if (older && newer?.claim.type === 'take-control' && !ownWord(older, actors)) continue;
        const keys = claimantKeysOf(s);
        if (claimantKeysOf(c).some((k) => keys.includes(k))) continue;
        out.push(pair('controller', s, c, (x, y) => `${interval.placeName}, ${interval.from}..${interval.to}: held by ${holder(x)} and by ${holder(y)}`));
      }
    }
  }
  return out;
}

/** The claimant speaks for the side it says holds the place ("the army says the army holds it"). */
function ownWord(r: ClaimRecord, actors: ActorIndex): boolean {
  const agent = r.claim.roles.agent;
  return Boolean(agent) && r.claim.claimants.some((k) => k.actorId !== undefined && actors.compatible({ actorId: k.actorId, label: k.label, via: 'claimant' }, agent!));
}

function statusContradictions(records: readonly ClaimRecord[], actors: ActorIndex): Contradiction[] {
  const groups = new Map<string, { negative: ClaimRecord[]; positive: ClaimRecord[] }>();
  for (const r of records) {
    const { claim } = r;
    const negative = claim.status === 'denied' || claim.status === 'negated';
    if (!negative && !POSITIVE.has(claim.status)) continue;
    const key = `${claim.type}\u0000${claim.place?.placeId ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { negative: [], positive: [] }));
    (negative ? group.negative : group.positive).push(r);
  }
  const out: Contradiction[] = [];
  for (const { negative, positive } of groups.values()) {
    for (const n of negative) {
      const denial = n.claim.status === 'denied';
      const tolerance = denial ? DENIAL_TOLERANCE : NEGATION_TOLERANCE;
      for (const p of positive) {
        if (!sameAgent(n.claim.roles.agent, p.claim.roles.agent, actors) && !deniesOwnPartIn(n, p, actors)) continue;
        if (!overlaps(n.claim.time, p.claim.time, tolerance)) continue;
        const what = `${n.claim.type} by ${agentLabel(n)}${n.claim.place ? ` at ${n.claim.place.name}` : ''}`;
        out.push(
          pair(denial ? 'denial' : 'negation', n, p, () =>
            denial
              ? `${primaryClaimant(n)} denies the ${what} that ${primaryClaimant(p)} reports (${p.claim.status}, ${span(p)})`
              : `${primaryClaimant(n)} says the ${what} did not happen (${span(n)}); ${primaryClaimant(p)} says it did (${span(p)})`,
          ),
        );
      }
    }
  }
  return out;
}

/**
 * "Moscow denied any involvement" after a strike told with no doer: the denier, named as the doer of its denied copy
 * (claims stage, `denies its own part`), answers the claim whoever it names as doer, if it names none or the denier.
 */
function deniesOwnPartIn(n: ClaimRecord, p: ClaimRecord, actors: ActorIndex): boolean {
  const agent = n.claim.roles.agent;
  if (n.claim.status !== 'denied' || agent?.via !== DENIES_OWN_PART) return false;
  const other = p.claim.roles.agent;
  return !other || actors.compatible(agent, other);
}

/** Both missing, or both given and naming one side. */
function sameAgent(a: ActorRef | undefined, b: ActorRef | undefined, actors: ActorIndex): boolean {
  if (!a || !b) return !a && !b;
  return actors.compatible(a, b);
}

/** Orders the two claims by id and fills the claimant labels; `reason` is given them in that order. */
function pair(kind: Contradiction['kind'], x: ClaimRecord, y: ClaimRecord, reason: (a: ClaimRecord, b: ClaimRecord) => string): Contradiction {
  const [a, b] = compareStrings(x.claim.id, y.claim.id) <= 0 ? [x, y] : [y, x];
  const placeId = x.claim.place?.placeId ?? y.claim.place?.placeId;
  return {
    kind,
    ...(placeId ? { placeId } : {}),
    claimA: a.claim.id,
    claimB: b.claim.id,
    claimantA: primaryClaimant(a),
    claimantB: primaryClaimant(b),
    reason: reason(a, b),
  };
}

function primaryClaimant(r: ClaimRecord): string {
  const first = r.claim.claimants[0];
  return first ? claimantLabel(first, r.report) : `report ${r.report.id}`;
}

function holder(r: ClaimRecord): string {
  return `${agentLabel(r)} (${r.claim.type} ${span(r)}, per ${primaryClaimant(r)})`;
}

function agentLabel(r: ClaimRecord): string {
  return r.claim.roles.agent?.label ?? 'unnamed side';
}

function span(r: ClaimRecord): string {
  const { from, to } = r.claim.time;
  return from === to ? from : `${from}..${to}`;
}
