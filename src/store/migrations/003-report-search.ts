import { sql, type Kysely } from 'kysely';
import { storeKind } from '../dialect.js';
import { indexReportText } from '../search-reports.js';
import { columnTypes } from './column-types.js';

/**
 * Full-text search over reports: the one table built differently per engine, filled with the same folded tokens
 * (`search-text.ts`) on both.
 * - SQLite: an FTS5 table (`report_id` stored, not indexed; `body` the tokens joined by spaces), emptied of a report
 *   by a trigger when the report is deleted. FTS5 does its own case folding; diacritics are already gone.
 * - PostgreSQL: a tsvector per report built from the token array (no parser, no dictionary) with a GIN index, and a
 *   foreign key that cascades.
 * Reports stored before this migration are indexed here, in pages.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const kind = storeKind(db);
  if (kind === 'postgres') {
    await db.schema
      .createTable('report_search')
      .addColumn('report_id', columnTypes(db).text, (c) => c.primaryKey().references('reports.id').onDelete('cascade'))
      .addColumn('document', sql`tsvector`, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('report_search_document').on('report_search').using('gin').column('document').execute();
  } else {
    await sql`create virtual table report_search using fts5(report_id unindexed, body, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
    await sql`create trigger reports_search_delete after delete on reports begin delete from report_search where report_id = old.id; end`.execute(db);
  }
  let after = '';
  for (;;) {
    const { rows } = await sql<{ id: string; title: string | null; text: string }>`
      select id, title, text from reports where id > ${after} order by id limit 200`.execute(db);
    for (const r of rows) await indexReportText(db, kind, r);
    const last = rows.at(-1);
    if (last === undefined) break;
    after = last.id;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (storeKind(db) === 'sqlite') await sql`drop trigger if exists reports_search_delete`.execute(db);
  await db.schema.dropTable('report_search').execute();
}
