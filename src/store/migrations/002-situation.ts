import type { Kysely } from 'kysely';

/**
 * Tables for the derived situation (events fused across reports, control intervals, relations, contradictions).
 * Everything here is recomputed from the claims by `saveSituation` and never edited by hand, so there are no foreign
 * keys to `claims`: a refresh replaces all rows in one transaction. Each row keeps the whole derived object as JSON
 * text in `data`; the other columns are there to filter and index. `seq` is the position in the derived list, so a
 * load returns the lists in the order the derivation produced them. Same portable types as 001 (text, integer,
 * real); `from` and `to` are reserved words, which Kysely quotes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('situation_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text')
    .addColumn('time_from', 'text', (c) => c.notNull())
    .addColumn('time_to', 'text', (c) => c.notNull())
    .addColumn('independent_claimants', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('situation_events_seq').on('situation_events').column('seq').execute();
  await db.schema.createIndex('situation_events_place').on('situation_events').columns(['place_id', 'time_from']).execute();
  await db.schema.createIndex('situation_events_time').on('situation_events').columns(['time_from', 'time_to']).execute();

  await db.schema
    .createTable('situation_event_claims')
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('claim_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('situation_event_claims_pk', ['event_id', 'claim_id'])
    .execute();
  await db.schema.createIndex('situation_event_claims_claim').on('situation_event_claims').column('claim_id').execute();

  await db.schema
    .createTable('control_intervals')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('place_id', 'text', (c) => c.notNull())
    .addColumn('from', 'text', (c) => c.notNull())
    .addColumn('to', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('controller_id', 'text')
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('control_intervals_place_from').on('control_intervals').columns(['place_id', 'from']).execute();
  await db.schema.createIndex('control_intervals_controller').on('control_intervals').columns(['controller_id', 'from']).execute();
  await db.schema.createIndex('control_intervals_seq').on('control_intervals').column('seq').execute();

  await db.schema
    .createTable('relations')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('a_id', 'text', (c) => c.notNull())
    .addColumn('b_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from', 'text', (c) => c.notNull())
    .addColumn('to', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('relations_a').on('relations').columns(['a_id', 'kind']).execute();
  await db.schema.createIndex('relations_b').on('relations').columns(['b_id', 'kind']).execute();
  await db.schema.createIndex('relations_seq').on('relations').column('seq').execute();

  await db.schema
    .createTable('contradictions')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('claim_a', 'text', (c) => c.notNull())
    .addColumn('claim_b', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contradictions_place').on('contradictions').column('place_id').execute();
  await db.schema.createIndex('contradictions_seq').on('contradictions').column('seq').execute();

  // One row (id = 1): what the stored situation was derived from, so readers can tell "never derived" and "stale".
  await db.schema
    .createTable('situation_meta')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('claim_count', 'integer', (c) => c.notNull())
    .addColumn('derived_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['situation_meta', 'contradictions', 'relations', 'control_intervals', 'situation_event_claims', 'situation_events']) {
    await db.schema.dropTable(table).execute();
  }
}
