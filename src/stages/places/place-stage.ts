import type { AnalyzedReport } from '../../model/analyzed-report.js';
import type { PlaceMention } from '../../model/mention.js';
import type { TextSpan } from '../../model/span.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { toCandidate, type Gazetteer } from '../../resources/gazetteer/gazetteer.js';
import { accept, buildMention, type CuedToponym } from './build-mentions.js';
import { documentContext, type ToponymGroup } from './document-context.js';
import type { DocumentContext } from './score-candidates.js';
import { findAbbreviations } from './find-abbreviations.js';
import { findStreets } from './find-streets.js';
import { filterToponyms, isCurrency, type KeptToponym } from './filter-toponyms.js';
import { findToponyms } from './find-toponyms.js';
import { listMates } from './list-mates.js';
import { matchCues } from './match-cue.js';
import { loadPlaceLexicons, type PlaceCue, type PlaceLexicon, type PlaceLexicons } from './place-lexicon.js';
import { hasCuratedNames, isCountry, isProminent } from './place-kind.js';
import { unitEntries } from './unit-entries.js';
import { findUnlistedPlaces } from './unlisted-places.js';
import { enclosingUnit } from './enclosing-unit.js';
import { namesFeature, wordsOf } from './place-words.js';
import { resolveGroups } from './resolve-groups.js';
import type { OutletLocale } from '../../model/place.js';
import type { OutletLocaleOf } from './outlet-locale.js';
import { tokenize, type Token } from './tokenize.js';
import { toponymKey } from '../../resources/gazetteer/toponym-key.js';

/** Places at least this large keep their name even where the report also uses it as a surname ("Metro Atlanta"). */
const SURNAME_MAX_POPULATION = 100_000;

export const PLACE_STAGE_ID = 'places.gazetteer@1';

export interface PlaceStageOptions {
  /** Word lists; read from resources/ when omitted. */
  lexicons?: PlaceLexicons;
  /** Candidates kept per mention (the first is the chosen one). */
  maxCandidates?: number;
  /** Where the report's outlet has its readers, when known (`outlet-locale.ts`); else the run's context says. */
  outletLocale?: OutletLocaleOf;
}

/**
 * Toponym recognition and resolution without a statistical model: gazetteer n-grams, capitalisation, stop lists,
 * cues, then ranking by priors and by what the rest of the report says. Needs only the text; uses sentence spans
 * when an earlier stage has set them.
 */
export function createPlaceStage(gazetteer: Gazetteer, options: PlaceStageOptions = {}): Stage {
  const lexicons = options.lexicons ?? loadPlaceLexicons();
  const maxCandidates = options.maxCandidates ?? 3;
  return {
    id: PLACE_STAGE_ID,
    requires: [],
    assigns: ['places'],
    run(doc: AnalyzedReport, ctx: StageContext): AnalyzedReport {
      try {
        const locale = (options.outletLocale ?? ctx.outletLocale)?.(doc.report);
        const places = recognise(doc, gazetteer, lexicons, maxCandidates, locale);
        return { ...doc, mentions: [...doc.mentions.filter((m) => m.kind !== 'place'), ...places] };
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        return { ...doc, diagnostics: [...doc.diagnostics, { stage: PLACE_STAGE_ID, code: 'E_PLACES_FAILED', message }] };
      }
    },
  };
}

function lexiconsFor(doc: AnalyzedReport, all: PlaceLexicons): PlaceLexicon[] {
  const own = all.byLang.get(doc.lang);
  // Cues and stop words of the report's language; for an unknown language every list applies.
  return own ? [own] : [...all.byLang.values()];
}

