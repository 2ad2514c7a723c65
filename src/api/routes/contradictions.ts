import { z } from 'zod';
import { claimViews } from '../../cli/format-situation.js';
import { contradictionsList, type ContradictionFilters } from '../../situation/queries.js';
import { pageOf, placeOf } from '../lookup.js';
import { id, listOf, nameOrId, page } from '../params.js';
import { defineRoute } from '../route.js';

const contradiction = z.looseObject({
  kind: z.enum(['controller', 'denial', 'negation']),
  placeId: z.string().optional(),
  claimA: z.string(),
  claimB: z.string(),
  claimantA: z.string(),
  claimantB: z.string(),
  reason: z.string(),
  claims: z.array(z.looseObject({ id: z.string() }).nullable()).meta({ description: 'The two claims (date, claimants, status, evidence); null if no longer stored.' }),
});

export const contradictionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/contradictions',
    operationId: 'listContradictions',
    tag: 'situation',
    summary: 'Pairs of claims that cannot both be true, with both sources',
    query: z.strictObject({
      place: nameOrId.optional().meta({ description: 'Only at this place (id or name).' }),
      kind: z.enum(['controller', 'denial', 'negation'], { error: 'expected controller, denial or negation' }).optional(),
      claim: id.optional().meta({ description: 'Only contradictions involving this claim.' }),
      ...page,
    }),
    responses: { 200: { description: 'One page of contradictions', schema: listOf(contradiction) } },
    async handle(ctx, { query }) {
      const view = await ctx.situation.get();
      const filters: ContradictionFilters = {};
      if (query.place !== undefined) filters.placeId = placeOf(ctx, view, query.place, 'place').placeId;
      if (query.kind !== undefined) filters.kind = query.kind;
      if (query.claim !== undefined) filters.claimId = query.claim;
      const p = pageOf(contradictionsList(view.situation, filters), query);
      const claims = await claimViews(ctx.db, p.items.flatMap((c) => [c.claimA, c.claimB]));
      return { ...p, items: p.items.map((c) => ({ ...c, claims: [claims.get(c.claimA) ?? null, claims.get(c.claimB) ?? null] })) };
    },
  }),
];
