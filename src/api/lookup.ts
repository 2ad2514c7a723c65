import { isSitrepError } from '../errors.js';
import { isPlaceId, resolveActor, resolvePlace, type ResolvedPlace } from '../situation/queries.js';
import { asParam, fromSitrepError, notFound } from './api-error.js';
import type { ApiContext } from './context.js';
import { memoised, type SituationView } from './situation-cache.js';

export interface PlaceInfo extends ResolvedPlace {
  lat?: number;
  lon?: number;
  countryCode?: string;
}

/**
 * A place name or id → the place, as the CLI resolves it. `param` set: a filter (unknown → 400 naming it);
 * unset: the path's resource (unknown → 404). An id is known when the situation or the gazetteer knows it.
 */
export function placeOf(ctx: ApiContext, view: SituationView, value: string, param?: string): PlaceInfo {
  // resolvePlace scans the whole situation for the places it knows: once per name and version is enough. A thrown
  // "unknown place" is not kept; it is cheap to find again.
  const resolve = () => (isPlaceId(value) ? placeById(ctx, view, value.trim()) : memoised(view, `place|${value}`, () => resolvePlace(value, ctx.gazetteer, view.situation)));
  let place: ResolvedPlace;
  if (param !== undefined) place = asParam(param, resolve);
  else {
    try {
      place = resolve();
    } catch (e) {
      if (isSitrepError(e)) throw fromSitrepError(e);
      throw e;
    }
  }
  const coords = view.placeCoords.get(place.placeId);
  const entry = ctx.gazetteer?.byId(place.placeId);
  if (param === undefined && isPlaceId(value) && !coords && !entry && !view.intervalsByPlace.has(place.placeId)) {
    throw notFound('place', place.placeId, 'Give a place id the gazetteer or the stored claims know (gn:174448), or a name ("Abu Kamal")');
  }
  const info: PlaceInfo = { ...place };
  const lat = coords?.lat ?? entry?.lat;
  const lon = coords?.lon ?? entry?.lon;
  if (lat !== undefined && lon !== undefined) {
    info.lat = lat;
    info.lon = lon;
  }
  if (entry?.countryCode) info.countryCode = entry.countryCode;
  return info;
}

/** resolvePlace's answer for an id (taken as given, named as the situation or the gazetteer names it), from the indexes. */
function placeById(ctx: ApiContext, view: SituationView, placeId: string): ResolvedPlace {
  const name = view.intervalsByPlace.get(placeId)?.[0]?.placeName ?? view.placeCoords.get(placeId)?.name ?? ctx.gazetteer?.byId(placeId)?.name ?? placeId;
  return { placeId, name, alternatives: [] };
}

/** An actor id or label → its id; `param` as for placeOf. */
export function actorOf(ctx: ApiContext, view: SituationView, value: string, param?: string): string {
  const resolve = () => memoised(view, `actor|${value}`, () => resolveActor(value, ctx.actors, view.situation));
  if (param !== undefined) return asParam(param, resolve);
  try {
    return resolve();
  } catch (e) {
    if (isSitrepError(e)) throw fromSitrepError(e);
    throw e;
  }
}

/** One page of an in-memory list. */
export function pageOf<T>(all: readonly T[], q: { limit: number; offset: number }): { items: T[]; total: number; limit: number; offset: number } {
  return { items: all.slice(q.offset, q.offset + q.limit), total: all.length, limit: q.limit, offset: q.offset };
}
