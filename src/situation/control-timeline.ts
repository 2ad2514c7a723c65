/**
 * The control timeline: who held each place over time, how sure we are, and every claim for and against.
 * Pure and deterministic: the same intervals for any order of the input records. Rules: docs/situation.md;
 * claims → observations in control-observations.ts, the state of one day in control-state.ts.
 *
 * Intervals: the timeline of a place runs from its first to its last observation day. It is cut at every
 * observation day and at every day a position or signal leaves the WINDOW_DAYS window (so a contest ends when
 * the disagreeing claim grows old, not at the next unrelated claim); consecutive days with the same state,
 * controller, contenders and partial flag are merged. Intervals of one place never overlap.
 */
import type { ActorDirectory, ClaimRecord, ControlInterval } from '../model/situation.js';
import { isoDay } from './control-days.js';
import { observationsOf, type Observation, type PlaceParents } from './control-observations.js';
import { cmp, stateOn, WINDOW_DAYS, type DayState, type Position } from './control-state.js';

const MAX_REASONS = 16;

const byObservation = (a: Observation, b: Observation) =>
  a.day - b.day || cmp(a.claimId, b.claimId) || cmp(a.claimantKey, b.claimantKey) || cmp(a.kind, b.kind) ||
  cmp(a.viaDistrict ?? '', b.viaDistrict ?? '') || cmp(a.side ?? '', b.side ?? '');

/**
 * Every place's control intervals, sorted by placeId then from. `places` optionally gives each place's parent
 * (a district's city): a district held by another side makes its city contested and partly held.
 */
export function controlTimelines(records: readonly ClaimRecord[], actors: ActorDirectory, places?: PlaceParents): ControlInterval[] {
  const byPlace = new Map<string, Observation[]>();
  for (const r of records) {
    for (const o of observationsOf(r, actors, places)) {
      const list = byPlace.get(o.placeId);
      if (list) list.push(o);
      else byPlace.set(o.placeId, [o]);
    }
  }
  const out: ControlInterval[] = [];
  for (const placeId of [...byPlace.keys()].sort(cmp)) {
    const obs = (byPlace.get(placeId) ?? []).sort(byObservation);
    out.push(...placeTimeline(obs));
  }
  return out;
}

/** One place's intervals, sorted by `from`. */
export function timelineOf(intervals: readonly ControlInterval[], placeId: string): ControlInterval[] {
  return intervals.filter((i) => i.placeId === placeId).sort((a, b) => cmp(a.from, b.from));
}

/** The interval covering `day` (YYYY-MM-DD) at a place; undefined outside its first and last observation days. */
export function controlAt(intervals: readonly ControlInterval[], placeId: string, day: string): ControlInterval | undefined {
  return intervals.find((i) => i.placeId === placeId && i.from <= day && day <= i.to);
}

interface Segment {
  key: string;
  from: number;
  to: number;
  st: DayState;
  supporting: Map<string, Observation>;
  contradicting: Map<string, Observation>;
  reasons: Set<string>;
}

function cutDays(obs: readonly Observation[]): number[] {
  const first = obs[0]?.day ?? 0;
  const last = obs[obs.length - 1]?.day ?? 0;
  const days = new Set<number>();
  for (const o of obs) {
    days.add(o.day);
    const expiry = o.day + WINDOW_DAYS + 1;
    if (o.kind !== 'presence' && expiry <= last && expiry > first) days.add(expiry);
  }
  return [...days].sort((a, b) => a - b);
}

