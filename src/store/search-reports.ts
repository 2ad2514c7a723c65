import { sql, type QueryExecutorProvider } from 'kysely';
import type { PartialDate } from '../model/time.js';
import { storeKind, type StoreKind } from './dialect.js';
import type { StoreDb } from './open-store.js';
import { documentTokens, queryTokens, snippetOf } from './search-text.js';

/**
 * Full-text search over the stored reports. The `report_search` table (migration 003) is the only thing in the store
 * built differently per engine: an FTS5 table on SQLite, a tsvector column with a GIN index on PostgreSQL. Both hold
 * the same folded tokens (`search-text.ts`), so the same query finds the same reports on either engine.
 */

export interface ReportSearchHit {
  id: string;
  publishedAt: PartialDate;
  title?: string;
  outlet?: string;
  /** About 200 characters of the report's text around the first match, `…` where it was cut. */
  snippet: string;
}

export interface SearchReportsOptions {
  /** Default 20, at most 1000. */
  limit?: number;
  offset?: number;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1000;

/**
 * Reports holding every word of `query`, ignoring case and accents ("boukamal" finds "Boukamal", "armee" finds
 * "armée"), in the report's title or text; newest first, then by id, so that paging is stable and both engines
 * list the same hits in the same order. A query with no letters or digits finds nothing.
 */
export async function searchReports(db: StoreDb, query: string, options: SearchReportsOptions = {}): Promise<ReportSearchHit[]> {
  const terms = queryTokens(query);
  if (terms.length === 0) return [];
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const rows = await db
    .selectFrom('reports')
    .select(['reports.id', 'reports.published_value', 'reports.published_precision', 'reports.title', 'reports.outlet', 'reports.text'])
    .where(sql<boolean>`reports.id in (${matchingIds(storeKind(db), terms)})`)
    .orderBy('reports.published_value', 'desc')
    .orderBy('reports.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => {
    const hit: ReportSearchHit = {
      id: r.id,
      publishedAt: { value: r.published_value, precision: r.published_precision as PartialDate['precision'] },
      snippet: snippetOf(r.text, terms),
    };
    if (r.title !== null) hit.title = r.title;
    if (r.outlet !== null) hit.outlet = r.outlet;
    return hit;
  });
}

/**
 * Ids of the reports whose index holds every term, as an uncorrelated subquery: the engine runs the index lookup
 * once (FTS5 match, GIN on PostgreSQL), not once per report. Terms are letters and digits only (`queryTokens`).
 */
function matchingIds(kind: StoreKind, terms: string[]) {
  if (kind === 'postgres') {
    // A cast to tsquery takes the lexemes as given: no parser, no dictionary, the same tokens as were indexed.
    const tsquery = terms.map((t) => `'${t}'`).join(' & ');
    return sql`select report_id from report_search where document @@ cast(${tsquery} as tsquery)`;
  }
  // FTS5: quoted strings joined by spaces are an AND of terms; quoting keeps "and", "or", "not" words, not operators.
  const fts = terms.map((t) => `"${t}"`).join(' ');
  return sql`select report_id from report_search where report_search match ${fts}`;
}

/**
 * Adds one report to the search index; called in the same transaction that writes the report, and by migration 003
 * for the reports stored before it.
 */
export async function indexReportText(
  db: QueryExecutorProvider,
  kind: StoreKind,
  report: { id: string; title: string | null; text: string },
): Promise<void> {
  const tokens = documentTokens(report.title, report.text);
  const q =
    kind === 'postgres'
      ? sql`insert into report_search (report_id, document) values (${report.id}, array_to_tsvector(cast(${tokens} as text[])))`
      : sql`insert into report_search (report_id, body) values (${report.id}, ${tokens.join(' ')})`;
  await q.execute(db);
}
