/**
 * Questions asked of a derived `Situation`: one module for the CLI and the HTTP API, pure functions (no store, no
 * clock), so both adapters answer alike. Parameters from the edge (a day, a bounding box, a count) are parsed here too,
 * with errors that name the parameter and say how to write it.
 */
import { SitrepError } from '../errors.js';
import type { ClaimStatus, ClaimType } from '../model/claim.js';
import type { PlaceCandidate } from '../model/place.js';
import type { ActorDirectory, Contradiction, ControlInterval, Relation, Situation, SituationEvent } from '../model/situation.js';
import { toponymKey } from '../resources/gazetteer/toponym-key.js';
import { controlAt as intervalAt, timelineOf } from './control-timeline.js';

export const QueryErrorCode = {
  /** A place name or id that neither the gazetteer nor the situation knows. */
  place: 'E_QUERY_PLACE',
  /** An actor id or label that neither the actor lexicon nor the situation knows. */
  actor: 'E_QUERY_ACTOR',
  /** A malformed query parameter: a day, a bounding box, a count. */
  param: 'E_QUERY_PARAM',
} as const;

/** What resolvePlace needs of the gazetteer (the real `Gazetteer` fits; tests pass a small fake). */
export interface PlaceLookup {
  lookup(key: string): PlaceCandidate[];
  byId(placeId: string): { name: string } | undefined;
}

export interface ResolvedPlace {
  placeId: string;
  name: string;
  /** Other places the name could mean, best first: the answer is about `placeId` only. */
  alternatives: { placeId: string; name: string }[];
}

/** `gn:174448`, `cur:omar-oilfield`, `adm1:SY.07`, `country:SY`. */
const PLACE_ID = /^(?:gn|cur|adm1|country):\S+$/;

export function isPlaceId(value: string): boolean {
  return PLACE_ID.test(value.trim());
}

/**
 * A place name or id → the place the situation should be asked about. Ids are taken as given. A name is matched on
 * its toponym key ("Abu Kamal", "Boukamal" and "Albu Kamal" are one key) against the gazetteer and the names in the
 * situation; among several candidates the one the situation speaks of wins (intervals first, then events), then the
 * most populous.
 */
export function resolvePlace(name: string, gazetteer: PlaceLookup | undefined, situation: Situation): ResolvedPlace {
  const raw = name.trim();
  const known = situationPlaces(situation);
  if (isPlaceId(raw)) {
    return { placeId: raw, name: known.get(raw)?.name ?? gazetteer?.byId(raw)?.name ?? raw, alternatives: [] };
  }
  const key = toponymKey(raw);
  const candidates = new Map<string, { placeId: string; name: string; population: number; order: number }>();
  if (key !== '') {
    for (const c of gazetteer?.lookup(key) ?? []) {
      if (!candidates.has(c.placeId)) candidates.set(c.placeId, { placeId: c.placeId, name: c.name, population: c.population, order: candidates.size });
    }
    for (const [placeId, p] of known) {
      if (!candidates.has(placeId) && toponymKey(p.name) === key) candidates.set(placeId, { placeId, name: p.name, population: 0, order: candidates.size });
    }
  }
  const ranked = [...candidates.values()].sort((a, b) => {
    const ka = known.get(a.placeId);
    const kb = known.get(b.placeId);
    return (
      (kb?.intervals ?? 0) - (ka?.intervals ?? 0) ||
      (kb?.events ?? 0) - (ka?.events ?? 0) ||
      b.population - a.population ||
      a.order - b.order
    );
  });
  const best = ranked[0];
  if (best === undefined) {
    throw new SitrepError(QueryErrorCode.place, `unknown place "${raw}"`, {
      input: raw,
      remedy:
        'Give a place name the gazetteer knows (e.g. "Abu Kamal", "Deir ez-Zor") or a place id such as gn:174448; `sitrep claims --json` shows the place ids of stored claims',
    });
  }
  return {
    placeId: best.placeId,
    name: known.get(best.placeId)?.name ?? best.name,
    alternatives: ranked.slice(1).map((c) => ({ placeId: c.placeId, name: c.name })),
  };
}

function situationPlaces(s: Situation): Map<string, { name: string; intervals: number; events: number }> {
  const out = new Map<string, { name: string; intervals: number; events: number }>();
  for (const i of s.control) {
    const p = out.get(i.placeId) ?? { name: i.placeName, intervals: 0, events: 0 };
    p.intervals++;
    out.set(i.placeId, p);
  }
  for (const e of s.events) {
    if (!e.place) continue;
    const p = out.get(e.place.placeId) ?? { name: e.place.name, intervals: 0, events: 0 };
    p.events++;
    out.set(e.place.placeId, p);
  }
  return out;
}

