import type { GazetteerEntry } from '../../resources/gazetteer/gazetteer-entry.js';
import type { CoLocation } from './co-location.js';
import type { OutletLocale } from '../../model/place.js';
import { spellingFold } from '../../resources/gazetteer/toponym-key.js';
import { distanceKm } from './geo-distance.js';
import { isAdmin1, isCountry, isCurated, matchesPreference } from './place-kind.js';

/** What the rest of the report says about where it is: countries, admin-1 units, places already resolved. */
export interface DocumentContext {
  /** Country → weight and the words that put it there. */
  focus: Map<string, { weight: number; evidence: string[] }>;
  /** Key → the part of the focus its own mentions put there: a name is no evidence for itself ("Georgia"). */
  ownFocus: Map<string, Map<string, number>>;
  /** Admin-1 code → the mention that names the unit (as written, with its cue), that mention's key, and how many
   *  times the report names the unit. */
  adminHints: Map<string, AdminHint>;
  /** First-pass choices of the other toponyms, point-like ones only. */
  anchors: { key: string; entry: GazetteerEntry }[];
  /** Each key's reading chosen by the previous ranking pass (none before the first). */
  choices: Map<string, GazetteerEntry>;
  /** Countries the report names outright ("Russia"), with the keys that name them. */
  namedCountries: Map<string, Set<string>>;
  /** Every reading of every other name, for "some reading of another name lies next to this one". */
  coLocation: CoLocation;
  /** Where the outlet's readers live, when known: a local paper's "Paris" is theirs. */
  outletLocale?: OutletLocale;
}

export interface AdminHint {
  label: string;
  key: string;
  mentions: number;
}

/** What the ranking needs of a group of mentions of one name. */
export interface CandidateGroup {
  key: string;
  /** As written (first mention). */
  surface: string;
  entries: GazetteerEntry[];
  /** Ids of the entries with a name spelled as the text writes it (`Gazetteer.spelledAs`). */
  spelled?: Set<string>;
  prefer: string;
  cueLabel?: string;
  within?: string;
  listedWith?: ReadonlySet<string>;
  /** The name says what kind of natural feature it is ("the Red Sea"): `namesFeature` in place-words.ts. */
  namesFeature?: boolean;
}

export interface ScoredCandidate {
  entry: GazetteerEntry;
  raw: number;
  reasons: string[];
}

/**
 * Weights, in log-odds-like units. A population decade is worth 0.5, so a country bonus or a cue outweighs it
 * only for namesakes of similar size, while London (9 M) still beats a 2 600-inhabitant "Londres" in Argentina
 * even in a report about Syria.
 */
const W = {
  population: 0.5,
  // A continent has no population figure; its name beats any town called Africa or Asia.
  featureCode: { PPLC: 1.5, PPLA: 1.0, PPLA2: 0.6, PPLA3: 0.3, continent: 3.0 } as Record<string, number>,
  country: 3.0,
  admin1: 0.5,
  curated: 2.0,
  /** More for a curated feature whose name says its kind: "the Red Sea" is the sea, not Sudan's Red Sea state. */
  namedFeature: 2.0,
  cue: 4.0,
  within: 4.0,
  /** Per other name of the same list whose reading is of this entry's kind (at most three): countries listed with
   *  countries, states with states (in lists of three or more). */
  listKind: 1.5,
  focus: 1.5,
  /** More for a country most of the report's names lie in. */
  strongFocus: 3.0,
  /** A state or province of the report's country outranks a foreign country of the same name ("Georgia"); against
   *  a town of the same name (Raqqa) it gets nothing more. */
  admin1Focus: 2.0,
  adminHint: 1.0,
  /** More for the state or province the report names most, at least twice and twice as often as any other: local
   *  news names its own state again and again ("Indiana" five times, "Ohio" once puts Boone County in Indiana). */
  dominantAdmin: 1.5,
  /** The name is spelled as one of the entry's names, not only a variant that folds to the same key (Iraq, not
   *  Arāk, whose alternate name "Irak" shares the key; Palmyra for Tadmur, whose alternate name it is). */
  exactName: 1.5,
  /** Less when the spelling is one of its other names: the name an entry goes by says more ("New York" is the
   *  state's own name and the city's other one), but exonyms count (Palmyra for Tadmur). */
  exactAlternateName: 1.0,
  /** More for a national capital that is the only reading going by the name as written: "Islamabad" in a report
   *  about India is Pakistan's capital, not Anantnag, which GeoNames also knows as Islamabad. A namesake going by
   *  the same own name (Athens, Georgia) gets no such help against it. */
  capitalName: 2.5,
  /** A city of 100,000 or more in a country the report names outright: Moscow in Russia when "Russia" is written,
   *  however many American towns the report also names. Not for small towns (Cairo, Georgia, in a report naming
   *  the US) nor for a name that is also another country's or province's ("China", Maine;
   *  Ontario, California). */
  namedCountry: 1.5,
  namedCountryMinPopulation: 100_000,
  /** Per other name with a reading beside this one (at most three), scaled down for names with many readings:
   *  one of eighty Washingtons lies beside almost anything. */
  coLocated: 1.0,
  /** A name with up to this many readings counts in full beside a candidate. */
  specificReadings: 8,
  /** A reading in the outlet's own state or province (`inOutletLocale`): about five population decades, so a
   *  Texas paper's "Paris" is Paris, Texas, but a named country still outranks a town. */
  outletLocale: 2.5,
  near: [
    [50, 2.0],
    [150, 1.0],
    [400, 0.3],
  ] as const,
};

