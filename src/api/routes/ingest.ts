import { z } from 'zod';
import type { SitrepError } from '../../errors.js';
import { readJsonLine } from '../../ingest/index.js';
import type { Report } from '../../model/report.js';
import { batchOutletLocales, outletsOf } from '../../pipeline/batch-outlet-locales.js';
import { refreshSituation } from '../../situation/refresh.js';
import { storedOutletPlaces, storeMany } from '../../store/index.js';
import { badParams } from '../api-error.js';
import { defineRoute } from '../route.js';

export const MAX_REPORTS_PER_POST = 100;

const reportInput = z.strictObject({
  text: z.string({ error: 'required: the report text' }).min(1, 'empty text').max(1_000_000, 'at most 1,000,000 characters'),
  date: z
    .string({ error: 'required: the publication date' })
    .max(40)
    .regex(/^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}.*)?)?)?$/, 'expected YYYY-MM-DD, YYYY-MM or YYYY (an ISO timestamp is accepted)')
    .meta({ example: '2017-11-09' }),
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).max(2000).optional(),
  outlet: z.string().min(1).max(200).optional(),
  title: z.string().max(500).optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code such as "fr" or "en"').optional(),
});

const body = z.union([reportInput, z.array(reportInput).min(1, 'empty list').max(MAX_REPORTS_PER_POST, `at most ${MAX_REPORTS_PER_POST} reports per request`)], {
  error: `expected a report object or an array of 1 to ${MAX_REPORTS_PER_POST} of them`,
});

const inputError = z.object({ index: z.number().int(), code: z.string(), message: z.string(), remedy: z.string().optional() });

export const ingestRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/reports',
    operationId: 'ingestReports',
    tag: 'reports',
    summary: 'Analyse and store reports (off unless the server has a token), then derive the situation again',
    description:
      'Same pipeline and store as `sitrep ingest`. A report already stored (same date and text) is left unchanged. Requires `Authorization: Bearer <token>`; answers 403 when the server was started without `--token` / SITREP_API_TOKEN.',
    auth: true,
    body,
    responses: {
      200: { description: 'Nothing new was stored (every report was already there, or had an input error)', schema: z.object({ items: z.array(z.object({ index: z.number().int(), reportId: z.string(), stored: z.boolean() })), errors: z.array(inputError), stored: z.number().int(), unchanged: z.number().int() }) },
      201: { description: 'At least one report was stored' },
      401: { description: 'Missing or wrong bearer token' },
      403: { description: 'Writes are off (no token configured)' },
      413: { description: 'Body over the size limit' },
    },
    async handle(ctx, { body }, _req, reply) {
      const list = Array.isArray(body) ? body : [body];
      const reports: { index: number; report: Report }[] = [];
      const errors: { index: number; error: SitrepError }[] = [];
      list.forEach((item, index) => {
        // The same reader as JSON Lines input: one validation of dates, languages and text for CLI and API.
        const r = readJsonLine(JSON.stringify(item), `body[${index}]`);
        if (r instanceof Error) errors.push({ index, error: r });
        else reports.push({ index, report: r });
      });
      if (!reports.length) throw badParams(errors.map((e) => ({ param: `body[${e.index}]`, message: e.error.problem })));
      const outcome = await ctx.writeLock.run(async () => {
        const pipeline = ctx.pipeline();
        // An outlet's other reports, in the body or stored, teach its locale, as in `sitrep ingest`.
        const batch = reports.map((r) => r.report);
        const outletLocale = batchOutletLocales(pipeline.stages, batch, await storedOutletPlaces(ctx.db, outletsOf(batch)));
        const docs = reports.map((r) => pipeline.run(r.report, outletLocale ? { outletLocale } : {}));
        const now = new Date().toISOString();
        const stored = await storeMany(ctx.db, docs, now);
        if (stored.stored > 0) {
          const places = ctx.placeParents();
          await refreshSituation(ctx.db, ctx.actors, { derivedAt: now, ...(places ? { places } : {}) });
          ctx.situation.invalidate();
        }
        return stored;
      });
      const byId = new Map(outcome.results.map((r) => [r.reportId, r.stored]));
      const writeErrors = new Map(outcome.errors.map((e) => [e.input, e]));
      const items: { index: number; reportId: string; stored: boolean }[] = [];
      for (const { index, report } of reports) {
        const failed = writeErrors.get(report.source.origin ?? report.id) ?? writeErrors.get(report.id);
        if (failed) errors.push({ index, error: failed });
        else items.push({ index, reportId: report.id, stored: byId.get(report.id) ?? false });
      }
      errors.sort((a, b) => a.index - b.index);
      reply.code(outcome.stored > 0 ? 201 : 200);
      return {
        items,
        errors: errors.map(({ index, error }) => ({ index, code: error.code, message: error.problem, ...(error.remedy ? { remedy: error.remedy } : {}) })),
        stored: outcome.stored,
        unchanged: outcome.skipped,
      };
    },
  }),
];
