import type { PlaceMention } from '../model/mention.js';
import type { Report } from '../model/report.js';
import { learnOutletLocales, localeVote, outletOf, type OutletLocaleOf } from '../stages/places/outlet-locale.js';
import { runStages } from './run-pipeline.js';
import type { Stage } from './stage.js';
import type { OutletReportPlaces } from '../store/outlet-places.js';

/**
 * What a batch teaches about its outlets: each report whose outlet has another report in the batch is run through
 * the stages up to the place stage (a pipeline's `stages`), and the places it names vote for its outlet's locale
 * (`outlet-locale.ts`). Pass the result as `outletLocale` to `Pipeline.run`. Nothing when no outlet repeats or there
 * is no place stage — a report's places then depend on its own text only. Deterministic for a given batch, whatever
 * its order. `stored` adds the places of the outlets' reports already in the store (`storedOutletPlaces`), so a
 * paper's locale carries over from one day's ingest to the next.
 */
export function batchOutletLocales(stages: readonly Stage[], reports: readonly Report[], stored: readonly OutletReportPlaces[] = []): OutletLocaleOf | undefined {
  const perOutlet = new Map<string, number>();
  const outlets = reports.map(outletOf);
  for (const o of outlets) if (o) perOutlet.set(o, (perOutlet.get(o) ?? 0) + 1);
  const shared = reports.flatMap((r, i) => ((perOutlet.get(outlets[i] ?? '') ?? 0) >= 2 ? [{ r, outlet: outlets[i]! }] : []));
  const placeStage = stages.findIndex((s) => s.assigns.includes('places'));
  if ((shared.length === 0 && stored.length === 0) || placeStage < 0) return undefined;
  const upToPlaces = stages.slice(0, placeStage + 1);
  // Each report's vote is taken as soon as its places are read, so only the small votes stay in memory — not every
  // place mention with all its candidate readings, which for a batch of thousands ran to hundreds of megabytes.
  const fresh = shared.map(({ r, outlet }) => {
    const places = runStages(upToPlaces, r).mentions.filter((m): m is PlaceMention => m.kind === 'place');
    return { reportId: r.id, vote: localeVote(outlet, r.id, places) };
  });
  // A report in the batch that is also stored votes once, as analysed now.
  const inBatch = new Set(fresh.map((f) => f.reportId));
  const votes = [...fresh.map((f) => f.vote), ...stored.filter((s) => !inBatch.has(s.reportId)).map((p) => localeVote(p.outlet, p.reportId, p.places))];
  return learnOutletLocales(votes.filter((v): v is NonNullable<typeof v> => v !== undefined));
}

/** The outlets a batch names (`outletOf`), each once. */
export function outletsOf(reports: readonly Report[]): string[] {
  return [...new Set(reports.map(outletOf).filter((o): o is string => o !== undefined))];
}
