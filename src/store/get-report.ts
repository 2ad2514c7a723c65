import type { Report } from '../model/report.js';
import type { StoreDb } from './open-store.js';
import { rowToReport } from './rows.js';

/** The stored report, as it was ingested; undefined when the id is unknown. */
export async function getReport(db: StoreDb, id: string): Promise<Report | undefined> {
  const row = await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : rowToReport(row);
}

/** The report whose content hash is given, to check for a duplicate before analysing it. */
export async function getReportByHash(db: StoreDb, contentHash: string): Promise<Report | undefined> {
  const row = await db.selectFrom('reports').selectAll().where('content_hash', '=', contentHash).executeTakeFirst();
  return row === undefined ? undefined : rowToReport(row);
}