function placeTimeline(obs: readonly Observation[]): ControlInterval[] {
  const first = obs[0];
  if (!first) return [];
  const cuts = cutDays(obs);
  const positions = new Map<string, Position>();
  const signals: Observation[] = [];
  let next = 0;
  let sigLo = 0;
  let lastFullHold = Number.NEGATIVE_INFINITY;
  const segments: Segment[] = [];
  for (let c = 0; c < cuts.length; c++) {
    const day = cuts[c] as number;
    const today: Observation[] = [];
    for (; next < obs.length && (obs[next] as Observation).day <= day; next++) {
      const o = obs[next] as Observation;
      if (o.day === day) today.push(o);
      if (o.kind === 'signal') signals.push(o);
      else if (o.kind !== 'presence') applyPosition(positions, o);
      if (o.kind === 'holds' && !o.hedged && o.side !== undefined) lastFullHold = Math.max(lastFullHold, o.day);
    }
    while (sigLo < signals.length && (signals[sigLo] as Observation).day < day - WINDOW_DAYS) sigLo++;
    const st = stateOn({ day, positions: [...positions.values()], signals: signals.slice(sigLo), lastFullHold, today });
    const to = c + 1 < cuts.length ? (cuts[c + 1] as number) - 1 : day;
    const key = `${st.state}|${st.controller?.actorId ?? ''}|${st.contenders.map((a) => a.actorId).join(',')}|${st.partial}`;
    const prev = segments[segments.length - 1];
    if (prev && prev.key === key) {
      prev.to = to;
      merge(prev, st);
    } else {
      const seg: Segment = { key, from: day, to, st, supporting: new Map(), contradicting: new Map(), reasons: new Set() };
      merge(seg, st);
      segments.push(seg);
    }
  }
  const named = obs.find((o) => o.viaDistrict === undefined) ?? first;
  return segments.map((s) => toInterval(named, s));
}

function applyPosition(positions: Map<string, Position>, o: Observation): void {
  const key = o.viaDistrict ? `${o.claimantKey}@${o.viaDistrict}` : o.claimantKey;
  const p = positions.get(key);
  if (!p || o.day > p.day) {
    positions.set(key, { key, day: o.day, obs: [o], weight: o.weight, hedged: o.hedged });
    return;
  }
  p.obs.push(o);
  p.weight = Math.max(p.weight, o.weight);
  p.hedged = p.hedged && o.hedged;
}

const obsKey = (o: Observation) => `${o.claimId}|${o.claimantKey}|${o.kind}|${o.viaDistrict ?? ''}`;

function merge(seg: Segment, st: DayState): void {
  for (const o of st.supporting) seg.supporting.set(obsKey(o), o);
  for (const o of st.contradicting) seg.contradicting.set(obsKey(o), o);
  for (const r of st.reasons) seg.reasons.add(r);
}

/**
 * Confidence of the judgement: independent claimants combine (1 − Π(1 − w), strongest claim per claimant), and
 * the contradicting side takes up to half of it away. Weights already carry hedging and coarse dates.
 */
function combined(list: Iterable<Observation>): number {
  const best = new Map<string, number>();
  for (const o of list) best.set(o.claimantKey, Math.max(best.get(o.claimantKey) ?? 0, o.weight));
  let miss = 1;
  for (const k of [...best.keys()].sort(cmp)) miss *= 1 - (best.get(k) ?? 0);
  return 1 - miss;
}

function toInterval(first: Observation, s: Segment): ControlInterval {
  const supporting = [...new Set([...s.supporting.values()].map((o) => o.claimId))].sort(cmp);
  const supportSet = new Set(supporting);
  const contradicting = [...new Set([...s.contradicting.values()].map((o) => o.claimId))].filter((id) => !supportSet.has(id)).sort(cmp);
  const support = combined(s.supporting.values());
  const oppose = combined(s.contradicting.values());
  const confidence = s.st.state === 'unknown' ? 0 : Math.round(support * (1 - 0.5 * oppose) * 1000) / 1000;
  const reasons = [...s.reasons];
  const shown = reasons.length > MAX_REASONS ? [...reasons.slice(0, MAX_REASONS), `… and ${reasons.length - MAX_REASONS} more`] : reasons;
  return {
    placeId: first.placeId,
    placeName: first.placeName,
    state: s.st.state,
    ...(s.st.controller ? { controller: s.st.controller } : {}),
    contenders: s.st.contenders,
    from: isoDay(s.from),
    to: isoDay(s.to),
    partial: s.st.partial,
    confidence,
    supporting,
    contradicting,
    reasons: shown,
  };
}
