import type { PlaceMention } from '../model/mention.js';
import type { StoreDb } from './open-store.js';

/** Stored reports read per outlet: its latest ones, enough to know its readers, bounded for an outlet of years. */
export const STORED_REPORTS_PER_OUTLET = 200;

export interface OutletReportPlaces {
  outlet: string;
  reportId: string;
  places: PlaceMention[];
}

/**
 * The place mentions of each outlet's latest stored reports, for learning where its readers live
 * (`batch-outlet-locales.ts`). An outlet is matched by the reports' `outlet` field, or — for reports stored
 * without one — by their URL's host, with or without "www.", as `outletOf` names it.
 */
export async function storedOutletPlaces(db: StoreDb, outlets: readonly string[], perOutlet = STORED_REPORTS_PER_OUTLET): Promise<OutletReportPlaces[]> {
  const out: OutletReportPlaces[] = [];
  for (const outlet of [...new Set(outlets)].sort()) {
    const hosts = [outlet, `www.${outlet}`].flatMap((h) => [`http://${h}/%`, `https://${h}/%`]);
    const reports = await db
      .selectFrom('reports')
      .select('id')
      .where((eb) => eb.or([eb('outlet', '=', outlet), eb.and([eb('outlet', 'is', null), eb.or(hosts.map((h) => eb('url', 'like', h)))])]))
      .orderBy('published_value', 'desc')
      .orderBy('id')
      .limit(perOutlet)
      .execute();
    if (reports.length === 0) continue;
    const rows = await db
      .selectFrom('mentions')
      .select(['report_id', 'data'])
      .where('kind', '=', 'place')
      .where(
        'report_id',
        'in',
        reports.map((r) => r.id),
      )
      .orderBy('report_id')
      .orderBy('start')
      .execute();
    const byReport = new Map<string, PlaceMention[]>(reports.map((r) => [r.id, []]));
    for (const row of rows) byReport.get(row.report_id)?.push(JSON.parse(row.data) as PlaceMention);
    for (const [reportId, places] of byReport) out.push({ outlet, reportId, places });
  }
  return out;
}
