import type { Pipeline } from '../pipeline/run-pipeline.js';
import type { ActorDirectory } from '../model/situation.js';
import type { PlaceParents } from '../situation/derive-situation.js';
import type { PlaceLookup } from '../situation/queries.js';
import type { StoreDb } from '../store/index.js';
import type { SituationCache } from './situation-cache.js';

/** What the API needs of the gazetteer: resolvePlace's lookup, plus coordinates of a place by id when it has them. */
export interface ApiGazetteer extends PlaceLookup {
  byId(placeId: string): { name: string; lat?: number; lon?: number; countryCode?: string; admin1?: string; admin1Name?: string } | undefined;
}

/** Everything a route handler may use; built once per server. */
export interface ApiContext {
  db: StoreDb;
  actors: ActorDirectory;
  /** Undefined: names are resolved against the situation only (ids always work). */
  gazetteer: ApiGazetteer | undefined;
  situation: SituationCache;
  /** The write token; undefined means POST /api/reports is off. */
  token: string | undefined;
  /** The analysis pipeline, built on the first write (loading lexicons and the place index takes a while). */
  pipeline: () => Pipeline;
  placeParents: () => PlaceParents | undefined;
  /** One write at a time: ingest then refresh must not interleave with another ingest. */
  writeLock: { run<T>(fn: () => Promise<T>): Promise<T> };
}

/** A promise chain: each `run` starts when the previous one has settled. */
export function serialLock(): ApiContext['writeLock'] {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(fn: () => Promise<T>): Promise<T> {
      const next = tail.then(fn, fn);
      tail = next.catch(() => undefined);
      return next;
    },
  };
}
