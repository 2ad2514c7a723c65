import { z } from 'zod';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, exportSituation, type ExportOptions, type PlaceInfo } from '../../export/index.js';
import { getClaims, listClaims, type ClaimFilters } from '../../store/index.js';
import { badParams } from '../api-error.js';
import { plainClaimFilters } from '../claim-filters.js';
import type { ApiContext } from '../context.js';
import { placeOf } from '../lookup.js';
import { checkWindow, claimant, claimStatuses, claimTypes, day, id, nameOrId } from '../params.js';
import { defineRoute } from '../route.js';

export const MAX_EXPORT_CLAIMS = 100_000;

const formatDocs = EXPORT_FORMATS.map((f) => `\`${f}\` (${EXPORT_FORMAT_INFO[f].contentType}): ${EXPORT_FORMAT_INFO[f].description}`).join('; ');

export const exportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/export/:format',
    operationId: 'exportClaims',
    tag: 'export',
    summary: 'Claims, events or control in an exchange format, as a file',
    description: `Formats: ${formatDocs}. Event formats export the situation's fused events that have a claim among the selected claims. Filters are those of /api/claims; \`at\` is required for control-geojson.`,
    params: z.strictObject({ format: z.enum(EXPORT_FORMATS, { error: `expected one of: ${EXPORT_FORMATS.join(', ')}` }) }),
    query: z
      .strictObject({
        type: claimTypes.optional(),
        status: claimStatuses.optional(),
        actor: id.optional().meta({ description: 'An actor id in any role.' }),
        claimant: claimant.optional(),
        place: nameOrId.optional().meta({ description: 'A place id or name.' }),
        report: id.optional().meta({ description: 'Only claims of this report.' }),
        from: day.optional(),
        to: day.optional(),
        at: day.optional().meta({ description: 'control-geojson: the day the map is drawn for.' }),
        includeStates: z.enum(['true', 'false'], { error: 'expected true or false' }).optional().meta({ description: 'plover-json, cameo-tsv: also export state claims (control, presence, support, alliance).' }),
        limit: z.coerce
          .number({ error: `expected a whole number from 1 to ${MAX_EXPORT_CLAIMS}` })
          .int(`expected a whole number from 1 to ${MAX_EXPORT_CLAIMS}`)
          .min(1, `expected a whole number from 1 to ${MAX_EXPORT_CLAIMS}`)
          .max(MAX_EXPORT_CLAIMS, `at most ${MAX_EXPORT_CLAIMS} claims per export; narrow the filters or page with offset`)
          .default(MAX_EXPORT_CLAIMS)
          .meta({ description: `Claims to export (1–${MAX_EXPORT_CLAIMS}, default ${MAX_EXPORT_CLAIMS}).` }),
        offset: z.coerce.number({ error: 'expected a whole number ≥ 0' }).int('expected a whole number ≥ 0').min(0, 'expected a whole number ≥ 0').default(0),
      })
      .superRefine(checkWindow),
    responses: {
      200: { description: 'The export, with a content-disposition file name', contentType: 'text/plain' },
    },
    async handle(ctx, { params, query }, _req, reply) {
      if (params.format === 'control-geojson' && query.at === undefined) throw badParams([{ param: 'at', message: 'required for control-geojson: the day (YYYY-MM-DD)' }]);
      const view = await ctx.situation.get();
      const filters: ClaimFilters = plainClaimFilters(query, { limit: query.limit, offset: query.offset });
      if (query.actor !== undefined) filters.actor = query.actor;
      if (query.place !== undefined) filters.placeId = placeOf(ctx, view, query.place, 'place').placeId;
      const claims = await listClaims(ctx.db, filters);
      const records = await getClaims(ctx.db, claims.map((c) => c.id), { withEvidence: true });
      const opts: ExportOptions = { actors: ctx.actors, place: placeLookup(ctx) };
      if (query.at !== undefined) opts.at = query.at;
      if (query.includeStates === 'true') opts.includeStates = true;
      const out = exportSituation(params.format, view.situation, records, opts);
      const type = /charset=/i.test(out.contentType) ? out.contentType : `${out.contentType}; charset=utf-8`;
      reply.type(type);
      reply.header('content-disposition', `attachment; filename="sitrep-${params.format}.${out.filenameExt}"`);
      return reply.send(out.body);
    },
  }),
];

function placeLookup(ctx: ApiContext): ((placeId: string) => PlaceInfo | undefined) | undefined {
  const g = ctx.gazetteer;
  if (!g) return undefined;
  return (placeId) => {
    const e = g.byId(placeId);
    if (!e || e.lat === undefined || e.lon === undefined) return undefined;
    const info: PlaceInfo = { name: e.name, lat: e.lat, lon: e.lon };
    if (e.countryCode) info.countryCode = e.countryCode;
    if (e.admin1) info.admin1 = e.admin1;
    if (e.admin1Name) info.admin1Name = e.admin1Name;
    return info;
  };
}