export function recognise(doc: AnalyzedReport, gazetteer: Gazetteer, all: PlaceLexicons, maxCandidates: number, outletLocale?: OutletLocale): PlaceMention[] {
  const text = doc.report.text;
  const lexicons = lexiconsFor(doc, all);
  const cues = lexicons.flatMap((l) => l.cues).sort((a, b) => b.norm.length - a.norm.length);
  const tokens = tokenize(text, new Set(doc.sentences.map((s) => s.span.start)));
  const words = wordsOf(lexicons);
  const found = filterToponyms(text, tokens, findToponyms(text, tokens, gazetteer, all.particles, (w) => lexicons.some((l) => l.stoplist.has(w)), words.featureNouns, all.openers), lexicons, all.particles);
  const abbreviations = findAbbreviations(text, lexicons).filter((a) => gazetteer.byId(a.placeId) && !isCurrency(text, a));
  const streets = findStreets(text, tokens, lexicons);
  const inStreet = (s: { start: number; end: number }) => streets.some((x) => x.start < s.end && s.start < x.end);
  // A name inside a longer actor name the actor stage found ("Cour pénale internationale", "Vladimir Poutine", "US-led
  // coalition") is part of that name, not a place; a country or capital standing for its state (same span) stays.
  const actorNames = doc.mentions.filter((m) => m.kind === 'actor').map((m) => m.span);
  const inActorName = (s: { start: number; end: number }) => actorNames.some((a) => a.start <= s.start && s.end <= a.end && a.end - a.start > s.end - s.start);
  let spans: (KeptToponym & { placeId?: string })[] = [
    ...found.filter((s) => !abbreviations.some((a) => a.start < s.end && s.start < a.end) && !inStreet(s) && !inActorName(s)),
    ...abbreviations.map((a) => abbreviationSpan(text, tokens, a.start, a.end, a.placeId)),
  ].sort((a, b) => a.start - b.start);

  // A word used as a surname in this report ("Gordon Brown", "Sen. Brown") is a surname when it stands alone too,
  // unless a cue says it is a place ("in Brown").
  const surnames = new Set(spans.filter((s) => s.surnamePosition).map((s) => s.key));
  // A surname the report writes after a given name ("Governor David Paterson") is that person in any surname slot,
  // whatever the size of the town that shares it: "Paterson says he issued the declaration".
  const personSurnames = new Set(spans.filter((s) => s.personName === 'surname').map((s) => s.key));
  // Likewise a name the report uses as an eponym ("Marburg virus"): "Marburg kills more slowly" is the disease…
  const eponyms = new Set(spans.filter((s) => s.eponym).map((s) => s.key));
  spans = spans.filter((s) => !s.personName && !s.eponym);
  const mates = listMates(text, spans.filter((s) => !s.insideName), words);
  const spanCues = matchCues(text, spans, cues, doc.sentences, words);
  const groups = new Map<string, ToponymGroup>();
  const cued: CuedToponym[] = spans.map((s, i) => {
    const cue = spanCues[i];
    const prefer = cue?.prefer ?? 'any';
    const encl = enclosingUnit(text, s, spans[i + 1], gazetteer, words);
    const within = encl?.unit ?? (cue ? nationalityBeforeCue(text, s, cue, lexicons) : undefined);
    const groupId = s.placeId ? `${s.key}|abbr:${s.placeId}` : `${s.key}|${prefer}|${s.curatedOnly ? 'c' : ''}|${within ?? ''}`;
    let g = groups.get(groupId);
    if (!g) {
      const surface = text.slice(s.start, s.end);
      const entries = s.placeId
        ? [gazetteer.byId(s.placeId)!]
        : unitEntries(gazetteer, s.key, surface, cue).filter((e) => !s.curatedOnly || hasCuratedNames(e));
      g = { id: groupId, key: s.key, prefer, surface, entries, spelled: gazetteer.spelledAs(s.key, surface), standalone: false };
      if (namesFeature(surface, words)) g.namesFeature = true;
      if (cue) g.cueLabel = cue.text;
      if (within) g.within = within;
      if (encl?.stated) g.withinStated = true;
      const listed = mates.get(s.key);
      if (listed) g.listedWith = listed;
      groups.set(groupId, g);
    }
    if (!s.insideName) g.standalone = true;
    g.mentions = (g.mentions ?? 0) + 1;
    const { placeId: _id, ...rest } = s;
    const c: CuedToponym = { ...rest, groupId };
    if (cue) c.cue = cue;
    return c;
  });

  const ctx = documentContext(tokens, [...groups.values()], lexicons, outletLocale);
  const resolved = resolveGroups([...groups.values()], ctx);
  const firstId = new Map<string, string>();
  const out: PlaceMention[] = [];
  const outsideStatedUnit = new Set<number>();
  const kept = (t: CuedToponym): boolean => {
    const top = resolved.get(t.groupId)?.ranked[0];
    if (!top) return false;
    const g = groups.get(t.groupId)!;
    // Weak evidence (a capitalised word in a name, a surname) is trusted only for a place spelled as written:
    // "Chan said" is not Anshan, "World War II" not Warri, though their keys meet.
    const spelled = g.spelled?.has(top.entry.placeId) ?? false;
    if (!accept(t, top.entry, ctx, g.within, spelled)) return false;
    // "Kuriga, in northwestern Kaduna state" with no Kuriga in Kaduna: the Moroccan town its key meets is not meant;
    // the name is left to the unlisted places, which put it in Kaduna.
    if (g.withinStated && g.within && !isCountry(top.entry) && g.within !== top.entry.countryCode && g.within !== `${top.entry.countryCode}.${top.entry.admin1 ?? ''}`) {
      outsideStatedUnit.add(t.start);
      return false;
    }
    if (personSurnames.has(t.key) && t.surnamePosition && !t.cue) return false;
    // …unless cued, pinned by its unit ("Reston, Virginia") or a large city ("Melbourne's spring racing").
    if (eponyms.has(t.key) && !t.cue && !g.within && !isProminent(top.entry, SURNAME_MAX_POPULATION)) return false;
    return t.insideName || !!t.cue || !surnames.has(t.key) || (spelled && isProminent(top.entry, SURNAME_MAX_POPULATION));
  };
  // A name the report also uses as a place on its own is that place inside a longer name too: "the Dublin City
  // Council" in a report about Dublin, Ohio.
  const keep = cued.map(kept);
  const placeKeys = new Set(cued.filter((t, i) => !t.insideName && keep[i]).map((t) => t.key));
  for (const [i, t] of cued.entries()) {
    const g = groups.get(t.groupId)!;
    const res = resolved.get(t.groupId);
    if (!res || !(keep[i] || (t.insideName && placeKeys.has(t.key)))) continue;
    const id = `p${out.length + 1}`;
    out.push(buildMention(id, t, g, res, firstId.get(t.groupId), maxCandidates));
    if (!firstId.has(t.groupId)) firstId.set(t.groupId, id);
  }
  const taken = [...found.filter((f) => !outsideStatedUnit.has(f.start)), ...abbreviations, ...streets];
  const unlisted = findUnlistedPlaces(text, tokens, out, taken, cues, lexicons, all.particles, doc.sentences, words, focusCountryMention(ctx, gazetteer));
  // A landform the gazetteer lacks ("Salinas Valley") replaces the town its first word named.
  const known = out.filter((m) => !unlisted.some((u) => u.span.start < m.span.end && m.span.start < u.span.end));
  return renumbered([...known, ...unlisted, ...streetMentions(text, known, streets)]);
}

