import type { Kysely } from 'kysely';
import { SitrepError } from '../errors.js';
import type { AnalyzedReport } from '../model/analyzed-report.js';
import { storeKind, type StoreKind } from './dialect.js';
import type { StoreDb } from './open-store.js';
import { toReportRows, type ReportRows } from './rows.js';
import { indexReportText } from './search-reports.js';
import type { SitrepDatabase } from './schema.js';
import { StoreErrorCode } from './store-errors.js';

export interface StoreResult {
  reportId: string;
  /** False when a report with the same content hash was stored before: nothing was written. */
  stored: boolean;
}

export interface StoreManyResult {
  results: StoreResult[];
  /** One per report that could not be written; every other report of the batch still landed. */
  errors: SitrepError[];
  stored: number;
  skipped: number;
}

export interface StoreManyOptions {
  /** Reports per transaction: one commit (one fsync) per batch instead of per report. */
  batchSize?: number;
}

/**
 * Stores one analysed report with its mentions and claims in one transaction: all of it or nothing.
 * `ingestedAt` is the caller's clock (the store never reads one), so re-running a batch is reproducible.
 */
export async function storeAnalyzedReport(db: StoreDb, doc: AnalyzedReport, ingestedAt: string): Promise<StoreResult> {
  const rows = toReportRows(doc, ingestedAt);
  try {
    const kind = storeKind(db);
    const stored = await db.transaction().execute((trx) => writeReportRows(trx, kind, rows));
    return { reportId: doc.report.id, stored };
  } catch (cause) {
    throw writeError(doc, cause);
  }
}

/**
 * Stores many reports in batched transactions. Each report sits in its own savepoint, so one report that breaks a
 * constraint is rolled back alone and reported in `errors`, while the rest of its batch commits.
 */
export async function storeMany(
  db: StoreDb,
  docs: Iterable<AnalyzedReport>,
  ingestedAt: string,
  options: StoreManyOptions = {},
): Promise<StoreManyResult> {
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const out: StoreManyResult = { results: [], errors: [], stored: 0, skipped: 0 };
  let batch: AnalyzedReport[] = [];
  for (const doc of docs) {
    batch.push(doc);
    if (batch.length >= batchSize) {
      await storeBatch(db, batch, ingestedAt, out);
      batch = [];
    }
  }
  if (batch.length > 0) await storeBatch(db, batch, ingestedAt, out);
  return out;
}

async function storeBatch(db: StoreDb, docs: AnalyzedReport[], ingestedAt: string, out: StoreManyResult): Promise<void> {
  const kind = storeKind(db);
  const trx = await db.startTransaction().execute();
  try {
    for (const doc of docs) {
      const sp = await trx.savepoint('report').execute();
      try {
        const stored = await writeReportRows(sp, kind, toReportRows(doc, ingestedAt));
        await sp.releaseSavepoint('report').execute();
        out.results.push({ reportId: doc.report.id, stored });
        if (stored) out.stored++;
        else out.skipped++;
      } catch (cause) {
        await sp.rollbackToSavepoint('report').execute();
        await sp.releaseSavepoint('report').execute();
        out.errors.push(writeError(doc, cause));
      }
    }
    await trx.commit().execute();
  } catch (error) {
    await trx.rollback().execute();
    throw error;
  }
}

/** Writes the rows and the search index entry unless the content hash is known already; returns whether anything was written. */
async function writeReportRows(db: Kysely<SitrepDatabase>, kind: StoreKind, rows: ReportRows): Promise<boolean> {
  const existing = await db
    .selectFrom('reports')
    .select('id')
    .where('content_hash', '=', rows.report.content_hash)
    .executeTakeFirst();
  if (existing !== undefined) return false;
  await db.insertInto('reports').values(rows.report).execute();
  await indexReportText(db, kind, rows.report);
  for (const chunk of chunks(rows.mentions)) await db.insertInto('mentions').values(chunk).execute();
  for (const chunk of chunks(rows.claims)) await db.insertInto('claims').values(chunk).execute();
  for (const chunk of chunks(rows.claimActors)) await db.insertInto('claim_actors').values(chunk).execute();
  for (const chunk of chunks(rows.claimClaimants)) await db.insertInto('claim_claimants').values(chunk).execute();
  return true;
}

// Multi-row inserts, kept well under SQLite's 32 766 bound parameters (and PostgreSQL's 65 535) at ~16 columns a row.
const ROWS_PER_INSERT = 500;

function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) yield rows.slice(i, i + ROWS_PER_INSERT);
}

function writeError(doc: AnalyzedReport, cause: unknown): SitrepError {
  const input = doc.report.source.origin ?? doc.report.id;
  return new SitrepError(StoreErrorCode.write, `report ${doc.report.id} was not stored (${(cause as Error).message ?? String(cause)})`, {
    input,
    remedy: 'Nothing of this report was kept; fix the data (duplicate claim or mention ids, confidence outside 0..1) and store it again',
    cause,
  });
}