export function scoreCandidates(g: CandidateGroup, ctx: DocumentContext): ScoredCandidate[] {
  const rivalCountry = g.entries.some(isCountry);
  // Countries with a country or a province of this name: no namesake city in another country gets their
  // naming's help (Ontario, California, is not made likelier by "the United States").
  const unitCountries = new Set(g.entries.filter((e) => isCountry(e) || isAdmin1(e)).map((e) => e.countryCode));
  const scored = g.entries.map((e) => scoreOne(g, e, ctx, rivalCountry, unitCountries));
  // Ties go to the larger place, then to the id, so the output never depends on index order.
  scored.sort(
    (a, b) => b.raw - a.raw || b.entry.population - a.entry.population || (a.entry.placeId < b.entry.placeId ? -1 : 1),
  );
  return scored;
}

function scoreOne(g: CandidateGroup, e: GazetteerEntry, ctx: DocumentContext, rivalCountry: boolean, unitCountries: Set<string>) {
  const { key, prefer, cueLabel, within } = g;
  const reasons: string[] = [];
  let raw = W.population * Math.log10(e.population + 1);
  if (e.population > 0) reasons.push(`population prior ${e.population}`);
  const fc = W.featureCode[e.featureCode];
  if (fc) {
    raw += fc;
    reasons.push(`feature ${e.featureClass}.${e.featureCode}`);
  }
  if (isCountry(e)) {
    raw += W.country;
    reasons.push('country name');
  } else if (isAdmin1(e)) {
    raw += W.admin1;
    reasons.push('admin-1 name');
  } else if (isCurated(e)) {
    raw += W.curated;
    reasons.push(`curated ${e.featureClass}`);
    if (g.namesFeature) {
      raw += W.namedFeature;
      reasons.push('the name says what kind of feature it is (place-words feature-noun)');
    }
  }
  if (prefer !== 'any' && matchesPreference(e, prefer)) {
    raw += W.cue;
    reasons.push(`cue '${cueLabel ?? ''}' asks for ${prefer}`);
  }
  if (within && !isCountry(e) && (within === e.countryCode || within === `${e.countryCode}.${e.admin1 ?? ''}`)) {
    raw += W.within;
    reasons.push(`named with ${within}`);
  }
  const focus = ctx.focus.get(e.countryCode);
  const weight = (focus?.weight ?? 0) - (ctx.ownFocus.get(key)?.get(e.countryCode) ?? 0);
  if (focus && weight > 0) {
    raw += W.focus * Math.min(1, weight / 2) + W.strongFocus * Math.min(1, Math.max(0, weight - 2) / 4);
    reasons.push(`country focus ${e.countryCode} (${[...new Set(focus.evidence)].slice(0, 4).join(', ')})`);
    if (rivalCountry && isAdmin1(e) && weight >= 2) raw += W.admin1Focus;
  }
  const named = ctx.namedCountries.get(e.countryCode);
  const foreignUnit = [...unitCountries].some((cc) => cc !== e.countryCode);
  if (named && !foreignUnit && e.population >= W.namedCountryMinPopulation && ![...named].every((k) => k === key)) {
    raw += W.namedCountry;
    reasons.push(`the report names ${e.countryCode}`);
  }
  if (g.spelled?.has(e.placeId)) {
    const own = spellingFold(e.name) === spellingFold(g.surface);
    raw += own ? W.exactName : W.exactAlternateName;
    reasons.push(own ? 'spelled as its name' : 'spelled as one of its other names');
    if (own && e.featureCode === 'PPLC' && soleOwnName(g, e)) {
      raw += W.capitalName;
      reasons.push('a national capital, spelled as its name');
    }
  }
  if (ctx.outletLocale && inOutletLocale(g, e, ctx.outletLocale)) {
    raw += W.outletLocale;
    reasons.push(`outlet locale ${ctx.outletLocale.unit} ${ctx.outletLocale.label} (${ctx.outletLocale.evidence})`);
  }
  raw += listKind(g, e, ctx, reasons);
  raw += neighbourhood(key, e, ctx, rivalCountry, reasons);
  const hint = e.admin1 ? ctx.adminHints.get(`${e.countryCode}.${e.admin1}`) : undefined;
  // A unit's own name is no hint for a town that shares it ("Minnesota" does not put Minneota in Minnesota).
  if (hint && !isAdmin1(e) && hint.key !== key) {
    const dominant = isDominant(hint, ctx.adminHints);
    raw += W.adminHint + (dominant ? W.dominantAdmin : 0);
    reasons.push(`admin hint ${e.countryCode}.${e.admin1} from '${hint.label}'${dominant ? `, named ${hint.mentions} times` : ''}`);
  }
  return { entry: e, raw, reasons };
}