/**
 * Streets as places inside the report's most-named town (local news names its own town most). Without such a town
 * the streets are left out.
 */
function streetMentions(text: string, out: PlaceMention[], streets: TextSpan[]): PlaceMention[] {
  const counts = new Map<string, { n: number; m: PlaceMention }>();
  for (const m of out) {
    const c = m.candidates[0];
    if (!c || c.featureClass !== 'P') continue;
    const e = counts.get(c.placeId);
    if (e) e.n++;
    else counts.set(c.placeId, { n: 1, m });
  }
  let home: { n: number; m: PlaceMention } | undefined;
  for (const e of counts.values()) if (!home || e.n > home.n) home = e;
  if (!home) return [];
  const town = home.m.candidates[0]!;
  return streets.map((s) => ({
    kind: 'place',
    id: '',
    span: { start: s.start, end: s.end },
    rule: 'places:street',
    confidence: 0.5,
    candidates: [{ ...town, score: 1 }],
    precision: 'near-locality',
    reasons: [`street '${text.slice(s.start, s.end)}' placed in ${town.name}, the report's most-named town (${home!.m.id})`],
  }));
}

/** Every mention in text order, numbered p1, p2, …, with the ids its reasons cite renumbered to match. */
function renumbered(mentions: PlaceMention[]): PlaceMention[] {
  const all = [...mentions].sort((a, b) => a.span.start - b.span.start);
  const ids = new Map(all.filter((m) => m.id).map((m) => [m.id, `p${all.indexOf(m) + 1}`]));
  return all.map((m, i) => ({
    ...m,
    id: `p${i + 1}`,
    // Reasons cite other mentions as "same resolution as p3" or "(p3)".
    reasons: m.reasons.map((r) => r.replace(/(same resolution as |\()(p\d+)\b/g, (_, pre: string, id: string) => `${pre}${ids.get(id) ?? id}`)),
  }));
}

/** A listed abbreviation as a kept toponym: never a fragment of a person's name, whatever its position. */
function abbreviationSpan(text: string, tokens: Token[], start: number, end: number, placeId: string): KeptToponym & { placeId: string } {
  const first = Math.max(0, tokens.findIndex((t) => t.end > start));
  let last = tokens.findIndex((t) => t.start >= end);
  if (last < 0) last = tokens.length;
  return { start, end, first, last, key: toponymKey(text.slice(start, end)), curatedOnly: false, insideName: false, sentenceInitial: false, placeId };
}


/**
 * "the Yemeni town of Turbah": a nationality word right before a kind-naming cue says which country the place is in
 * (a French adjective follows the noun, "la ville yéménite de", and is not read here).
 */
function nationalityBeforeCue(text: string, s: TextSpan, cue: PlaceCue, lexicons: readonly PlaceLexicon[]): string | undefined {
  if (cue.position !== 'before' || cue.prefer === 'any' || cue.prefer === 'country') return undefined;
  const before = text.slice(Math.max(0, s.start - cue.text.length - 40), s.start);
  const at = before.toLowerCase().lastIndexOf(cue.text.toLowerCase());
  if (at < 0) return undefined;
  const word = /([\p{L}-]+)\s+$/u.exec(before.slice(0, at))?.[1]?.toLowerCase();
  return word ? lexicons.map((l) => l.demonyms.get(word)).find((cc) => cc !== undefined) : undefined;
}

/**
 * "L'armée angolaise a repris la ville d'Andulo": with no place named but the nationality words of one clear country,
 * that country (as a mention of no span) is where an unlisted town a cue names is placed. Clear: its weight is more
 * than all other countries' together.
 */
function focusCountryMention(ctx: DocumentContext, gazetteer: Gazetteer): PlaceMention | undefined {
  const ranked = [...ctx.focus.entries()].sort((a, b) => b[1].weight - a[1].weight);
  const [top, ...rest] = ranked;
  if (!top || top[1].weight <= rest.reduce((n, [, f]) => n + f.weight, 0)) return undefined;
  const entry = gazetteer.byId(`country:${top[0]}`);
  if (!entry) return undefined;
  const reasons = [`the country the report's nationality words point to (${top[1].evidence.join(', ')})`];
  return { kind: 'place', id: 'focus', span: { start: 0, end: 0 }, rule: 'places:focus-country', confidence: 0.4, candidates: [{ ...toCandidate(entry), score: 1 }], precision: 'country', reasons };
}
