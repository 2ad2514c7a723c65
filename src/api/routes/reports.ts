import { z } from 'zod';
import { getReport } from '../../store/index.js';
import { notFound } from '../api-error.js';
import { id } from '../params.js';
import { defineRoute } from '../route.js';

export const reportView = z.object({
  id: z.string(),
  publishedAt: z.object({ value: z.string(), precision: z.enum(['year', 'month', 'day']) }),
  lang: z.string().optional(),
  title: z.string().optional(),
  source: z.object({ url: z.string().optional(), outlet: z.string().optional() }),
  text: z.string().meta({ description: 'The report text, NFC-normalised; evidence spans are offsets into it. Render it as text, never as HTML.' }),
  contentHash: z.string(),
});

export const reportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/reports/:id',
    operationId: 'getReport',
    tag: 'reports',
    summary: 'One stored report: its text, date and source',
    params: z.strictObject({ id: id.meta({ description: 'Report id (r_ + 16 hex digits)', example: 'r_bdb7e51d9c6e1b84' }) }),
    responses: { 200: { description: 'The report', schema: reportView }, 404: { description: 'No report with this id' } },
    async handle(ctx, { params }) {
      const r = await getReport(ctx.db, params.id);
      if (!r) throw notFound('report', params.id);
      // `origin` (the server-side file path it was read from) is left out: it says nothing to a reader.
      const source: { url?: string; outlet?: string } = {};
      if (r.source.url !== undefined) source.url = r.source.url;
      if (r.source.outlet !== undefined) source.outlet = r.source.outlet;
      return {
        id: r.id,
        publishedAt: r.publishedAt,
        ...(r.lang !== undefined ? { lang: r.lang } : {}),
        ...(r.title !== undefined ? { title: r.title } : {}),
        source,
        text: r.text,
        contentHash: r.contentHash,
      };
    },
  }),
];
