import type { PlaceCandidate, PlacePrecision } from '../../model/place.js';
import type { PlaceMention } from '../../model/mention.js';
import type { TextSpan } from '../../model/span.js';
import { toponymKey } from '../../resources/gazetteer/toponym-key.js';
import { cueText } from './cue-text.js';
import type { PlaceWords } from './place-words.js';
import { listRuns, spreadListCues } from './list-mates.js';
import { matchCue, ownCue, sentenceAround } from './match-cue.js';
import { anchorFor, inSameSentence } from './place-anchor.js';
import { isLandformWord, type PlaceCue, type PlaceLexicon } from './place-lexicon.js';
import type { Token } from './tokenize.js';

/**
 * Places the gazetteer lacks. GeoNames' cities500 misses many villages, hamlets and districts — the places where
 * much fighting happens ("the village of Prisi", "the town of Akuressa", "les villages de Nuli et d'Avnevi"). A
 * capitalised name that a cue calls a place of some kind, or that the text pins to a known place ("in Greenlane,
 * Auckland"), is kept as a place: named as written, placed at the known place the sentence puts it in, with the
 * precision that point deserves. Bare prepositions ("in", "near") are never enough on their own.
 */

/** Name words in one unlisted name, at most. */
const MAX_WORDS = 4;
const SHORT_ACRONYM = /^\p{Lu}{1,4}$/u;
/** A town at least this large pins an unknown name written before it ("Greenlane, Auckland"). */
const PINNING_TOWN = 100_000;
/** How far after the name its unit may start, cue included (", dans le nord-ouest du Mali"). */
const PIN_REACH = 30;

interface NameRun extends TextSpan {
  key: string;
  first: number;
  last: number;
}

/** Start offsets of the tokens some span overlaps, in one sweep over both sorted lists. */
function coveredTokens(tokens: readonly Token[], spans: readonly TextSpan[]): Set<number> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out = new Set<number>();
  let k = 0;
  let reach = -1;
  for (const t of tokens) {
    while (k < sorted.length && sorted[k]!.start < t.end) reach = Math.max(reach, sorted[k++]!.end);
    if (reach > t.start) out.add(t.start);
  }
  return out;
}

