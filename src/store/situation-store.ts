import type { Kysely } from 'kysely';
import type { ClaimRecord, Contradiction, ControlInterval, Relation, Situation, SituationEvent } from '../model/situation.js';
import type { StoreDb } from './open-store.js';
import { selectClaimRecords, toClaimRecord } from './claim-record-rows.js';
import type {
  ContradictionsTable,
  ControlIntervalsTable,
  RelationsTable,
  SitrepDatabase,
  SituationEventClaimsTable,
  SituationEventsTable,
} from './schema.js';

/** Whether the stored situation is current: derived at all, and from as many claims as the store holds now. */
export interface SituationStatus {
  derived: boolean;
  /** Claims in the store now. */
  claims: number;
  /** Claims the stored situation was derived from. */
  derivedFromClaims?: number;
  derivedAt?: string;
  /** Never derived while claims exist, or derived from a different number of claims. */
  stale: boolean;
}

export interface SaveSituationOptions {
  /** Number of claims the situation was derived from (kept in `situation_meta`); default: the claims stored now. */
  claimCount?: number;
  /** The caller's clock (the store never reads one). */
  derivedAt?: string;
}

/**
 * Every stored claim with what the situation layer needs of its report, in one query and a stable order
 * (time_from, report id, evidence start, claim id: the `claims_order` index), so that derivations see the same list
 * on every run over the same store.
 */
export async function loadClaimRecords(db: StoreDb): Promise<ClaimRecord[]> {
  const rows = await selectClaimRecords(db)
    .orderBy('claims.time_from')
    .orderBy('claims.report_id')
    .orderBy('claims.evidence_start')
    .orderBy('claims.id')
    .execute();
  return rows.map(toClaimRecord);
}

/**
 * Replaces every derived row with `s`, in one transaction: readers see the old situation or the new one, never a mix.
 */
export async function saveSituation(db: StoreDb, s: Situation, options: SaveSituationOptions = {}): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of ['situation_event_claims', 'situation_events', 'control_intervals', 'relations', 'contradictions', 'situation_meta'] as const) {
      await trx.deleteFrom(table).execute();
    }
    await insertChunked(trx, 'situation_events', s.events.map(eventRow));
    await insertChunked(trx, 'situation_event_claims', eventClaimRows(s.events));
    await insertChunked(trx, 'control_intervals', s.control.map(intervalRow));
    await insertChunked(trx, 'relations', s.relations.map(relationRow));
    await insertChunked(trx, 'contradictions', s.contradictions.map(contradictionRow));
    const claimCount = options.claimCount ?? (await countClaims(trx));
    await trx.insertInto('situation_meta').values({ id: 1, claim_count: claimCount, derived_at: options.derivedAt ?? null }).execute();
  });
}

/** The stored situation, each list in the order it was saved; empty lists when it was never derived. */
export async function loadSituation(db: StoreDb): Promise<Situation> {
  const [events, control, relations, contradictions] = await Promise.all([
    db.selectFrom('situation_events').select('data').orderBy('seq').execute(),
    db.selectFrom('control_intervals').select('data').orderBy('seq').execute(),
    db.selectFrom('relations').select('data').orderBy('seq').execute(),
    db.selectFrom('contradictions').select('data').orderBy('seq').execute(),
  ]);
  return {
    events: events.map((r) => JSON.parse(r.data) as SituationEvent),
    control: control.map((r) => JSON.parse(r.data) as ControlInterval),
    relations: relations.map((r) => JSON.parse(r.data) as Relation),
    contradictions: contradictions.map((r) => JSON.parse(r.data) as Contradiction),
  };
}

/** When and from how many claims the stored situation was derived, and whether the claims changed since. */
export async function situationStatus(db: StoreDb): Promise<SituationStatus> {
  const row = await db.selectFrom('situation_meta').selectAll().where('id', '=', 1).executeTakeFirst();
  const claims = await countClaims(db);
  if (row === undefined) return { derived: false, claims, stale: claims > 0 };
  const from = Number(row.claim_count);
  return { derived: true, claims, derivedFromClaims: from, ...(row.derived_at !== null ? { derivedAt: row.derived_at } : {}), stale: from !== claims };
}

async function countClaims(db: Kysely<SitrepDatabase>): Promise<number> {
  const row = await db.selectFrom('claims').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  // PostgreSQL returns count(*) as a bigint string.
  return Number(row.n);
}

function eventRow(e: SituationEvent, seq: number): SituationEventsTable {
  return {
    id: e.id,
    seq,
    type: e.type,
    place_id: e.place?.placeId ?? null,
    time_from: e.time.from,
    time_to: e.time.to,
    independent_claimants: e.independentClaimants,
    data: JSON.stringify(e),
  };
}

function eventClaimRows(events: readonly SituationEvent[]): SituationEventClaimsTable[] {
  const rows: SituationEventClaimsTable[] = [];
  for (const e of events) for (const claimId of new Set(e.claimIds)) rows.push({ event_id: e.id, claim_id: claimId });
  return rows;
}

function intervalRow(i: ControlInterval, seq: number): ControlIntervalsTable {
  return {
    seq,
    place_id: i.placeId,
    from: i.from,
    to: i.to,
    state: i.state,
    controller_id: i.controller?.actorId ?? null,
    confidence: i.confidence,
    data: JSON.stringify(i),
  };
}

function relationRow(r: Relation, seq: number): RelationsTable {
  return { seq, a_id: r.a.actorId, b_id: r.b.actorId, kind: r.kind, from: r.from, to: r.to, data: JSON.stringify(r) };
}

function contradictionRow(c: Contradiction, seq: number): ContradictionsTable {
  return { seq, claim_a: c.claimA, claim_b: c.claimB, kind: c.kind, place_id: c.placeId ?? null, data: JSON.stringify(c) };
}

/**
 * Multi-row inserts sized by column count: about 8,000 bound parameters per statement, well under SQLite's 32,766
 * and PostgreSQL's 65,535, with few enough statements that a 100k-claim situation saves in seconds.
 */
const PARAMS_PER_INSERT = 8_000;

type SituationTable = 'situation_events' | 'situation_event_claims' | 'control_intervals' | 'relations' | 'contradictions';

async function insertChunked<T extends SituationTable>(
  trx: Kysely<SitrepDatabase>,
  table: T,
  rows: SitrepDatabase[T][],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const size = Math.max(1, Math.floor(PARAMS_PER_INSERT / Object.keys(first).length));
  for (let i = 0; i < rows.length; i += size) {
    // Kysely's insert typing does not narrow over a generic table name; the rows are that table's rows by construction.
    await trx.insertInto(table).values(rows.slice(i, i + size) as never).execute();
  }
}
