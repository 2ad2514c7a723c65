import { z } from 'zod';
import { searchReports } from '../../store/search-reports.js';
import { listOf, page, searchText } from '../params.js';
import { defineRoute } from '../route.js';

const hit = z.object({
  id: z.string(),
  publishedAt: z.object({ value: z.string(), precision: z.string() }),
  outlet: z.string().optional(),
  title: z.string().optional(),
  snippet: z.string().meta({ description: 'About 200 characters around the first match, … where cut; render as text.' }),
});

export const searchRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/search',
    operationId: 'searchReports',
    tag: 'reports',
    summary: 'Full-text search over report titles and texts (every word, ignoring case and accents), newest first',
    query: z.strictObject({ q: searchText, ...page }),
    responses: { 200: { description: 'One page of matching reports', schema: listOf(hit) } },
    async handle(ctx, { query }) {
      // One more than a page tells whether another follows.
      const found = await searchReports(ctx.db, query.q, { limit: query.limit + 1, offset: query.offset });
      return { items: found.slice(0, query.limit), hasMore: found.length > query.limit, limit: query.limit, offset: query.offset };
    },
  }),
];
