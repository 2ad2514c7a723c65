import type { ActorDirectory, Situation } from '../model/situation.js';
import { loadClaimRecords, loadSituation, saveSituation, situationStatus, type StoreDb } from '../store/index.js';
import { deriveSituation, type PlaceParents } from './derive-situation.js';

export interface RefreshResult {
  claims: number;
  events: number;
  intervals: number;
  relations: number;
  contradictions: number;
  /** Wall-clock milliseconds per step; for logs and benchmarks, never for the derived data itself. */
  ms: { load: number; derive: number; save: number; total: number };
}

export interface RefreshOptions {
  /** The caller's clock, stored with the situation (the store and the derivations never read one). */
  derivedAt?: string;
  /** Parents of places (districts in a city), for the control timeline. */
  places?: PlaceParents;
}

/** Loads every stored claim, derives the situation and replaces the stored one with it. */
export async function refreshSituation(db: StoreDb, actors: ActorDirectory, options: RefreshOptions = {}): Promise<RefreshResult> {
  const t0 = performance.now();
  const records = await loadClaimRecords(db);
  const t1 = performance.now();
  const situation = deriveSituation(records, actors, options.places);
  const t2 = performance.now();
  await saveSituation(db, situation, { claimCount: records.length, ...(options.derivedAt !== undefined ? { derivedAt: options.derivedAt } : {}) });
  const t3 = performance.now();
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    claims: records.length,
    events: situation.events.length,
    intervals: situation.control.length,
    relations: situation.relations.length,
    contradictions: situation.contradictions.length,
    ms: { load: round(t1 - t0), derive: round(t2 - t1), save: round(t3 - t2), total: round(t3 - t0) },
  };
}

export interface CurrentSituation {
  situation: Situation;
  /** Set when the stored situation was missing or stale and has just been derived again. */
  refreshed?: RefreshResult;
}

/**
 * The stored situation, derived again first when it is missing or stale (claims were stored without a refresh, or
 * the store predates the situation tables), so that readers never answer from an out-of-date timeline.
 * `actors` is called only when a refresh is needed: loading the lexicon is then the caller's business.
 */
export async function currentSituation(db: StoreDb, actors: () => ActorDirectory, options: RefreshOptions = {}): Promise<CurrentSituation> {
  const status = await situationStatus(db);
  const refreshed = status.stale ? await refreshSituation(db, actors(), options) : undefined;
  return { situation: await loadSituation(db), ...(refreshed ? { refreshed } : {}) };
}