/**
 * An actor id or label → its id. Ids of the lexicon or of the situation are taken as given; a label ("Islamic State",
 * "hezbollah") is matched without case or accents against the lexicon's labels and the labels in the situation.
 */
export function resolveActor(value: string, actors: ActorDirectory | undefined, situation: Situation): string {
  const raw = value.trim();
  const labels = situationActors(situation);
  if (actors?.has(raw) || labels.has(raw)) return raw;
  const key = foldLabel(raw);
  for (const a of actors?.values() ?? []) if (foldLabel(a.id) === key || foldLabel(a.label) === key) return a.id;
  for (const [id, label] of labels) if (foldLabel(id) === key || foldLabel(label) === key) return id;
  throw new SitrepError(QueryErrorCode.actor, `unknown actor "${raw}"`, {
    input: raw,
    remedy: 'Give an actor id of the lexicon (isis, syr-army, sdf, hezbollah …; see resources/actors/actors.tsv) or its English label',
  });
}

function situationActors(s: Situation): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of s.relations) {
    out.set(r.a.actorId, r.a.label);
    out.set(r.b.actorId, r.b.label);
  }
  for (const i of s.control) {
    if (i.controller) out.set(i.controller.actorId, i.controller.label);
    for (const c of i.contenders) out.set(c.actorId, c.label);
  }
  for (const e of s.events) for (const a of [...e.agents, ...e.targets]) out.set(a.actorId, a.label);
  return out;
}