/**
 * The reading lies in the outlet's own state or province — a town, a county, the unit itself — and is not a town
 * sharing the name of another state of the readers' country: a local paper's "Kansas" is the state, not Kansas,
 * Illinois. (A town sharing a foreign country's name keeps the help: a Minnesota paper's "Jordan" is Jordan, MN.)
 */
function inOutletLocale(g: CandidateGroup, e: GazetteerEntry, locale: OutletLocale): boolean {
  if (isCountry(e) || !e.admin1 || `${e.countryCode}.${e.admin1}` !== locale.unit) return false;
  if (isAdmin1(e)) return true;
  const localCountry = locale.unit.split('.')[0];
  return !g.entries.some((o) => isAdmin1(o) && o.countryCode === localCountry);
}

function isDominant(hint: AdminHint, all: ReadonlyMap<string, AdminHint>): boolean {
  if (hint.mentions < 2) return false;
  for (const other of all.values()) if (other !== hint && other.mentions * 2 > hint.mentions) return false;
  return true;
}

type ReadingKind = 'country' | 'admin1' | 'locality' | 'other';

function kindOf(e: GazetteerEntry): ReadingKind {
  if (isCountry(e)) return 'country';
  if (isAdmin1(e)) return 'admin1';
  return e.featureClass === 'P' ? 'locality' : 'other';
}

/** The names listed with this one all read as one kind, and this entry is of that kind. */
function listKind(g: CandidateGroup, e: GazetteerEntry, ctx: DocumentContext, reasons: string[]): number {
  if (!g.listedWith || g.listedWith.size === 0) return 0;
  const mates = [...g.listedWith].map((k) => ctx.choices.get(k)).filter((m) => m !== undefined);
  const kind = kindOf(e);
  if (mates.length === 0 || kind === 'other' || mates.some((m) => kindOf(m) !== kind)) return 0;
  // A pair is weak evidence but for countries: "New York City and Florida" pairs a city with a state.
  if (mates.length === 1 && kind !== 'country') return 0;
  reasons.push(`listed with ${kind === 'country' ? 'countries' : kind === 'admin1' ? 'admin-1 units' : 'localities'} (${mates.slice(0, 3).map((m) => m.name).join(', ')})`);
  return W.listKind * Math.min(3, mates.length);
}

/**
 * What the other names say about where this reading lies: near their chosen readings (proximity), or beside any
 * of their readings (co-location) — whichever says more, since a neighbour's chosen reading is counted by both.
 */
function neighbourhood(key: string, e: GazetteerEntry, ctx: DocumentContext, rivalCountry: boolean, reasons: string[]): number {
  // A town called Russia or China is not made likelier by its neighbours: the country is meant.
  const beside = rivalCountry ? [] : ctx.coLocation.neighbours(key, e);
  const weight = beside.reduce((sum, b) => sum + Math.min(1, W.specificReadings / b.readings), 0);
  const coLocated = W.coLocated * Math.min(3, weight);
  const near: string[] = [];
  const prox = proximity(key, e, ctx, near);
  if (prox >= coLocated) {
    reasons.push(...near);
    return prox;
  }
  reasons.push(`beside a reading of ${beside.slice(0, 3).map((b) => b.surface).join(', ')}`);
  return coLocated;
}

function proximity(key: string, e: GazetteerEntry, ctx: DocumentContext, reasons: string[]): number {
  if (isCountry(e) || isAdmin1(e)) return 0;
  let best: { d: number; a: GazetteerEntry } | undefined;
  for (const a of ctx.anchors) {
    if (a.key === key || a.entry.placeId === e.placeId) continue;
    const d = distanceKm(e.lat, e.lon, a.entry.lat, a.entry.lon);
    if (!best || d < best.d) best = { d, a: a.entry };
  }
  if (!best) return 0;
  for (const [km, w] of W.near) {
    if (best.d <= km) {
      reasons.push(`near ${best.a.name} (${best.a.placeId}), ${Math.round(best.d)} km`);
      return w;
    }
  }
  return 0;
}

/** Turn raw scores into shares that sum to one over the candidates (softmax). */
export function normalise(scored: ScoredCandidate[]): number[] {
  const max = Math.max(...scored.map((s) => s.raw));
  const exps = scored.map((s) => Math.exp(s.raw - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((x) => Math.round((x / sum) * 1000) / 1000);
}

/**
 * No reading in another country goes by the name as written (`exactName`'s sense of own name); the capital's own
 * territory or province (Islamabad Capital Territory, named "Islamabad") is no rival.
 */
function soleOwnName(g: CandidateGroup, e: GazetteerEntry): boolean {
  const written = spellingFold(g.surface);
  return !g.entries.some((o) => o.countryCode !== e.countryCode && spellingFold(o.name) === written);
}
