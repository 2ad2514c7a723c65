/**
 * The state of one place on one day, from claimants' current positions and recent contest signals.
 *
 * - A position is a claimant's latest say about the place (all its observations of that latest day); it persists
 *   until the same claimant says something later. A claim about a district is a separate position (scope) at the
 *   parent, so "the army took district X" does not erase the same claimant's view of the whole city.
 * - Controller: walk positions from the most recent (same day: heavier weight first, so asserted beats hedged);
 *   the first full hold whose side no more recent position excluded ("the army withdrew") is the controller.
 *   Partial holds never set the controller: "IS retook 40 %" leaves the previous holder in charge, contested.
 * - Contested: another position within the last WINDOW_DAYS days disagrees (holds another side, holds part of the
 *   place for another side, or excludes the controller), or fighting / an attack at the place was reported within
 *   the window and no full hold was reported strictly after it. Hedged or coarse-dated (month, year) disagreement
 *   never flips the state on its own: it is listed as contradicting and lowers the confidence. ("IS still holds
 *   only Al-Qaim and Rawa", dated October, does not dispute the army's capture of Rawa on 17 November.)
 * - Presence is weak evidence: supporting or contradicting, never a change of state.
 * - A newer capture that names the loser ("IS drove the army out") supersedes other claimants' older word that the
 *   loser held the place; it does not silence the loser's own word ("the army says it holds the town"), which keeps
 *   the place contested until the army says otherwise.
 */
import type { ActorLabel } from '../model/situation.js';
import { shortDay } from './control-days.js';
import type { Observation } from './control-observations.js';

export const WINDOW_DAYS = 30;

export interface Position {
  /** claimantKey, plus `@districtId` for a district-scoped position. */
  key: string;
  day: number;
  obs: Observation[];
  weight: number;
  hedged: boolean;
}

export interface DayState {
  state: 'controlled' | 'contested' | 'unknown';
  controller?: ActorLabel;
  contenders: ActorLabel[];
  partial: boolean;
  supporting: Observation[];
  contradicting: Observation[];
  reasons: string[];
}

export interface DayInput {
  day: number;
  positions: readonly Position[];
  /** Fighting / attack observations not older than the window. */
  signals: readonly Observation[];
  /** Last day (≤ day) a non-hedged full hold was reported: signals before it are superseded. */
  lastFullHold: number;
  /** Observations whose effective day is `day`. */
  today: readonly Observation[];
}

const byRecency = (a: Position, b: Position) => b.day - a.day || b.weight - a.weight || cmp(a.key, b.key);

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function heaviestHold(p: Position, excluded: ReadonlySet<string>): Observation | undefined {
  let best: Observation | undefined;
  for (const o of p.obs) {
    if (o.kind !== 'holds' || o.side === undefined || excluded.has(o.side)) continue;
    if (!best || o.weight > best.weight || (o.weight === best.weight && cmp(o.claimId, best.claimId) < 0)) best = o;
  }
  return best;
}

function pickController(sorted: readonly Position[]): { pos: Position; obs: Observation } | undefined {
  const excluded = new Set<string>();
  for (const p of sorted) {
    if (p.key.includes('@')) continue;
    const h = heaviestHold(p, excluded);
    if (h) return { pos: p, obs: h };
    for (const o of p.obs) if (o.kind === 'excludes' && o.side !== undefined) excluded.add(o.side);
  }
  return undefined;
}

const line = (o: Observation, tail = '') =>
  `${o.claimantLabel} (${shortDay(o.day)}): ${o.what}${o.coarse ? ' (coarse date, as of the end of its period)' : ''}${o.hedged ? ' — hedged' : ''}${tail}`;

/** Whether an observation disagrees with a controller side; `partial` when it claims only part of the place. */
function disagreement(o: Observation, side: string | undefined): 'full' | 'partial' | 'excludes' | undefined {
  if (o.kind === 'holds' && o.side !== undefined && o.side !== side) return 'full';
  if (o.kind === 'partial' && (o.side === undefined || o.side !== side)) return 'partial';
  if (o.kind === 'excludes' && o.side !== undefined && o.side === side) return 'excludes';
  return undefined;
}

