import { z } from 'zod';
import { relationsOf } from '../../situation/queries.js';
import { notFound } from '../api-error.js';
import { actorOf, pageOf } from '../lookup.js';
import { day, listOf, nameOrId, page } from '../params.js';
import { defineRoute } from '../route.js';

const actorParam = z.strictObject({ id: nameOrId.meta({ description: 'An actor id (isis, syr-army) or its English label.', example: 'isis' }) });

const actorView = z.object({
  id: z.string(),
  label: z.string(),
  type: z.string().nullable().meta({ description: 'From the actor lexicon; null for an actor known only from claims.' }),
  partOf: z.object({ id: z.string(), label: z.string() }).nullable(),
});

const relation = z.looseObject({
  a: z.object({ actorId: z.string(), label: z.string() }),
  b: z.object({ actorId: z.string(), label: z.string() }),
  kind: z.enum(['allied', 'supports', 'opposes', 'part-of']),
  from: z.string(),
  to: z.string(),
  claimIds: z.array(z.string()),
  source: z.enum(['claims', 'lexicon']),
});

export const actorRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/actors/:id',
    operationId: 'getActor',
    tag: 'actors',
    summary: 'An actor: label, type and parent organisation',
    params: actorParam,
    responses: { 200: { description: 'The actor', schema: actorView }, 404: { description: 'Unknown actor' } },
    async handle(ctx, { params }) {
      const view = await ctx.situation.get();
      const id = actorOf(ctx, view, params.id);
      const info = ctx.actors.get(id);
      const label = info?.label ?? labelInSituation(view.situation, id);
      if (label === undefined) throw notFound('actor', id);
      const parent = info?.partOf !== undefined ? ctx.actors.get(info.partOf) : undefined;
      return {
        id,
        label,
        type: info?.type ?? null,
        partOf: info?.partOf !== undefined ? { id: info.partOf, label: parent?.label ?? info.partOf } : null,
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/actors/:id/relations',
    operationId: 'actorRelations',
    tag: 'actors',
    summary: 'Alliances, support, opposition and membership of an actor, from claims and the lexicon',
    params: actorParam,
    query: z.strictObject({ at: day.optional().meta({ description: 'Only relations holding on this day.' }), ...page }),
    responses: { 200: { description: 'One page of relations', schema: listOf(relation).extend({ actor: z.object({ id: z.string(), label: z.string() }), at: z.string().nullable() }) } },
    async handle(ctx, { params, query }) {
      const view = await ctx.situation.get();
      const id = actorOf(ctx, view, params.id);
      const actor = { id, label: ctx.actors.get(id)?.label ?? labelInSituation(view.situation, id) ?? id };
      return { actor, at: query.at ?? null, ...pageOf(relationsOf(view.situation, id, query.at), query) };
    },
  }),
];

function labelInSituation(s: import('../../model/situation.js').Situation, id: string): string | undefined {
  for (const r of s.relations) {
    if (r.a.actorId === id) return r.a.label;
    if (r.b.actorId === id) return r.b.label;
  }
  for (const i of s.control) {
    if (i.controller?.actorId === id) return i.controller.label;
    for (const c of i.contenders) if (c.actorId === id) return c.label;
  }
  for (const e of s.events) for (const a of [...e.agents, ...e.targets]) if (a.actorId === id) return a.label;
  return undefined;
}
