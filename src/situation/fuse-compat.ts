/**
 * When two claims can tell of the same happening: same kind of happening, compatible place, actors and time.
 * The rules, with the inputs that needed them:
 * - take-control by A and lose-control by B are one family ("the SDF took Raqqa" / "IS lost Raqqa in October"),
 *   unless one claim's agent is on the other's losing side (then they tell of opposite moves).
 * - intended claims ("aim to retake Deir ez-Zor") only fuse with intended ones: a plan is not the capture.
 * - places: same id, or one is the admin-1 (or the country) that holds the other; a claim without a place fuses
 *   only when both claims name lexicon agents of one lineage.
 * - time: day (or week) claims may be up to 3 days apart (reports date a capture to its announcement); month
 *   and year claims must overlap, so a 2014 background capture never meets a 2017 one.
 */
import { CLAIM_TYPES, type ActorRef, type ClaimPlace, type ClaimType } from '../model/claim.js';
import type { ClaimRecord } from '../model/situation.js';
import type { TimePrecision } from '../model/time.js';
import type { ActorIndex } from './fuse-actors.js';
import { isGenericActor } from './fuse-actors.js';
import { dayNumber, isoDay } from './time-overlap.js';

/**
 * Types that tell of a state of affairs — who holds a place, who is present, who backs or besieges whom — rather
 * than of something happening (the ontology's `nature` column; a test checks the two agree). They never fuse.
 */
export const STATE_TYPES: ReadonlySet<ClaimType> = new Set<ClaimType>(['control', 'presence', 'support', 'alliance', 'besiege']);

/**
 * Types that tell of something happening: every other one — battles, strikes, killings, protests, arrests,
 * agreements, words. Reports of one happening fuse into one event whatever its type; exports keep what they can
 * code (ACLED's CSV has no row for a condemnation).
 */
export const HAPPENING_TYPES: ReadonlySet<ClaimType> = new Set<ClaimType>(CLAIM_TYPES.filter((t) => !STATE_TYPES.has(t)));

/** Gap allowed between two day- or week-precision claims of one happening. */
export const DAY_TOLERANCE = 3;

const FINE_PLACES = new Set(['locality', 'near-locality', 'admin2']);

/** What fusion needs of a claim, computed once. */
export interface FuseItem {
  record: ClaimRecord;
  id: string;
  /** Type family and intent: claims only meet inside one block. */
  block: string;
  agent?: ActorRef;
  fromActor?: ActorRef;
  place?: ClaimPlace;
  fromDay: number;
  toDay: number;
  dayish: boolean;
  /**
   * How many of agent, place and time are vague (generic or missing agent; admin-1, country or missing place;
   * month or year). A vague claim could match several happenings, so it joins one only when it is the only match.
   */
  vagueness: number;
  /**
   * The vague dimensions' values (`*` for a precise one). Vague claims that match no cluster, or several, fuse
   * only with claims of the same signature: "fighting in Syria" on one day and on the next may be one happening,
   * but "fighting in Syria" must not glue "fighting in Raqqa" to "fighting in Idlib".
   */
  signature: string;
  /** First and last month (year × 12 + month) the item may reach, tolerance included, for the time-bucketed index. */
  monthFrom: number;
  monthTo: number;
}

export function familyOf(type: ClaimType): string {
  return type === 'take-control' || type === 'lose-control' ? 'control-change' : type;
}

export function toFuseItem(record: ClaimRecord): FuseItem {
  const { claim } = record;
  const agent = claim.roles.agent;
  const place = claim.place;
  const dayish = isDayish(claim.time.precision);
  const vague = [!agent || isGenericActor(agent.actorId), !place || !FINE_PLACES.has(place.precision), !dayish];
  const fromDay = dayNumber(claim.time.from);
  const toDay = dayNumber(claim.time.to);
  const signature = [
    vague[0] ? (agent?.actorId ?? '') : '*',
    vague[1] ? (place?.placeId ?? '') : '*',
    vague[2] ? `${claim.time.from}..${claim.time.to}` : '*',
  ].join('|');
  return {
    record,
    id: claim.id,
    block: `${familyOf(claim.type)}|${claim.status === 'intended' ? 'intended' : 'done'}`,
    agent,
    fromActor: claim.roles.fromActor,
    place,
    fromDay,
    toDay,
    dayish,
    vagueness: vague.filter(Boolean).length,
    signature,
    monthFrom: monthOf(fromDay - DAY_TOLERANCE),
    monthTo: monthOf(toDay + DAY_TOLERANCE),
  };
}

