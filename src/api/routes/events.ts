import { z } from 'zod';
import { eventsIn, type EventFilters } from '../../situation/queries.js';
import type { ApiContext } from '../context.js';
import { actorOf, pageOf, placeOf } from '../lookup.js';
import { bbox, checkWindow, claimant, claimStatuses, claimTypes, day, listOf, minSources, nameOrId, page } from '../params.js';
import { defineRoute } from '../route.js';
import type { SituationView } from '../situation-cache.js';

/** The filters of /api/events and /api/map/events (and of exports): the CLI's `sitrep events` options. */
export const eventFilterShape = {
  bbox: bbox.optional(),
  from: day.optional().meta({ description: 'Events whose time overlaps from this day.' }),
  to: day.optional().meta({ description: 'Events whose time overlaps up to this day.' }),
  actor: nameOrId.optional().meta({ description: 'An actor id or label among agents and targets.', example: 'isis' }),
  type: claimTypes.optional(),
  status: claimStatuses.optional().meta({ description: 'Events with at least one claim of one of these statuses.' }),
  claimant: claimant.optional(),
  minSources: minSources.optional(),
  place: nameOrId.optional().meta({ description: 'Only events at this place (id or name).' }),
};

type EventQuery = z.output<z.ZodObject<typeof eventFilterShape>>;

export function eventFilters(ctx: ApiContext, view: SituationView, q: EventQuery): EventFilters {
  const f: EventFilters = {};
  if (q.bbox) f.bbox = q.bbox;
  if (q.from !== undefined) f.from = q.from;
  if (q.to !== undefined) f.to = q.to;
  if (q.type) f.type = q.type;
  if (q.status) f.status = q.status;
  if (q.claimant !== undefined) f.claimant = q.claimant;
  if (q.minSources !== undefined) f.minSources = q.minSources;
  if (q.actor !== undefined) f.actor = actorOf(ctx, view, q.actor, 'actor');
  if (q.place !== undefined) f.placeId = placeOf(ctx, view, q.place, 'place').placeId;
  return f;
}

const eventObject = z.looseObject({
  id: z.string(),
  type: z.string(),
  time: z.object({ from: z.string(), to: z.string(), precision: z.string() }),
  claimIds: z.array(z.string()),
  independentClaimants: z.number().int(),
}).meta({ description: 'A SituationEvent: claims fused across reports, with their claimants, statuses and conflicts.' });

export const eventRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/events',
    operationId: 'listEvents',
    tag: 'situation',
    summary: 'Events fused across reports and languages, filtered, by start day',
    query: z.strictObject({ ...eventFilterShape, ...page }).superRefine(checkWindow),
    responses: { 200: { description: 'One page of events', schema: listOf(eventObject) } },
    async handle(ctx, { query }) {
      const view = await ctx.situation.get();
      return pageOf(eventsIn(view.situation, eventFilters(ctx, view, query)), query);
    },
  }),
];
