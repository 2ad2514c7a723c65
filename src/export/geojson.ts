/**
 * Events as a GeoJSON FeatureCollection (RFC 7946): one Point feature per fused event, at the event's place
 * ([longitude, latitude], WGS 84). An event without a resolved place keeps its feature with a null geometry
 * (RFC 7946 §3.2), so a count of features is a count of events; map libraries skip such features.
 * Properties are flat scalars and arrays of strings, because map styling reads top-level properties.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { acledGeoPrecision, type PlacePrecision } from '../model/place.js';
import { exportEvents, OCCURRED } from './export-events.js';
import type { ExportOptions, ExportRecord } from './types.js';

export interface EventProperties {
  id: string;
  type: string;
  /** Number of claims per status (`{ "confirmed": 1, "asserted": 2 }`). */
  statuses: Record<string, number>;
  /** True when some claim says it took place (asserted, hedged or confirmed), not only planned, denied or negated. */
  occurred: boolean;
  claimants: string[];
  independentClaimants: number;
  timeFrom: string;
  timeTo: string;
  timePrecision: string;
  agents: string[];
  agentIds: string[];
  targets: string[];
  targetIds: string[];
  placeId: string | null;
  placeName: string | null;
  placePrecision: string | null;
  /** ACLED's geo_precision of the place (1 locality, 2 near or part of it, 3 a larger area). */
  geoPrecision: number | null;
  /** Fields the fused claims disagree on (`time`, `agent`, `status` ...). */
  conflicts: string[];
  claimIds: string[];
  reportIds: string[];
}

export function eventsGeoJson(records: readonly ExportRecord[], opts: ExportOptions = {}): string {
  const features: Feature<Point | null, EventProperties>[] = exportEvents(records, opts).map(({ event: e, records: rs }) => ({
    type: 'Feature',
    id: e.id,
    geometry: e.place ? { type: 'Point', coordinates: [e.place.lon, e.place.lat] } : null,
    properties: {
      id: e.id,
      type: e.type,
      statuses: { ...e.statuses },
      occurred: rs.some((r) => OCCURRED.has(r.claim.status)),
      claimants: e.claimants.map((c) => c.label),
      independentClaimants: e.independentClaimants,
      timeFrom: e.time.from,
      timeTo: e.time.to,
      timePrecision: e.time.precision,
      agents: e.agents.map((a) => a.label),
      agentIds: e.agents.map((a) => a.actorId),
      targets: e.targets.map((a) => a.label),
      targetIds: e.targets.map((a) => a.actorId),
      placeId: e.place?.placeId ?? null,
      placeName: e.place?.name ?? null,
      placePrecision: e.place?.precision ?? null,
      geoPrecision: e.place ? acledGeoPrecision(e.place.precision as PlacePrecision) : null,
      conflicts: e.conflicts.map((c) => c.field),
      claimIds: [...e.claimIds],
      reportIds: [...e.reportIds],
    },
  }));
  const collection: FeatureCollection<Point | null, EventProperties> = { type: 'FeatureCollection', features };
  return `${JSON.stringify(collection)}\n`;
}
