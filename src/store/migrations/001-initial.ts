import { sql, type Kysely } from 'kysely';

/**
 * First schema. Kept to types every SQL dialect shares (text, integer, real) so the same migration can run on
 * PostgreSQL: no JSON columns (JSON is text), no booleans, no dialect-specific defaults. `end` is a reserved word;
 * Kysely quotes identifiers, and hand-written SQL must too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('published_value', 'text', (c) => c.notNull())
    .addColumn('published_precision', 'text', (c) => c.notNull())
    .addColumn('lang', 'text')
    .addColumn('lang_reason', 'text')
    .addColumn('title', 'text')
    .addColumn('url', 'text')
    .addColumn('outlet', 'text')
    .addColumn('origin', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('analysis', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reports_published').on('reports').column('published_value').execute();
  await db.schema.createIndex('reports_lang').on('reports').column('lang').execute();

  await db.schema
    .createTable('mentions')
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('mention_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['report_id', 'mention_id'])
    .addCheckConstraint('mentions_span', sql`"start" <= "end"`)
    .execute();
  await db.schema.createIndex('mentions_entity').on('mentions').columns(['kind', 'entity_id']).execute();

  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text')
    .addColumn('target_id', 'text')
    .addColumn('place_id', 'text')
    .addColumn('place_role', 'text')
    .addColumn('time_from', 'text', (c) => c.notNull())
    .addColumn('time_to', 'text', (c) => c.notNull())
    .addColumn('time_precision', 'text', (c) => c.notNull())
    .addColumn('claimant_label', 'text')
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('extractor', 'text', (c) => c.notNull())
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
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
    .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('claim_actors_pk', ['claim_id', 'role', 'actor_id'])
    .execute();
  await db.schema.createIndex('claim_actors_actor').on('claim_actors').columns(['actor_id', 'role']).execute();

  await db.schema
    .createTable('claim_claimants')
    .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('label', 'text', (c) => c.notNull())
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
