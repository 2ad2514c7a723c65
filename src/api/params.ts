/**
 * The zod schemas every route parses its path, query and body with. They are the single source of both the checks
 * and the OpenAPI document (`openapi.ts` turns them into JSON Schema), so the two cannot drift.
 * Query values arrive as strings (or arrays when a parameter is repeated): numbers are coerced, lists are
 * comma-separated, a repeated single-valued parameter is a problem.
 */
import { z } from 'zod';
import { CLAIM_STATUSES, CLAIM_TYPES } from '../model/claim.js';

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 100;

const once = (what: string) => ({
  error: (iss: { input: unknown }) => (iss.input === undefined ? `required: ${what}` : Array.isArray(iss.input) ? `give this parameter once (${what})` : `expected ${what}`),
});

/** Never throws: zod may run a refinement on a value an earlier check already refused. */
function isCalendarDay(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === v;
}

/** A calendar day that exists: 2017-11-12 (not 2017-02-30). */
export const day = z
  .string(once('a day, YYYY-MM-DD'))
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a day written YYYY-MM-DD, e.g. 2017-11-12', abort: true })
  .refine(isCalendarDay, 'no such day in the calendar')
  .meta({ format: 'date', example: '2017-11-12' });

export const limit = z.coerce
  .number({ error: `expected a whole number from 1 to ${MAX_LIMIT}` })
  .int(`expected a whole number from 1 to ${MAX_LIMIT}`)
  .min(1, `expected a whole number from 1 to ${MAX_LIMIT}`)
  .max(MAX_LIMIT, `at most ${MAX_LIMIT} items per page; page with offset`)
  .default(DEFAULT_LIMIT)
  .meta({ description: `Items per page (1–${MAX_LIMIT}).` });

export const offset = z.coerce
  .number({ error: 'expected a whole number ≥ 0' })
  .int('expected a whole number ≥ 0')
  .min(0, 'expected a whole number ≥ 0')
  .max(10_000_000, 'offset too large')
  .default(0)
  .meta({ description: 'Items to skip (for paging).' });

export const page = { limit, offset };

/** Stable ids of stored things: `r_bdb7e51d9c6e1b84`, `c_…`, `ev_…`, `gn:174448`. Never a path: no `/`, `\`, `..`. */
export const id = z
  .string(once('an id'))
  .min(1, 'empty id')
  .max(128, 'ids are at most 128 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_:.-]*$/, 'ids are letters, digits and _ : . - only')
  .refine((v) => !v.includes('..'), 'ids never contain ".."');

/** A place or actor name or id: "Abu Kamal", "Deir ez-Zor", "gn:174448", "Islamic State". Letters of any script. */
export const nameOrId = z
  .string(once('a name or an id'))
  .trim()
  .min(1, 'empty name')
  .max(200, 'names are at most 200 characters')
  .regex(/^[\p{L}\p{M}\p{N} '’ʿʾ.,()_:-]+$/u, 'names are letters, digits, spaces and \' ’ . , ( ) _ : - only')
  .refine((v) => !v.includes('..'), 'names never contain ".."');

/** A claimant's actor id or label as written ("OSDH", "Rami Abdel Rahmane"). */
export const claimant = nameOrId.meta({ description: "A claimant's actor id or label (sohr, OSDH, Syrian Arab Army)." });

/** A comma-separated list of values from `allowed`: `take-control,control`. */
function csvOf<T extends readonly [string, ...string[]]>(allowed: T, what: string) {
  return z
    .string(once(`comma-separated ${what}`))
    .max(1000, 'list too long')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(allowed, { error: `expected one or more of: ${allowed.join(', ')}` })).min(1, `expected one or more of: ${allowed.join(', ')}`))
    .meta({ description: `Comma-separated ${what}: ${allowed.join(', ')}.` });
}

export const claimTypes = csvOf(CLAIM_TYPES, 'claim types');
export const claimStatuses = csvOf(CLAIM_STATUSES, 'claim statuses');

/** `w,s,e,n` in degrees, west ≤ east, south ≤ north. */
export const bbox = z
  .string(once('west,south,east,north'))
  .max(200, 'bbox too long')
  .transform((value, ctx) => {
    const nums = value.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
    const [w, s, e, n] = nums as [number, number, number, number];
    const ok = nums.length === 4 && nums.every(Number.isFinite) && w >= -180 && e <= 180 && w <= e && s >= -90 && n <= 90 && s <= n;
    if (!ok) {
      ctx.addIssue({ code: 'custom', message: 'expected west,south,east,north in degrees with west ≤ east and south ≤ north, e.g. 38,33,42,37' });
      return z.NEVER;
    }
    return [w, s, e, n] as const;
  })
  .meta({ description: 'Bounding box west,south,east,north in degrees (WGS84).', example: '38,33,42,37' });

export const minSources = z.coerce
  .number({ error: 'expected a whole number ≥ 1' })
  .int('expected a whole number ≥ 1')
  .min(1, 'expected a whole number ≥ 1')
  .max(1000, 'at most 1000')
  .meta({ description: 'At least this many independent claimants.' });

/** Free text to search report texts for; any characters (it is a bound parameter, never SQL or HTML). */
export const searchText = z
  .string(once('search text'))
  .trim()
  .min(1, 'empty search')
  .max(200, 'search text is at most 200 characters')
  .refine((v) => ![...v].some((c) => c.charCodeAt(0) < 0x20 && c !== '\t' && c !== '\n' && c !== '\r'), 'control characters are not allowed')
  .meta({ description: 'Words to find in report texts.', example: 'Abu Kamal' });

/** A window [from, to] of days: from must not come after to. */
export function checkWindow(q: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `the window ends (${q.to}) before it starts (${q.from})` });
  }
}

/** The shape every list answer has. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().optional().meta({ description: 'Items matching the filters, when cheap to count.' }),
    hasMore: z.boolean().optional().meta({ description: 'Whether another page follows (when the total is not counted).' }),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

export const errorBody = z.object({
  error: z.object({
    code: z.string().meta({ example: 'E_QUERY_PARAM' }),
    message: z.string(),
    remedy: z.string().optional(),
    problems: z.array(z.object({ param: z.string(), message: z.string() })).optional(),
  }),
});
