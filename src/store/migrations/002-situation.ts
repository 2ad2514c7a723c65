import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Tables for the derived situation (events fused across reports, control intervals, relations, contradictions).
 * Everything here is recomputed from the claims by `saveSituation` and never edited by hand, so there are no foreign
 * keys to `claims`: a refresh replaces all rows in one transaction. Each row keeps the whole derived object as JSON
 * text in `data`; the other columns are there to filter and index. `seq` is the position in the derived list, so a
 * load returns the lists in the order the derivation produced them. Same portable types as 001 (text, integer,
 * real, through `columnTypes`); `from` and `to` are reserved words, which Kysely quotes. `situation_meta.id` is a
 * plain integer key written as 1, not an auto-increment rowid, so PostgreSQL needs no serial.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('situation_events')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', t.text, (c) => c.notNull())
    .addColumn('place_id', t.text)
    .addColumn('time_from', t.text, (c) => c.notNull())
    .addColumn('time_to', t.text, (c) => c.notNull())
    .addColumn('independent_claimants', 'integer', (c) => c.notNull())
    .addColumn('data', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('situation_events_seq').on('situation_events').column('seq').execute();
  await db.schema.createIndex('situation_events_place').on('situation_events').columns(['place_id', 'time_from']).execute();
  await db.schema.createIndex('situation_events_time').on('situation_events').columns(['time_from', 'time_to']).execute();

  await db.schema
    .createTable('situation_event_claims')
    .addColumn('event_id', t.text, (c) => c.notNull())
    .addColumn('claim_id', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('situation_event_claims_pk', ['event_id', 'claim_id'])
    .execute();
  await db.schema.createIndex('situation_event_claims_claim').on('situation_event_claims').column('claim_id').execute();

  await db.schema
    .createTable('control_intervals')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('place_id', t.text, (c) => c.notNull())
    .addColumn('from', t.text, (c) => c.notNull())
    .addColumn('to', t.text, (c) => c.notNull())
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('controller_id', t.text)
    .addColumn('confidence', t.real, (c) => c.notNull())
    .addColumn('data', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('control_intervals_place_from').on('control_intervals').columns(['place_id', 'from']).execute();
  await db.schema.createIndex('control_intervals_controller').on('control_intervals').columns(['controller_id', 'from']).execute();
  await db.schema.createIndex('control_intervals_seq').on('control_intervals').column('seq').execute();

  await db.schema
    .createTable('relations')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('a_id', t.text, (c) => c.notNull())
    .addColumn('b_id', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('from', t.text, (c) => c.notNull())
    .addColumn('to', t.text, (c) => c.notNull())
    .addColumn('data', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('relations_a').on('relations').columns(['a_id', 'kind']).execute();
  await db.schema.createIndex('relations_b').on('relations').columns(['b_id', 'kind']).execute();
  await db.schema.createIndex('relations_seq').on('relations').column('seq').execute();

  await db.schema
    .createTable('contradictions')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('claim_a', t.text, (c) => c.notNull())
    .addColumn('claim_b', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('place_id', t.text)
    .addColumn('data', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contradictions_place').on('contradictions').column('place_id').execute();
  await db.schema.createIndex('contradictions_seq').on('contradictions').column('seq').execute();

  // One row (id = 1): what the stored situation was derived from, so readers can tell "never derived" and "stale".
  await db.schema
    .createTable('situation_meta')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('claim_count', 'integer', (c) => c.notNull())
    .addColumn('derived_at', t.text)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['situation_meta', 'contradictions', 'relations', 'control_intervals', 'situation_event_claims', 'situation_events']) {
    await db.schema.dropTable(table).execute();
  }
}