function foldLabel(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The intervals of one place, in time order (the control timeline's own `timelineOf`). */
export function timeline(situation: Situation, placeId: string): ControlInterval[] {
  return timelineOf(situation.control, placeId);
}

export interface ControlAnswer {
  placeId: string;
  day: string;
  /** The interval covering the day, if any (intervals of one place never overlap). */
  interval?: ControlInterval;
  /** The last interval ending before the day and the first starting after it, for context or a gap. */
  previous?: ControlInterval;
  next?: ControlInterval;
}

/**
 * Who held the place on that day (the control timeline's own `controlAt`, so the CLI, the API and the derivation
 * agree on what "covers" means), with the intervals on either side.
 */
export function controlAt(situation: Situation, placeId: string, day: string): ControlAnswer {
  const answer: ControlAnswer = { placeId, day };
  const interval = intervalAt(situation.control, placeId, day);
  if (interval) answer.interval = interval;
  for (const i of timeline(situation, placeId)) {
    if (i.to < day) answer.previous = i;
    else if (i.from > day) answer.next ??= i;
  }
  return answer;
}

/** West, south, east, north in degrees (WGS84). */
export type BBox = readonly [number, number, number, number];

export interface EventFilters {
  bbox?: BBox;
  /** Events whose time overlaps [from, to] (ISO days, inclusive). */
  from?: string;
  to?: string;
  /** An actor id among the agents or targets. */
  actor?: string;
  type?: ClaimType | readonly ClaimType[];
  /** Events with at least one claim of this status. */
  status?: ClaimStatus | readonly ClaimStatus[];
  /** A claimant key (`actor:sohr`), actor id or label. */
  claimant?: string;
  /** At least this many independent claimants. */
  minSources?: number;
  placeId?: string;
}

/** Events matching every given filter, by start day then id. */
export function eventsIn(situation: Situation, filters: EventFilters = {}): SituationEvent[] {
  const types = asSet(filters.type);
  const statuses = asSet(filters.status);
  const claimant = filters.claimant?.trim().toLowerCase();
  return situation.events
    .filter((e) => {
      if (filters.bbox && !inBbox(e, filters.bbox)) return false;
      if (filters.from !== undefined && e.time.to < filters.from) return false;
      if (filters.to !== undefined && e.time.from > filters.to) return false;
      if (filters.placeId !== undefined && e.place?.placeId !== filters.placeId) return false;
      if (filters.actor !== undefined && ![...e.agents, ...e.targets].some((a) => a.actorId === filters.actor)) return false;
      if (types && !types.has(e.type)) return false;
      if (statuses && ![...statuses].some((s) => (e.statuses[s] ?? 0) > 0)) return false;
      if (filters.minSources !== undefined && e.independentClaimants < filters.minSources) return false;
      if (claimant !== undefined && !e.claimants.some((k) => claimantMatches(k.key, k.label, claimant))) return false;
      return true;
    })
    .sort((a, b) => cmp(a.time.from, b.time.from) || cmp(a.id, b.id));
}

function inBbox(e: SituationEvent, [w, s, east, n]: BBox): boolean {
  if (!e.place) return false;
  return e.place.lon >= w && e.place.lon <= east && e.place.lat >= s && e.place.lat <= n;
}

/** `actor:sohr` matches "sohr", "actor:sohr" and the label "Syrian Observatory for Human Rights". */
function claimantMatches(key: string, label: string, wanted: string): boolean {
  const k = key.toLowerCase();
  return k === wanted || k.slice(k.indexOf(':') + 1) === wanted || label.toLowerCase() === wanted;
}

/** Relations in which the actor is either side, holding on `at` when given; by kind, other side, start. */
export function relationsOf(situation: Situation, actorId: string, at?: string): Relation[] {
  const other = (r: Relation) => (r.a.actorId === actorId ? r.b.actorId : r.a.actorId);
  return situation.relations
    .filter((r) => (r.a.actorId === actorId || r.b.actorId === actorId) && (at === undefined || (r.from <= at && at <= r.to)))
    .sort((x, y) => cmp(x.kind, y.kind) || cmp(other(x), other(y)) || cmp(x.from, y.from) || cmp(x.to, y.to));
}

/** Places whose interval covering `day` names this actor as controller (held or, when contested, holding); by name. */
export function territoryAt(situation: Situation, actorId: string, day: string): ControlInterval[] {
  return situation.control
    .filter((i) => i.controller?.actorId === actorId && i.from <= day && day <= i.to)
    .sort((a, b) => cmp(a.placeName, b.placeName) || cmp(a.placeId, b.placeId));
}

export interface ContradictionFilters {
  placeId?: string;
  kind?: Contradiction['kind'];
  /** Contradictions one of whose claims is this one. */
  claimId?: string;
}

/** Contradictions matching every filter, by place then claim ids. */
export function contradictionsList(situation: Situation, filters: ContradictionFilters = {}): Contradiction[] {
  return situation.contradictions
    .filter(
      (c) =>
        (filters.placeId === undefined || c.placeId === filters.placeId) &&
        (filters.kind === undefined || c.kind === filters.kind) &&
        (filters.claimId === undefined || c.claimA === filters.claimId || c.claimB === filters.claimId),
    )
    .sort((a, b) => cmp(a.placeId ?? '', b.placeId ?? '') || cmp(a.claimA, b.claimA) || cmp(a.claimB, b.claimB));
}

/** An ISO day (YYYY-MM-DD) that exists in the calendar. */
export function parseDay(value: string, input: string): string {
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const valid = m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === v;
  if (!valid) {
    throw new SitrepError(QueryErrorCode.param, `"${value}" is not a day`, { input, remedy: 'Write the day as YYYY-MM-DD, e.g. 2017-11-12' });
  }
  return v;
}

/** `w,s,e,n` in degrees: west ≤ east, south ≤ north. */
export function parseBbox(value: string, input: string): BBox {
  const parts = value.split(',').map((p) => p.trim());
  const nums = parts.map((p) => (p === '' ? NaN : Number(p)));
  const [w, s, e, n] = nums as [number, number, number, number];
  const ok =
    nums.length === 4 &&
    nums.every(Number.isFinite) &&
    w >= -180 && e <= 180 && w <= e &&
    s >= -90 && n <= 90 && s <= n;
  if (!ok) {
    throw new SitrepError(QueryErrorCode.param, `"${value}" is not a bounding box`, {
      input,
      remedy: 'Give west,south,east,north in degrees with west ≤ east and south ≤ north, e.g. 38,33,42,37',
    });
  }
  return [w, s, e, n];
}

/** A whole number ≥ 1. */
export function parseMinSources(value: string, input: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isInteger(n) || n < 1) {
    throw new SitrepError(QueryErrorCode.param, `"${value}" is not a number of sources`, { input, remedy: 'Give a whole number of 1 or more, e.g. 2' });
  }
  return n;
}

/** `from` must not come after `to`. */
export function checkRange(from: string | undefined, to: string | undefined, input: string): void {
  if (from !== undefined && to !== undefined && from > to) {
    throw new SitrepError(QueryErrorCode.param, `the window starts (${from}) after it ends (${to})`, { input, remedy: 'Swap the two days' });
  }
}

function asSet<T>(value: T | readonly T[] | undefined): Set<T> | undefined {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]) as T[];
  return list.length > 0 ? new Set(list) : undefined;
}

/** Code-point order: stable across locales, unlike localeCompare. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
