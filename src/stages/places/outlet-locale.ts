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
  // Each outlet's tally is summed once; a report's own votes are taken out when it asks, so a batch of n reports of
  // one outlet costs n, not n², however many reports the outlet has. Weights are counted in thousandths (shares are
  // rounded to three decimals) so that taking a vote out leaves exactly the sum of the others.
  const byOutlet = new Map<string, { tally: Map<string, UnitTally>; total: number; count: number; votes: Map<string, LocaleVote[]> }>();
  for (const v of votes) {
    let o = byOutlet.get(v.outlet);
    if (!o) byOutlet.set(v.outlet, (o = { tally: new Map(), total: 0, count: 0, votes: new Map() }));
    o.count++;
    o.votes.set(v.reportId, [...(o.votes.get(v.reportId) ?? []), v]);
    for (const [unit, u] of v.units) {
      const t = o.tally.get(unit) ?? { weight: 0, reports: 0, labels: [] };
      t.weight += milli(u.weight);
      t.reports++;
      t.labels.push({ reportId: v.reportId, label: u.label });
      o.total += milli(u.weight);
      o.tally.set(unit, t);
    }
  }
  return (report) => {
    const outlet = outletOf(report);
    // A wire story speaks its agency's lexicon, not the lexicon of the paper that prints it.
    const o = outlet && !isWireStory(report.text) ? byOutlet.get(outlet) : undefined;
    if (!o) return undefined;
    const own = o.votes.get(report.id) ?? [];
    let total = o.total;
    const tally = [...o.tally].flatMap(([unit, t]) => {
      const mine = own.flatMap((v) => v.units.get(unit) ?? []);
      const ownWeight = mine.reduce((w, m) => w + milli(m.weight), 0);
      total -= ownWeight;
      if (mine.length === t.reports) return [];
      // The unit's name as the first other report gives it.
      const label = t.labels.find((l) => l.reportId !== report.id)!.label;
      return [{ unit, weight: t.weight - ownWeight, reports: t.reports - mine.length, label }];
    });
    const [best] = tally.sort((a, b) => b.weight - a.weight || (a.unit < b.unit ? -1 : 1));
    if (!best || best.weight < MIN_SHARE * total) return undefined;
    if (best.reports < MIN_REPORTS && best.weight < milli(MIN_WEIGHT_OF_ONE_REPORT)) return undefined;
    return { unit: best.unit, label: best.label, evidence: `${outlet}: ${best.reports} of ${o.count - own.length} other reports name places there` };
  };
}

const milli = (w: number): number => Math.round(w * 1000);

interface UnitTally {
  /** Thousandths. */
  weight: number;
  reports: number;
  /** Each vote's name for the unit, in vote order. */
  labels: { reportId: string; label: string }[];
}