function monthOf(day: number): number {
  const iso = isoDay(day);
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

function isDayish(p: TimePrecision): boolean {
  return p === 'day' || p === 'week';
}

/** The pairwise rule. Symmetric; callers only compare items of one block. */
export function fusable(a: FuseItem, b: FuseItem, actors: ActorIndex): boolean {
  const tolerance = a.dayish && b.dayish ? DAY_TOLERANCE : 0;
  if (a.fromDay > b.toDay + tolerance || b.fromDay > a.toDay + tolerance) return false;
  if (a.agent && b.agent && !actors.compatible(a.agent, b.agent)) return false;
  if (a.fromActor && b.fromActor && !actors.compatible(a.fromActor, b.fromActor)) return false;
  // "IS took Albu Kamal from the army" is not the army's capture of it: the winner of one is the loser of the other.
  if (a.agent && b.fromActor && actors.sameLine(a.agent.actorId, b.fromActor.actorId)) return false;
  if (b.agent && a.fromActor && actors.sameLine(b.agent.actorId, a.fromActor.actorId)) return false;
  if (a.place && b.place) return placesCompatible(a.place, b.place);
  return specificAgentsMatch(a, b, actors);
}

function specificAgentsMatch(a: FuseItem, b: FuseItem, actors: ActorIndex): boolean {
  if (!a.agent || !b.agent || isGenericActor(a.agent.actorId) || isGenericActor(b.agent.actorId)) return false;
  return actors.sameLine(a.agent.actorId, b.agent.actorId);
}

type PlaceLike = Pick<ClaimPlace, 'placeId' | 'countryCode' | 'admin1' | 'precision'>;

/** Same place, or one is the admin-1 or country holding the other (a district and its province). */
export function placesCompatible(p: PlaceLike, q: PlaceLike): boolean {
  if (p.placeId === q.placeId) return true;
  if (p.countryCode !== q.countryCode) return false;
  if (p.precision === 'country' || q.precision === 'country') return true;
  if (!p.admin1 || p.admin1 !== q.admin1) return false;
  return p.precision === 'admin1' || q.precision === 'admin1';
}

/**
 * Keys under which an item is filed, and keys it looks under, so that every fusable pair shares a key in both
 * directions (a province finds its towns and a town finds its province). Only pairs sharing a key are compared.
 */
export function indexKeys(item: FuseItem, actors: ActorIndex): string[] {
  const keys: string[] = [];
  const p = item.place;
  const specific = item.agent && !isGenericActor(item.agent.actorId) ? actors.root(item.agent.actorId) : undefined;
  if (p) {
    keys.push(`p:${p.placeId}`, `c:${p.countryCode}`);
    if (p.admin1) keys.push(`a:${p.countryCode}.${p.admin1}`);
    if (p.precision === 'admin1' && p.admin1) keys.push(`A:${p.countryCode}.${p.admin1}`);
    if (p.precision === 'country') keys.push(`C:${p.countryCode}`);
    if (specific) keys.push(`g:${specific}`);
  } else if (specific) {
    keys.push(`n:${specific}`);
  }
  return keys;
}

export function probeKeys(item: FuseItem, actors: ActorIndex): string[] {
  const keys: string[] = [];
  const p = item.place;
  const specific = item.agent && !isGenericActor(item.agent.actorId) ? actors.root(item.agent.actorId) : undefined;
  if (p) {
    if (p.precision === 'country') keys.push(`c:${p.countryCode}`);
    else if (p.precision === 'admin1' && p.admin1) keys.push(`a:${p.countryCode}.${p.admin1}`, `C:${p.countryCode}`);
    else {
      keys.push(`p:${p.placeId}`, `C:${p.countryCode}`);
      if (p.admin1) keys.push(`A:${p.countryCode}.${p.admin1}`);
    }
    if (specific) keys.push(`n:${specific}`);
  } else if (specific) {
    keys.push(`g:${specific}`, `n:${specific}`);
  }
  return keys;
}
