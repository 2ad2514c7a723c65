import { z } from 'zod';
import { publicClaim } from '../../cli/format-claims.js';
import type { Claim } from '../../model/claim.js';
import { getClaims, getReport, listClaims, type ClaimFilters, type StoreDb } from '../../store/index.js';
import { notFound } from '../api-error.js';
import { plainClaimFilters } from '../claim-filters.js';
import { actorOf, placeOf } from '../lookup.js';
import { checkWindow, claimant, claimStatuses, claimTypes, day, id, listOf, minSources, nameOrId, page } from '../params.js';
import { defineRoute } from '../route.js';

export const claimsQuery = z
  .strictObject({
    type: claimTypes.optional(),
    status: claimStatuses.optional(),
    actor: nameOrId.optional().meta({ description: 'An actor id or English label, in any role (agent, co-agent, target, supporter, from-actor).', example: 'isis' }),
    claimant: claimant.optional(),
    place: nameOrId.optional().meta({ description: 'A place id (gn:174448) or name ("Abu Kamal").' }),
    report: id.optional().meta({ description: 'Only claims of this report.' }),
    from: day.optional().meta({ description: 'Claims whose time overlaps from this day.' }),
    to: day.optional().meta({ description: 'Claims whose time overlaps up to this day.' }),
    minSources: minSources.optional().meta({ description: 'Only claims of events told by at least this many independent claimants.' }),
    ...page,
  })
  .superRefine(checkWindow);

const claimObject = z.looseObject({ id: z.string(), reportId: z.string(), type: z.string(), status: z.string() }).meta({
  description: 'A claim as `sitrep claims --json` prints it (without the explain trace, with ACLED/CAMEO/PLOVER codes).',
});

export const claimRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/claims',
    operationId: 'listClaims',
    tag: 'claims',
    summary: 'Stored claims, filtered, in time order',
    query: claimsQuery,
    responses: {
      200: {
        description: 'One page of claims, each with its report’s id, date, outlet and language',
        schema: listOf(claimObject.extend({ report: z.object({ id: z.string(), publishedAt: z.object({ value: z.string(), precision: z.string() }), outlet: z.string().optional(), lang: z.string().optional() }) })),
      },
    },
    async handle(ctx, { query }) {
      const filters: ClaimFilters = plainClaimFilters(query);
      const needsSituation = query.place !== undefined || query.actor !== undefined || query.minSources !== undefined;
      const view = needsSituation ? await ctx.situation.get() : undefined;
      if (view && query.place !== undefined) filters.placeId = placeOf(ctx, view, query.place, 'place').placeId;
      if (view && query.actor !== undefined) filters.actor = actorOf(ctx, view, query.actor, 'actor');
      let claims: Claim[];
      if (view && query.minSources !== undefined) {
        // Corroboration is a property of the fused event: keep the claims of events with enough independent claimants.
        const n = query.minSources;
        const wanted = new Set(view.situation.events.filter((e) => e.independentClaimants >= n).flatMap((e) => e.claimIds));
        claims = (await listClaims(ctx.db, filters)).filter((c) => wanted.has(c.id)).slice(query.offset, query.offset + query.limit + 1);
      } else {
        // One more than a page tells whether another follows, without counting every match.
        claims = await listClaims(ctx.db, { ...filters, limit: query.limit + 1, offset: query.offset });
      }
      return {
        items: await withReports(ctx.db, claims.slice(0, query.limit)),
        hasMore: claims.length > query.limit,
        limit: query.limit,
        offset: query.offset,
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/claims/:id',
    operationId: 'getClaim',
    tag: 'claims',
    summary: 'One claim with the text of its evidence and its report’s date, outlet and language',
    params: z.strictObject({ id: id.meta({ description: 'Claim id' }) }),
    responses: {
      200: {
        description: 'The claim',
        schema: claimObject.extend({
          evidenceText: z.array(z.string()).meta({ description: 'The text of each evidence span, in span order; render as text.' }),
          report: z.object({
            id: z.string(),
            publishedAt: z.object({ value: z.string(), precision: z.string() }),
            outlet: z.string().optional(),
            lang: z.string().optional(),
            url: z.string().optional(),
            title: z.string().optional(),
          }),
        }),
      },
      404: { description: 'No claim with this id' },
    },
    async handle(ctx, { params }) {
      const [stored] = await getClaims(ctx.db, [params.id], { withEvidence: true });
      if (!stored) throw notFound('claim', params.id);
      const report = await getReport(ctx.db, stored.report.id);
      return {
        ...publicClaim(stored.claim, false),
        evidenceText: stored.evidence ?? [],
        report: {
          id: stored.report.id,
          publishedAt: stored.report.publishedAt,
          ...(stored.report.outlet !== undefined ? { outlet: stored.report.outlet } : {}),
          ...(stored.report.lang !== undefined ? { lang: stored.report.lang } : {}),
          ...(report?.source.url !== undefined ? { url: report.source.url } : {}),
          ...(report?.title !== undefined ? { title: report.title } : {}),
        },
      };
    },
  }),
];

/** Claims as the API lists them: the public claim and its report's id, date, outlet and language. */
export async function withReports(db: StoreDb, claims: readonly Claim[]) {
  const records = new Map((await getClaims(db, claims.map((c) => c.id))).map((r) => [r.claim.id, r.report]));
  return claims.map((c) => {
    const report = records.get(c.id);
    return { ...publicClaim(c, false), ...(report ? { report } : {}) };
  });
}
