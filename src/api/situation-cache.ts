import type { ActorDirectory, ControlInterval, Situation } from '../model/situation.js';
import type { PlaceParents } from '../situation/derive-situation.js';
import { currentSituation } from '../situation/refresh.js';
import type { StoreDb } from '../store/index.js';
import { situationStatus } from '../store/index.js';

/** The stored situation with the indexes the routes need, built once per derived version. */
export interface SituationView {
  situation: Situation;
  /** Changes whenever the stored situation does: part of cache keys. */
  version: string;
  /** Intervals of each place in time order (they never overlap, so `to` is ordered too). */
  intervalsByPlace: ReadonlyMap<string, readonly ControlInterval[]>;
  /** Where each place of the situation is, from its events (claims carry the gazetteer's coordinates). */
  placeCoords: ReadonlyMap<string, { lat: number; lon: number; name: string }>;
  /** Answers computed from this version (a day's control map), dropped with it. */
  memo: Map<string, string>;
  /** Names and ids already resolved against this version (resolving scans the whole situation). */
  resolved: Map<string, unknown>;
  /** Each event's and interval's GeoJSON feature, serialised once per version (keyed by object, and stale flag). */
  featureJson: WeakMap<object, string[]>;
}

export interface SituationCacheOptions {
  places?: () => PlaceParents | undefined;
  /** How long a checked version is trusted before the store is asked again (ms). */
  checkEveryMs?: number;
  /** The clock, for `derivedAt` when the API has to derive a stale situation. */
  now?: () => string;
}

/**
 * Reading the situation from the store parses every derived row (tens of thousands at scale): the API does it once per
 * derived version and keeps it. At most every `checkEveryMs` it asks the store whether the situation changed (a CLI
 * ingest in another process) or is stale (claims stored without a refresh: then it derives it again, like the CLI).
 */
export class SituationCache {
  private view: SituationView | undefined;
  private checkedAt = 0;
  private pending: Promise<SituationView> | undefined;

  constructor(
    private readonly db: StoreDb,
    private readonly actors: ActorDirectory,
    private readonly options: SituationCacheOptions = {},
  ) {}

  async get(): Promise<SituationView> {
    const fresh = this.view !== undefined && Date.now() - this.checkedAt < (this.options.checkEveryMs ?? 1000);
    if (fresh && this.view) return this.view;
    this.pending ??= this.load().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Forget the cached version (after this process stored reports and derived the situation). */
  invalidate(): void {
    this.view = undefined;
    this.checkedAt = 0;
  }

  private async load(): Promise<SituationView> {
    const status = await situationStatus(this.db);
    const version = `${status.derivedFromClaims ?? 0}@${status.derivedAt ?? ''}`;
    if (this.view && !status.stale && this.view.version === version) {
      this.checkedAt = Date.now();
      return this.view;
    }
    const places = this.options.places?.();
    const { situation } = await currentSituation(this.db, () => this.actors, {
      derivedAt: this.options.now?.() ?? new Date().toISOString(),
      ...(places ? { places } : {}),
    });
    const after = status.stale ? await situationStatus(this.db) : status;
    this.view = indexSituation(situation, `${after.derivedFromClaims ?? 0}@${after.derivedAt ?? ''}`);
    this.checkedAt = Date.now();
    return this.view;
  }
}

export function indexSituation(situation: Situation, version: string): SituationView {
  const intervalsByPlace = new Map<string, ControlInterval[]>();
  for (const i of situation.control) {
    const list = intervalsByPlace.get(i.placeId);
    if (list) list.push(i);
    else intervalsByPlace.set(i.placeId, [i]);
  }
  for (const list of intervalsByPlace.values()) list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const placeCoords = new Map<string, { lat: number; lon: number; name: string }>();
  for (const e of situation.events) {
    const p = e.place;
    if (p && !placeCoords.has(p.placeId) && Number.isFinite(p.lat) && Number.isFinite(p.lon)) {
      placeCoords.set(p.placeId, { lat: p.lat, lon: p.lon, name: p.name });
    }
  }
  return { situation, version, intervalsByPlace, placeCoords, memo: new Map(), resolved: new Map(), featureJson: new WeakMap() };
}

/** The interval of a place covering `day`, or else the last one ending before it (then `stale`). */
export function intervalOn(intervals: readonly ControlInterval[], day: string): { interval: ControlInterval; stale: boolean } | undefined {
  // Last interval starting on or before the day: binary search over the ordered starts.
  let lo = 0;
  let hi = intervals.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (intervals[mid]!.from <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const interval = intervals[found]!;
  return { interval, stale: interval.to < day };
}

/** `compute()` once per key and version; the cache is bounded (oldest entries go first). */
export function memoised<T>(view: SituationView, key: string, compute: () => T): T {
  if (view.resolved.has(key)) return view.resolved.get(key) as T;
  const value = compute();
  view.resolved.set(key, value);
  if (view.resolved.size > 5000) view.resolved.delete(view.resolved.keys().next().value as string);
  return value;
}

/** The serialised feature of `thing` (variant 0 or 1), made once per version. */
export function featureOnce(view: SituationView, thing: object, variant: 0 | 1, make: () => unknown): string {
  let slots = view.featureJson.get(thing);
  if (!slots) view.featureJson.set(thing, (slots = []));
  return (slots[variant] ??= JSON.stringify(make()));
}
