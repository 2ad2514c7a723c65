import type { AnalyzedReport } from '../../model/analyzed-report.js';
import type { Gazetteer } from '../../resources/gazetteer/gazetteer.js';
import type { GazetteerEntry } from '../../resources/gazetteer/gazetteer-entry.js';
import { toponymKey } from '../../resources/gazetteer/toponym-key.js';
import { demonymPlace, inhabitantStems } from '../../stages/places/demonym-place.js';
import { documentContext, type ToponymGroup } from '../../stages/places/document-context.js';
import { listMates } from '../../stages/places/list-mates.js';
import { unitEntries } from '../../stages/places/unit-entries.js';
import { anchorFor } from '../../stages/places/place-anchor.js';
import { enclosingUnit } from '../../stages/places/enclosing-unit.js';
import { namesFeature, wordsOf } from '../../stages/places/place-words.js';
import { basePrecision } from '../../stages/places/place-kind.js';
import type { PlaceCue } from '../../stages/places/place-lexicon.js';
import { matchCues, sentenceAround } from '../../stages/places/match-cue.js';
import type { PlaceLexicon, PlaceLexicons } from '../../stages/places/place-lexicon.js';
import { resolveGroups } from '../../stages/places/resolve-groups.js';
import type { OutletLocale } from '../../model/place.js';
import { tokenize } from '../../stages/places/tokenize.js';
import type { Toponym } from './types.js';

/**
 * The gazetteer entries a given span can stand for: a listed abbreviation's place ("Conn.", "NSW"), else the
 * entries of its key, else — for a bare county name with no entry of its own ("Gwinnett", "Henrico") — the
 * counties of that name, else the places an inhabitant word comes from.
 */
function entriesFor(surface: string, key: string, cue: PlaceCue | undefined, lexicons: PlaceLexicon[], gazetteer: Gazetteer): GazetteerEntry[] {
  for (const l of lexicons) {
    const id = l.abbreviations.get(surface.trim());
    const entry = id ? gazetteer.byId(id) : undefined;
    if (entry) return [entry];
  }
  const own = unitEntries(gazetteer, key, surface, cue);
  if (own.length > 0) return own;
  const county = gazetteer.lookupEntries(toponymKey(`${surface} County`)).filter((e) => e.featureCode === 'ADM2');
  if (county.length > 0) return county;
  // An inhabitant word LGL tags as a toponym ("South Ossetians", "Ohioans"): the places of its stems.
  return inhabitantStems(surface).flatMap((n) => gazetteer.lookupEntries(toponymKey(n)));
}

/**
 * Resolution given the gold mentions: the place stage has no "resolve this span" entry point, so this runs its
 * resolution half on the gold spans instead of the spans it recognised — same gazetteer keys, cues, document
 * context (country focus, admin hints) and two-pass ranking (`resolveGroups`), one sense per key and cue.
 * Recognition filters (stop lists, `accept`) are skipped: the mention is given. The context is built from the gold
 * toponyms, as it would be from a perfect recogniser. A gold span the gazetteer lacks but the demonym list
 * knows resolves to that country.
 */
export function resolveGoldSpans(doc: AnalyzedReport, gold: readonly Toponym[], gazetteer: Gazetteer, all: PlaceLexicons, outletLocale?: OutletLocale): (Toponym | undefined)[] {
  const text = doc.report.text;
  const own = all.byLang.get(doc.lang);
  const lexicons = own ? [own] : [...all.byLang.values()];
  const cues = lexicons.flatMap((l) => l.cues).sort((a, b) => b.norm.length - a.norm.length);
  const tokens = tokenize(text, new Set(doc.sentences.map((s) => s.span.start)));
  const groups = new Map<string, ToponymGroup>();
  const spans = gold.map((t) => ({ start: t.start, end: t.end, key: toponymKey(t.surface) }));
  const words = wordsOf(lexicons);
  const mates = listMates(text, spans, words);
  const goldCues = matchCues(text, spans, cues, doc.sentences, words);
  // "Springfield, Ohio": the unit after the comma pins the name, as in the place stage.
  const pinned = spans.map((s) => {
    const id = lexicons.map((l) => l.abbreviations.get(text.slice(s.start, s.end).trim())).find((x) => x !== undefined);
    return id ? { ...s, placeId: id } : s;
  });
  const groupOf = gold.map((t, i) => {
    const cue = goldCues[i];
    const key = toponymKey(t.surface);
    const prefer = cue?.prefer ?? 'any';
    const within = enclosingUnit(text, spans[i]!, pinned[i + 1], gazetteer, words)?.unit;
    const id = `${key}|${prefer}|${within ?? ''}`;
    if (!groups.has(id)) {
      const entries = entriesFor(t.surface, key, cue, lexicons, gazetteer);
      const g: ToponymGroup = { id, key, prefer, surface: t.surface, entries, spelled: gazetteer.spelledAs(key, t.surface), standalone: true };
      if (namesFeature(t.surface, words)) g.namesFeature = true;
      if (cue) g.cueLabel = cue.text;
      if (within) g.within = within;
      const listed = mates.get(key);
      if (listed) g.listedWith = listed;
      groups.set(id, g);
    }
    const g = groups.get(id)!;
    g.mentions = (g.mentions ?? 0) + 1;
    return id;
  });
  const resolved = resolveGroups([...groups.values()], documentContext(tokens, [...groups.values()], lexicons, outletLocale));
  const tops = gold.map((t, i) => {
    // A nationality word the corpus tags as a toponym (LGL does: "Georgian", "Israelis") stands for its country,
    // whatever village its key also meets ("Irish" is not Irsch): the place stage never reads one as a place.
    const top = demonymPlace(t.surface, lexicons, gazetteer) ?? resolved.get(groupOf[i]!)?.ranked[0]?.entry;
    return top ? { span: { start: t.start, end: t.end }, precision: basePrecision(top), candidates: [top] } : undefined;
  });
  // A name the gazetteer lacks is placed as the place stage places an unlisted one: at the place its sentence puts
  // it in ("the village of Cellardyke in Fife"), else — the mention being a place for sure — at the place the
  // report names most.
  const found = tops.filter((x) => x !== undefined);
  return gold.map((t, i) => {
    const top = tops[i] ?? anchorFor(text, t, found, sentenceAround(doc.sentences, t), words.narrowingGap, 'most-named');
    const point = top?.candidates[0];
    return point ? { surface: t.surface, start: t.start, end: t.end, lat: point.lat, lon: point.lon } : undefined;
  });
}