/** Maximal runs of capitalised words (particles allowed inside: "Ceamurlia de Jos", "Bab el-Oued") outside `taken`. */
function nameRuns(text: string, tokens: Token[], taken: readonly TextSpan[], particles: Set<string>, blocked: (w: string) => boolean): NameRun[] {
  const covered = coveredTokens(tokens, taken);
  const isTaken = (t: Token) => covered.has(t.start);
  const out: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.upper || t.elision || isTaken(t) || blocked(t.text.toLowerCase())) {
      i++;
      continue;
    }
    let last = i + 1;
    let end = i + 1;
    while (end < tokens.length && end - i < MAX_WORDS * 2) {
      const a = tokens[end - 1]!;
      const b = tokens[end]!;
      if (a.elision || !/^(?: |-|['’])$/.test(text.slice(a.end, b.start)) || isTaken(b)) break;
      if (b.upper && !blocked(b.text.toLowerCase())) last = end + 1;
      else if (!particles.has(b.text)) break;
      end++;
    }
    const first = tokens[i]!;
    const lastTok = tokens[last - 1]!;
    const single = last === i + 1;
    if (last - i <= MAX_WORDS && !(single && SHORT_ACRONYM.test(first.text))) {
      out.push({ start: first.start, end: lastTok.end, key: toponymKey(text.slice(first.start, lastTok.end)), first: i, last });
    }
    i = last;
  }
  return out;
}

/**
 * "Salinas Valley", "Plum Island": capitalised name words and a landform noun the gazetteer has no entry for as a
 * whole. The name words may be a known place's ("Salinas"): the landform is then the place meant, not the town.
 */
function landformRuns(text: string, tokens: Token[], taken: readonly TextSpan[], lexicons: PlaceLexicon[], blocked: (w: string) => boolean): (NameRun & { head: string })[] {
  const out: (NameRun & { head: string })[] = [];
  tokens.forEach((t, j) => {
    if (!t.upper || !isLandformWord(lexicons, t.text)) return;
    if (taken.some((s) => s.start <= t.start && t.end <= s.end && s.start < t.start)) return; // "Jordan Valley" is known
    // More name after it makes it part of a longer name: "Thames Valley District School Board", "Antelope Valley
    // Freeway", "a Jordan Valley-style clinic".
    const next = tokens[j + 1];
    if (text[t.end] === '-' || (next && next.upper && text.slice(t.end, next.start) === ' ')) return;
    let i = j;
    while (i > 0 && j - i < MAX_WORDS - 1) {
      const p = tokens[i - 1]!;
      if (!p.upper || p.elision || SHORT_ACRONYM.test(p.text) || text.slice(p.end, tokens[i]!.start) !== ' ' || blocked(p.text.toLowerCase())) break;
      i--;
    }
    if (i === j) return;
    const start = tokens[i]!.start;
    out.push({ start, end: t.end, key: toponymKey(text.slice(start, t.end)), first: i, last: j + 1, head: t.text });
  });
  return out;
}

/** The known place right after the name and a comma, when it is a unit, a country or a sizeable town. */
function pinningUnit(text: string, run: TextSpan, mentions: readonly PlaceMention[], words: PlaceWords): PlaceMention | undefined {
  const m = mentions.find((x) => x.span.start > run.end && x.span.start <= run.end + PIN_REACH);
  if (!m) return undefined;
  // ", Somalia", ", northern Yemen", " in central Mali", ", dans le nord du Mali": a comma or "in", then the
  // unit with its own cue at most.
  // Compared in cue normal form (cue-text.ts), an article before the name dropped as matchCue drops it: "dans
  // l'ouest du" is the cue "dans l'ouest de".
  let gap = cueText(text.slice(run.end, m.span.start)).replace(words.trailingArticle, ' ');
  const cue = m.cue ? cueText(m.cue).trimEnd() : undefined;
  if (cue && gap.endsWith(`${cue} `)) gap = `${gap.slice(0, -cue.length - 1)} `;
  // ", in northwestern Kaduna state": a part word whose cue is not the unit's own ("state" is) goes too.
  const part = [...words.parts].find((p) => gap.endsWith(` ${p} `));
  if (part) gap = `${gap.slice(0, -part.length - 1)}`;
  if (!words.pinGap.test(gap.replace(/ +/g, ' '))) return undefined;
  const top = m.candidates[0];
  if (!top) return undefined;
  return top.featureClass === 'A' || m.precision === 'country' || m.precision === 'admin1' || top.population >= PINNING_TOWN ? m : undefined;
}

function candidateAt(surface: string, key: string, anchor: PlaceMention): PlaceCandidate {
  const a = anchor.candidates[0]!;
  const c: PlaceCandidate = {
    placeId: `unl:${key}@${a.placeId}`,
    name: surface,
    lat: a.lat,
    lon: a.lon,
    countryCode: a.countryCode,
    featureClass: 'P',
    featureCode: 'UNLISTED',
    population: 0,
    score: 0.5,
  };
  if (a.admin1) c.admin1 = a.admin1;
  if (a.admin1Name) c.admin1Name = a.admin1Name;
  return c;
}

/** A place mention of an unlisted name (its id is left empty for the caller to number). */
function unlistedMention(run: TextSpan, candidate: PlaceCandidate, precision: PlacePrecision, reasons: string[]): PlaceMention {
  return { kind: 'place', id: '', span: { start: run.start, end: run.end }, rule: 'places:unlisted', confidence: 0.4, candidates: [candidate], precision, reasons };
}

/** A cue that says what kind of place follows ("village of", "district"), not a bare preposition. */
const namesAKind = (c: PlaceCue) => c.prefer !== 'any' && c.prefer !== 'country';

/**
 * Unlisted places of one report, as mentions to add beside `mentions` (ids are left empty for the caller to
 * number). `taken` holds every span already read as something (toponyms, streets, abbreviations).
 */
export function findUnlistedPlaces(
  text: string,
  tokens: Token[],
  mentions: readonly PlaceMention[],
  taken: readonly TextSpan[],
  cues: PlaceCue[],
  lexicons: PlaceLexicon[],
  particles: Set<string>,
  sentences: readonly { span: TextSpan }[],
  words: PlaceWords,
  /** Where a name a cue calls a town goes when the report names no place at all: its one clear country. */
  focusCountry?: PlaceMention,
): PlaceMention[] {
  const blocked = (w: string) =>
    lexicons.some((l) => l.stoplist.has(w) || l.demonyms.has(w) || l.peoples?.has(w) || l.titles.has(w) || l.organisationNames?.has(w) || l.commonWords?.has(w));
  const runs = nameRuns(text, tokens, [...taken, ...mentions.map((m) => m.span)], particles, blocked);
  if (runs.length === 0) return [];
  // Cues are matched over known and unknown names together, so a plural cue spreads over a list of both
  // ("the villages of Ceamurlia de Jos, Maliuc and Caraorman").
  const known = mentions.map((m) => ({ start: m.span.start, end: m.span.end, key: '' }));
  const all = [...known.map((k) => ({ ...k, run: undefined as NameRun | undefined })), ...runs.map((r) => ({ ...r, run: r as NameRun | undefined }))].sort(
    (a, b) => a.start - b.start,
  );
  // Only lists that hold an unknown name need their known members' cues.
  const own = all.map((s) => (s.run ? ownCue(text, s, cues, sentences, words) : undefined));
  const lists = listRuns(text, all, words).filter((r) => r.some((i) => all[i]!.run));
  for (const r of lists) for (const i of r) if (!all[i]!.run) own[i] = matchCue(text, all[i]!, cues, words, sentenceAround(sentences, all[i]!));
  const allCues = spreadListCues(lists, own);
  const sentenceOf = (s: TextSpan) => sentenceAround(sentences, s);
  const out: PlaceMention[] = [];
  const named = new Map<string, { candidate: PlaceCandidate; precision: PlacePrecision }>();
  const add = (run: NameRun, why: string, precision: PlacePrecision, anchor: PlaceMention | undefined, where: string, cue?: PlaceCue) => {
    // With no known place in the report to put it near, a name stays out: a place without a point would put its
    // events nowhere (or at 0°, 0° on a map).
    if (!anchor) return;
    const surface = text.slice(run.start, run.end);
    const candidate = candidateAt(surface, run.key, anchor);
    // The focus country is no mention of the text: its reason names the words that point to it instead of an id.
    const cite = anchor === focusCountry ? '' : ` (${anchor.id})`;
    const reasons = [`'${surface}' is not in the gazetteer; ${why}`, `placed at ${anchor.candidates[0]!.name}, ${where}${cite}`];
    const m = unlistedMention(run, candidate, anchor.precision === 'country' ? 'country' : precision, reasons);
    if (cue) {
      m.cue = cue.text;
      m.relation = cue.relation;
    }
    if (!named.has(run.key)) named.set(run.key, { candidate, precision: m.precision });
    out.push(m);
  };
  const whereIs = (anchor: PlaceMention | undefined, run: TextSpan) =>
    anchor !== undefined && anchor === focusCountry ? (focusCountry.reasons[0] ?? 'the country of the report') : anchor && inSameSentence(anchor, sentenceOf(run)) ? 'the place the sentence puts it in' : 'the country the report names most';
  all.forEach((s, i) => {
    const run = s.run;
    const cue = allCues[i];
    if (!run || !cue || tokens[run.first]!.sentenceStart) return;
    // A capitalised head word after the name makes another name of it ("Orange County Sanitation District",
    // "Neches River"), not this one.
    if (cue.position === 'after' && /^\s*\p{Lu}/u.test(text.slice(run.end, run.end + 3))) return;
    // "in Greenlane, Auckland": a bare preposition will do when a known town, unit or country pins the name.
    const unit = namesAKind(cue) ? undefined : pinningUnit(text, run, mentions, words);
    if (!namesAKind(cue) && !unit) return;
    const anchor = unit ?? anchorFor(text, run, mentions, sentenceOf(run), words.narrowingGap) ?? (namesAKind(cue) && !mentions.some((m) => m.candidates.length > 0) ? focusCountry : undefined);
    const precision = anchor?.precision === 'locality' ? 'near-locality' : (anchor?.precision ?? 'near-locality');
    add(run, `cue '${cue.text}' (${cue.rule}) names a place`, precision, anchor, whereIs(anchor, run), cue);
  });
  for (const run of landformRuns(text, tokens, taken, lexicons, blocked)) {
    if (out.some((m) => m.span.start < run.end && run.start < m.span.end)) continue;
    // The place its name words name, when known and in the country its context gives ("Salinas Valley" by
    // Salinas; not "Islington Bay" by Islington, London, in a report from Auckland), else the context's place.
    const context = anchorFor(text, run, mentions.filter((m) => m.span.end <= run.start || m.span.start >= run.end), sentenceOf(run), words.narrowingGap);
    const byName = mentions.find((m) => m.span.start === run.start && m.span.end < run.end && m.candidates.length > 0);
    const own = byName && (!context || byName.candidates[0]!.countryCode === context.candidates[0]!.countryCode) ? byName : undefined;
    const anchor = own ?? context;
    const where = own ? 'the place its name words name' : whereIs(anchor, run);
    add(run, `the landform word '${run.head}' makes a place of it (place-landform-words.txt)`, 'region', anchor, where);
  }
  // One sense per report: the same name written again without a cue is the same place.
  for (const run of runs) {
    const seen = named.get(run.key);
    if (!seen || out.some((m) => m.span.start === run.start) || tokens[run.first]!.sentenceStart) continue;
    out.push(unlistedMention(run, seen.candidate, seen.precision, [`'${text.slice(run.start, run.end)}' is not in the gazetteer; one sense per report: the place a cue named earlier`]));
  }
  return out;
}
