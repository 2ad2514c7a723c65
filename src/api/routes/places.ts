import { z } from 'zod';
import { claimViews, intervalClaimIds, intervalView } from '../../cli/format-situation.js';
import type { ControlInterval } from '../../model/situation.js';
import { controlAt, timeline } from '../../situation/queries.js';
import { listClaims } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import { placeOf, type PlaceInfo } from '../lookup.js';
import { day, limit, nameOrId, offset } from '../params.js';
import { defineRoute } from '../route.js';
import { withReports } from './claims.js';

const placeParam = z.strictObject({
  id: nameOrId.meta({ description: 'A place id (gn:174448, cur:omar-oilfield, adm1:SY.07) or a name ("Abu Kamal", "Boukamal").', example: 'gn:174448' }),
});

const placeRef = z.object({
  placeId: z.string(),
  name: z.string(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  countryCode: z.string().optional(),
  alternatives: z.array(z.object({ placeId: z.string(), name: z.string() })).meta({ description: 'Other places the name could mean; pass an id to choose.' }),
});

const interval = z.looseObject({
  placeId: z.string(),
  placeName: z.string(),
  state: z.enum(['controlled', 'contested', 'unknown']),
  from: z.string(),
  to: z.string(),
  confidence: z.number(),
  partial: z.boolean(),
  supporting: z.array(z.string()),
  contradicting: z.array(z.string()),
}).meta({ description: 'A ControlInterval (controller, contenders, reasons …).' });

const intervalWithClaims = interval.extend({
  supportingClaims: z.array(z.looseObject({ id: z.string() })),
  contradictingClaims: z.array(z.looseObject({ id: z.string() })),
}).meta({ description: 'A ControlInterval with the claims for and against it (date, claimants, status, evidence sentence).' });

export const placeRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/places/:id',
    operationId: 'getPlace',
    tag: 'places',
    summary: 'A place: where it is, the claims that happened there, its control intervals',
    params: placeParam,
    query: z.strictObject({ limit: limit.meta({ description: 'Claims per page.' }), offset }),
    responses: {
      200: {
        description: 'The place',
        schema: placeRef.extend({
          id: z.string(),
          claims: z.object({ items: z.array(z.looseObject({ id: z.string() })), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }),
          intervals: z.array(interval),
        }),
      },
      404: { description: 'Unknown place' },
    },
    async handle(ctx, { params, query }) {
      const view = await ctx.situation.get();
      const place = placeOf(ctx, view, params.id);
      // Claims that only mention the place (the Observatory "based in London") are not about it.
      const atPlace = (await listClaims(ctx.db, { placeId: place.placeId })).filter((c) => c.place?.role === 'event');
      return {
        id: place.placeId,
        ...placeJson(place),
        claims: {
          items: await withReports(ctx.db, atPlace.slice(query.offset, query.offset + query.limit)),
          total: atPlace.length,
          limit: query.limit,
          offset: query.offset,
        },
        intervals: timeline(view.situation, place.placeId),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/places/:id/timeline',
    operationId: 'placeTimeline',
    tag: 'places',
    summary: 'Every control interval of a place, in time order, with the claims for and against each',
    params: placeParam,
    responses: { 200: { description: 'The timeline', schema: z.object({ place: placeRef, intervals: z.array(intervalWithClaims) }) }, 404: { description: 'Unknown place' } },
    async handle(ctx, { params }) {
      const view = await ctx.situation.get();
      const place = placeOf(ctx, view, params.id);
      const intervals = view.intervalsByPlace.get(place.placeId) ?? [];
      return { place: placeJson(place), intervals: await withClaims(ctx, intervals) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/control',
    operationId: 'controlAt',
    tag: 'places',
    summary: 'Who held a place on a day (default: the latest interval), with the intervals on either side',
    query: z.strictObject({
      place: nameOrId.meta({ description: 'A place id or name.', example: 'Abu Kamal' }),
      at: day.optional().meta({ description: 'The day; omitted: the latest interval.' }),
    }),
    responses: {
      200: {
        description: 'The interval covering the day (null when none does)',
        schema: z.object({ place: placeRef, at: z.string().nullable(), interval: intervalWithClaims.nullable(), previous: interval.nullable(), next: interval.nullable() }),
      },
    },
    async handle(ctx, { query }) {
      const view = await ctx.situation.get();
      const place = placeOf(ctx, view, query.place, 'place');
      let answer: { interval?: ControlInterval; previous?: ControlInterval; next?: ControlInterval };
      if (query.at === undefined) {
        const all = timeline(view.situation, place.placeId);
        const last = all[all.length - 1];
        answer = last ? { interval: last } : {};
      } else answer = controlAt(view.situation, place.placeId, query.at);
      const [withViews] = answer.interval ? await withClaims(ctx, [answer.interval]) : [];
      return { place: placeJson(place), at: query.at ?? null, interval: withViews ?? null, previous: answer.previous ?? null, next: answer.next ?? null };
    },
  }),
];

function placeJson(p: PlaceInfo) {
  return {
    placeId: p.placeId,
    name: p.name,
    ...(p.lat !== undefined ? { lat: p.lat } : {}),
    ...(p.lon !== undefined ? { lon: p.lon } : {}),
    ...(p.countryCode !== undefined ? { countryCode: p.countryCode } : {}),
    alternatives: p.alternatives,
  };
}

async function withClaims(ctx: ApiContext, intervals: readonly ControlInterval[]) {
  const claims = await claimViews(ctx.db, intervalClaimIds(intervals));
  return intervals.map((i) => intervalView(i, claims));
}
