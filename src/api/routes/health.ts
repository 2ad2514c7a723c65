import { z } from 'zod';
import { countRows } from '../../store/index.js';
import { defineRoute } from '../route.js';

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    operationId: 'health',
    tag: 'meta',
    summary: 'Liveness, and how many reports and claims the store holds',
    responses: { 200: { description: 'The server and its store answer', schema: z.object({ ok: z.literal(true), reports: z.number().int(), claims: z.number().int() }) } },
    async handle(ctx) {
      const counts = await countRows(ctx.db);
      return { ok: true as const, reports: counts.reports, claims: counts.claims };
    },
  }),
];
