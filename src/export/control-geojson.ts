/**
 * Control as of a day, as a GeoJSON FeatureCollection (RFC 7946): one Point feature per place the control timeline
 * knows by that day.
 * - An interval covers the day: its state (controlled, contested, unknown), controller and contenders.
 * - No interval covers the day but an earlier one ended before it: state `unknown`, with the last known state, so a
 *   map can grey the place out instead of dropping it (`to` is the last day some claim speaks of; after it nobody
 *   says who holds the place).
 * - The place's first interval starts after the day: left out (nothing was claimed about it yet).
 * Coordinates come from the place lookup (the gazetteer) or else from any claim that names the place; a place known
 * by neither keeps a null geometry.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { SitrepError } from '../errors.js';
import type { ControlInterval } from '../model/situation.js';
import { compareStrings } from '../situation/claimant-key.js';
import { isIsoDay } from './dates.js';
import type { ExportOptions, ExportRecord, PlaceInfo } from './types.js';

export interface ControlProperties {
  placeId: string;
  placeName: string;
  /** The day asked about. */
  at: string;
  state: ControlInterval['state'];
  /** `interval`: an interval covers the day; `last-known`: the latest interval ended before it. */
  basis: 'interval' | 'last-known';
  controller: string | null;
  controllerId: string | null;
  contenders: string[];
  contenderIds: string[];
  /** The interval the state comes from (for `last-known`, the one that ended before the day). */
  from: string;
  to: string;
  partial: boolean;
  confidence: number;
  /** For `last-known`: the state and controller of that last interval. */
  lastKnownState: ControlInterval['state'] | null;
  lastKnownController: string | null;
  supporting: string[];
  contradicting: string[];
}

export function controlGeoJson(control: readonly ControlInterval[], records: readonly ExportRecord[], opts: ExportOptions): string {
  const at = opts.at;
  if (at === undefined || !isIsoDay(at)) {
    throw new SitrepError('E_EXPORT_OPTION', `control-geojson needs the day to map, as YYYY-MM-DD${at === undefined ? '' : `, not "${at}"`}`, {
      input: 'at',
      remedy: 'Pass --at 2017-11-10 (CLI) or opts.at (API)',
    });
  }
  const coords = placesOfRecords(records);
  const byPlace = new Map<string, ControlInterval[]>();
  for (const i of control) byPlace.set(i.placeId, [...(byPlace.get(i.placeId) ?? []), i]);
  const features: Feature<Point | null, ControlProperties>[] = [];
  for (const placeId of [...byPlace.keys()].sort(compareStrings)) {
    const intervals = (byPlace.get(placeId) ?? []).sort((a, b) => compareStrings(a.from, b.from));
    const covering = intervals.find((i) => i.from <= at && at <= i.to);
    const before = intervals.filter((i) => i.to < at).pop();
    const interval = covering ?? before;
    if (!interval) continue;
    const where = opts.place?.(placeId) ?? coords.get(placeId);
    features.push({
      type: 'Feature',
      id: placeId,
      geometry: where ? { type: 'Point', coordinates: [where.lon, where.lat] } : null,
      properties: properties(interval, at, covering !== undefined),
    });
  }
  const collection: FeatureCollection<Point | null, ControlProperties> = { type: 'FeatureCollection', features };
  return `${JSON.stringify(collection)}\n`;
}

function properties(i: ControlInterval, at: string, covers: boolean): ControlProperties {
  return {
    placeId: i.placeId,
    placeName: i.placeName,
    at,
    state: covers ? i.state : 'unknown',
    basis: covers ? 'interval' : 'last-known',
    controller: covers ? (i.controller?.label ?? null) : null,
    controllerId: covers ? (i.controller?.actorId ?? null) : null,
    contenders: covers ? i.contenders.map((c) => c.label) : [],
    contenderIds: covers ? i.contenders.map((c) => c.actorId) : [],
    from: i.from,
    to: i.to,
    partial: i.partial,
    confidence: i.confidence,
    lastKnownState: covers ? null : i.state,
    lastKnownController: covers ? null : (i.controller?.label ?? null),
    supporting: [...i.supporting],
    contradicting: [...i.contradicting],
  };
}

/** Coordinates of every place the claims name (event place first, then the places only mentioned). */
function placesOfRecords(records: readonly ExportRecord[]): Map<string, PlaceInfo> {
  const out = new Map<string, PlaceInfo>();
  for (const { claim } of records) {
    for (const p of [claim.place, ...claim.otherPlaces]) {
      if (p && !out.has(p.placeId)) out.set(p.placeId, { name: p.name, lat: p.lat, lon: p.lon, countryCode: p.countryCode });
    }
  }
  return out;
}
