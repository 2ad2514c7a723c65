import type { PlaceMention } from '../../model/mention.js';
import type { OutletLocale, PlaceCandidate } from '../../model/place.js';
import type { Report } from '../../model/report.js';
import { isWireStory } from './dateline.js';

const unitOf = (c: PlaceCandidate): string | undefined => (c.admin1 && c.featureCode !== 'PCLI' ? `${c.countryCode}.${c.admin1}` : undefined);

/** The outlet a report names, else its URL's host without "www." (`thetowntalk.com`), else nothing. */
export function outletOf(report: Report): string | undefined {
  if (report.source.outlet) return report.source.outlet;
  if (!report.source.url) return undefined;
  try {
    return new URL(report.source.url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** The locale of a report's outlet, or nothing when its outlet is unknown or has no clear locale. */
export type OutletLocaleOf = (report: Report) => OutletLocale | undefined;

/** What one report says about where its outlet is: weight per admin-1 unit. */
export interface LocaleVote {
  outlet: string;
  reportId: string;
  units: Map<string, { weight: number; label: string }>;
}

/** An outlet needs this many other reports pointing at one unit, or one that points there heavily (the state
 *  named twice, or four places surely in it)… */
const MIN_REPORTS = 2;
const MIN_WEIGHT_OF_ONE_REPORT = 4;
/** …and that unit must carry at least this share of all the weight its other reports give to units. */
const MIN_SHARE = 0.4;
/** A state or province named outright says more about the readers than a town in it. */
const UNIT_NAME_WEIGHT = 2;

/**
 * The admin-1 units a report's chosen places lie in, each mention weighted by how sure its resolution is (a
 * lone "Richmond" read as Virginia at a 0.4 share says little), a unit named outright weighing more. Countries
 * say nothing about a unit; names the gazetteer lacks (streets, `unl:`) are placed at other places and would
 * count those twice.
 */
export function localeVote(outlet: string, reportId: string, places: readonly PlaceMention[]): LocaleVote | undefined {
  const units = new Map<string, { weight: number; label: string }>();
  for (const p of places) {
    const top = p.candidates[0];
    const unit = top && !top.placeId.startsWith('unl:') ? unitOf(top) : undefined;
    if (!top || !unit) continue;
    const u = units.get(unit) ?? { weight: 0, label: top.admin1Name ?? unit };
    u.weight += top.featureCode === 'ADM1' ? UNIT_NAME_WEIGHT : top.score;
    units.set(unit, u);
  }
  return units.size > 0 ? { outlet, reportId, units } : undefined;
}

/**
 * The locale of each outlet's reports, learned from the outlet's other reports in the batch (never from the
 * report itself, so one report's misreading does not confirm itself): the unit that carries the most weight, if
 * it carries enough of it and two reports point there (or one, heavily). Outlets with readers everywhere
 * (agencies, national papers) spread their weight and get no locale.
 */
export function learnOutletLocales(votes: readonly LocaleVote[]): OutletLocaleOf {
  const byOutlet = new Map<string, LocaleVote[]>();
  for (const v of votes) byOutlet.set(v.outlet, [...(byOutlet.get(v.outlet) ?? []), v]);
  return (report) => {
    const outlet = outletOf(report);
    // A wire story speaks its agency's lexicon, not the lexicon of the paper that prints it.
    if (!outlet || isWireStory(report.text)) return undefined;
    const others = (byOutlet.get(outlet) ?? []).filter((v) => v.reportId !== report.id);
    const tally = new Map<string, { weight: number; reports: number; label: string }>();
    let total = 0;
    for (const v of others) {
      for (const [unit, u] of v.units) {
        const t = tally.get(unit) ?? { weight: 0, reports: 0, label: u.label };
        t.weight += u.weight;
        t.reports++;
        total += u.weight;
        tally.set(unit, t);
      }
    }
    const [best] = [...tally].sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1));
    if (!best || best[1].weight < MIN_SHARE * total) return undefined;
    if (best[1].reports < MIN_REPORTS && best[1].weight < MIN_WEIGHT_OF_ONE_REPORT) return undefined;
    return { unit: best[0], label: best[1].label, evidence: `${outlet}: ${best[1].reports} of ${others.length} other reports name places there` };
  };
}
