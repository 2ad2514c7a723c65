import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * First schema. Kept to types every SQL dialect shares (text, integer, real) so the same migration runs on SQLite
 * and PostgreSQL: no JSON columns (JSON is text), no booleans, no rowid or serial keys, no dialect-specific
 * defaults; `columnTypes` gives text a byte-order collation and real 8 bytes on PostgreSQL. `end` is a reserved
 * word; Kysely quotes identifiers, and hand-written SQL must too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('reports')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('content_hash', t.text, (c) => c.notNull().unique())
    .addColumn('published_value', t.text, (c) => c.notNull())
    .addColumn('published_precision', t.text, (c) => c.notNull())
    .addColumn('lang', t.text)
    .addColumn('lang_reason', t.text)
    .addColumn('title', t.text)
    .addColumn('url', t.text)
    .addColumn('outlet', t.text)
    .addColumn('origin', t.text)
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('analysis', t.text, (c) => c.notNull())
    .addColumn('ingested_at', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reports_published').on('reports').column('published_value').execute();
  await db.schema.createIndex('reports_lang').on('reports').column('lang').execute();

  await db.schema
    .createTable('mentions')
    .addColumn('report_id', t.text, (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('mention_id', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('label', t.text)
    .addColumn('entity_id', t.text)
    .addColumn('data', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['report_id', 'mention_id'])
    .addCheckConstraint('mentions_span', sql`"start" <= "end"`)
    .execute();
  await db.schema.createIndex('mentions_entity').on('mentions').columns(['kind', 'entity_id']).execute();

  await db.schema
    .createTable('claims')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('report_id', t.text, (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('type', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('agent_id', t.text)
    .addColumn('target_id', t.text)
    .addColumn('place_id', t.text)
    .addColumn('place_role', t.text)
    .addColumn('time_from', t.text, (c) => c.notNull())
    .addColumn('time_to', t.text, (c) => c.notNull())
    .addColumn('time_precision', t.text, (c) => c.notNull())
    .addColumn('claimant_label', t.text)
    .addColumn('confidence', t.real, (c) => c.notNull())
    .addColumn('extractor', t.text, (c) => c.notNull())
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('data', t.text, (c) => c.notNull())
    .addCheckConstraint('claims_confidence', sql`confidence >= 0 and confidence <= 1`)
    .addCheckConstraint('claims_time', sql`time_from <= time_to`)
    .execute();
  // The listing order (time_from, report_id, evidence_start) doubles as the time-window index.
  await db.schema.createIndex('claims_order').on('claims').columns(['time_from', 'report_id', 'evidence_start']).execute();
  await db.schema.createIndex('claims_report').on('claims').column('report_id').execute();
  await db.schema.createIndex('claims_type_status').on('claims').columns(['type', 'status']).execute();
  await db.schema.createIndex('claims_place').on('claims').column('place_id').execute();
  await db.schema.createIndex('claims_time_to').on('claims').column('time_to').execute();

  await db.schema
    .createTable('claim_actors')
    .addColumn('claim_id', t.text, (c) => c.notNull().references('claims.id').onDelete('cascade'))
    .addColumn('role', t.text, (c) => c.notNull())
    .addColumn('actor_id', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('claim_actors_pk', ['claim_id', 'role', 'actor_id'])
    .execute();
  await db.schema.createIndex('claim_actors_actor').on('claim_actors').columns(['actor_id', 'role']).execute();

  await db.schema
    .createTable('claim_claimants')
    .addColumn('claim_id', t.text, (c) => c.notNull().references('claims.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('actor_id', t.text)
    .addColumn('label', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('claim_claimants_pk', ['claim_id', 'ordinal'])
    .execute();
  await db.schema.createIndex('claim_claimants_actor').on('claim_claimants').column('actor_id').execute();
  await db.schema.createIndex('claim_claimants_label').on('claim_claimants').column('label').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['claim_claimants', 'claim_actors', 'claims', 'mentions', 'reports']) {
    await db.schema.dropTable(table).execute();
  }
}
