import { z } from 'zod';
import type { ControlInterval, SituationEvent } from '../../model/situation.js';
import { eventsIn } from '../../situation/queries.js';
import { checkWindow, day, MAX_LIMIT, offset } from '../params.js';
import { defineRoute } from '../route.js';
import { featureOnce, intervalOn, type SituationView } from '../situation-cache.js';
import { eventFilterShape, eventFilters } from './events.js';

const GEOJSON = 'application/geo+json; charset=utf-8';

const point = z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]).meta({ description: '[lon, lat]' }) });
const actorLabel = z.object({ actorId: z.string(), label: z.string() });

const controlFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: point,
  properties: z.object({
    placeId: z.string(),
    name: z.string(),
    state: z.enum(['controlled', 'contested', 'unknown']),
    controllerId: z.string().nullable(),
    controllerLabel: z.string().nullable(),
    contenders: z.array(actorLabel),
    partial: z.boolean(),
    confidence: z.number(),
    from: z.string(),
    to: z.string(),
    stale: z.boolean().meta({ description: 'No interval covers the day: this is the last one that ended before it.' }),
  }),
});

const eventFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: point,
  properties: z.object({
    eventId: z.string(),
    type: z.string(),
    placeId: z.string(),
    placeName: z.string(),
    independentClaimants: z.number().int(),
    claimCount: z.number().int(),
    statuses: z.record(z.string(), z.number().int()),
    from: z.string(),
    to: z.string(),
    agents: z.array(actorLabel),
    targets: z.array(actorLabel),
  }),
});

function collection<T extends z.ZodType>(feature: T) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(feature),
    total: z.number().int().optional(),
    limit: z.number().int().optional(),
    offset: z.number().int().optional(),
  });
}

// A day's control map is the same until the situation changes: the view keeps the last few, keyed on the day.
const CONTROL_MAPS_KEPT = 64;

export const mapRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/map/control',
    operationId: 'mapControl',
    tag: 'map',
    summary: 'Who held each place on a day, as GeoJSON points',
    description:
      'One Point per place with a control interval covering the day, or else with one that ended before it (then `stale: true`). Places without coordinates are left out.',
    query: z.strictObject({ at: day.meta({ description: 'The day (YYYY-MM-DD).' }) }),
    contentType: GEOJSON,
    responses: { 200: { description: 'A FeatureCollection', schema: collection(controlFeature), contentType: GEOJSON } },
    async handle(ctx, { query }, _req, reply) {
      const view = await ctx.situation.get();
      const key = `control|${query.at}`;
      let body = view.memo.get(key);
      if (body === undefined) {
        body = controlMap(view, query.at, ctx.gazetteer);
        view.memo.set(key, body);
        if (view.memo.size > CONTROL_MAPS_KEPT) view.memo.delete(view.memo.keys().next().value as string);
      }
      // Already JSON: sent as is (the wrapper sets the content type).
      return reply.send(body);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/map/events',
    operationId: 'mapEvents',
    tag: 'map',
    summary: 'Events with a located place, as GeoJSON points',
    description: `Same filters as /api/events. At most ${MAX_LIMIT} features per page (default ${MAX_LIMIT}); \`total\`, \`limit\` and \`offset\` say how to page.`,
    query: z
      .strictObject({
        ...eventFilterShape,
        limit: z.coerce
          .number({ error: `expected a whole number from 1 to ${MAX_LIMIT}` })
          .int(`expected a whole number from 1 to ${MAX_LIMIT}`)
          .min(1, `expected a whole number from 1 to ${MAX_LIMIT}`)
          .max(MAX_LIMIT, `at most ${MAX_LIMIT} features per page; page with offset`)
          .default(MAX_LIMIT)
          .meta({ description: `Features per page (1–${MAX_LIMIT}, default ${MAX_LIMIT}: a map wants all it can show).` }),
        offset,
      })
      .superRefine(checkWindow),
    contentType: GEOJSON,
    responses: { 200: { description: 'A FeatureCollection', schema: collection(eventFeature), contentType: GEOJSON } },
    async handle(ctx, { query }, _req, reply) {
      const view = await ctx.situation.get();
      const located = eventsIn(view.situation, eventFilters(ctx, view, query)).filter((e) => e.place && Number.isFinite(e.place.lat) && Number.isFinite(e.place.lon));
      const features = located.slice(query.offset, query.offset + query.limit).map((e) => featureOnce(view, e, 0, () => eventFeatureOf(e)));
      // Features are serialised once per situation version; the collection is assembled from them.
      return reply.send(`{"type":"FeatureCollection","features":[${features.join(',')}],"total":${located.length},"limit":${query.limit},"offset":${query.offset}}`);
    },
  }),
];

function eventFeatureOf(e: SituationEvent) {
  const p = e.place!;
  return {
    type: 'Feature' as const,
    id: e.id,
    geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] as [number, number] },
    properties: {
      eventId: e.id,
      type: e.type,
      placeId: p.placeId,
      placeName: p.name,
      independentClaimants: e.independentClaimants,
      claimCount: e.claimIds.length,
      statuses: e.statuses,
      from: e.time.from,
      to: e.time.to,
      agents: e.agents,
      targets: e.targets,
    },
  };
}

/** The collection as JSON text, from features serialised once per interval (and stale flag) and version. */
function controlMap(view: SituationView, at: string, gazetteer: { byId(id: string): { name: string; lat?: number; lon?: number } | undefined } | undefined): string {
  const features: string[] = [];
  const placeIds = [...view.intervalsByPlace.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const placeId of placeIds) {
    const hit = intervalOn(view.intervalsByPlace.get(placeId) ?? [], at);
    if (!hit) continue;
    const where = view.placeCoords.get(placeId) ?? located(gazetteer?.byId(placeId));
    if (!where) continue;
    features.push(featureOnce(view, hit.interval, hit.stale ? 1 : 0, () => controlFeatureOf(hit.interval, hit.stale, where.lon, where.lat)));
  }
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}

function located(e: { lat?: number; lon?: number } | undefined): { lat: number; lon: number } | undefined {
  return e && Number.isFinite(e.lat) && Number.isFinite(e.lon) ? { lat: e.lat!, lon: e.lon! } : undefined;
}

function controlFeatureOf(i: ControlInterval, stale: boolean, lon: number, lat: number) {
  return {
    type: 'Feature' as const,
    id: i.placeId,
    geometry: { type: 'Point' as const, coordinates: [lon, lat] },
    properties: {
      placeId: i.placeId,
      name: i.placeName,
      state: i.state,
      controllerId: i.controller?.actorId ?? null,
      controllerLabel: i.controller?.label ?? null,
      contenders: i.contenders.map((c) => ({ actorId: c.actorId, label: c.label })),
      partial: i.partial,
      confidence: i.confidence,
      from: i.from,
      to: i.to,
      stale,
    },
  };
}