const agrees = (o: Observation, side: string | undefined) =>
  side !== undefined && o.side === side && (o.kind === 'holds' || o.kind === 'partial' || o.kind === 'presence');

/** For each side, the latest day a non-hedged observation said it lost the place. */
function oustedSides(positions: readonly Position[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of positions) {
    for (const o of p.obs) {
      if (o.kind !== 'excludes' || o.side === undefined || o.hedged) continue;
      out.set(o.side, Math.max(out.get(o.side) ?? -Infinity, o.day));
    }
  }
  return out;
}

export function stateOn(input: DayInput): DayState {
  const { day } = input;
  const sorted = [...input.positions].sort(byRecency);
  const chosen = pickController(sorted);
  const side = chosen?.obs.side;
  const supporting = new Map<string, Observation>();
  const contradicting = new Map<string, Observation>();
  const contenders = new Map<string, ActorLabel>();
  const reasons: string[] = [];
  let flipped = false;
  let partial = false;
  const add = (m: Map<string, Observation>, o: Observation) => m.set(`${o.claimId}|${o.claimantKey}|${o.kind}|${o.viaDistrict ?? ''}`, o);

  if (chosen) {
    for (const o of chosen.pos.obs) if (agrees(o, side)) add(supporting, o);
    reasons.push(line(chosen.obs, ' → controller'));
  }
  const ousted = oustedSides(sorted);
  for (const p of sorted) {
    if (p === chosen?.pos && !p.obs.some((o) => disagreement(o, side))) continue;
    const recent = p.day >= day - WINDOW_DAYS;
    for (const o of p.obs) {
      if (!recent) continue;
      const d = disagreement(o, side);
      if (d === 'full' && o.side !== undefined && o.claimantSide !== o.side && (ousted.get(o.side) ?? -Infinity) > p.day) {
        add(contradicting, o);
        reasons.push(line(o, ' — superseded by a later report that this side lost the place'));
        continue;
      }
      if (!d) {
        if (agrees(o, side)) add(supporting, o);
        continue;
      }
      add(contradicting, o);
      if (o.hedged || o.coarse) {
        reasons.push(line(o, ' — too weak (hedged or coarse date) to make it contested'));
        continue;
      }
      flipped = true;
      if (d === 'partial') partial = true;
      if (o.actor && o.side !== side) contenders.set(o.actor.actorId, o.actor);
      reasons.push(p.day === day ? line(o, ' — disagrees') : `${o.claimantLabel} (position since ${shortDay(p.day)}) disagrees: ${o.what}`);
    }
  }
  for (const s of input.signals) {
    if (s.day < day - WINDOW_DAYS || s.day < input.lastFullHold) continue;
    add(contradicting, s);
    if (s.hedged || s.coarse) reasons.push(line(s, ' — too weak (hedged or coarse date) to make it contested'));
    else {
      flipped = true;
      reasons.push(line(s, ' — contested'));
    }
  }
  for (const o of input.today) {
    if (o.kind !== 'presence') continue;
    if (agrees(o, side)) add(supporting, o);
    else {
      add(contradicting, o);
      reasons.push(line(o, ' — presence only, weak evidence'));
    }
  }
  if (!chosen) {
    for (const o of contradicting.values()) if (o.actor && o.kind !== 'presence') contenders.set(o.actor.actorId, o.actor);
  }
  const state = !chosen ? 'unknown' : flipped ? 'contested' : 'controlled';
  return {
    state,
    ...(chosen?.obs.actor ? { controller: chosen.obs.actor } : {}),
    contenders: [...contenders.values()].sort((a, b) => cmp(a.actorId, b.actorId)),
    partial: partial && state !== 'controlled',
    supporting: [...supporting.values()],
    contradicting: [...contradicting.values()],
    reasons,
  };
}
