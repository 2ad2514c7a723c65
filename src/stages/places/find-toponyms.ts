import type { Gazetteer } from '../../resources/gazetteer/gazetteer.js';
import { toponymKey } from '../../resources/gazetteer/toponym-key.js';
import { isDateline } from './dateline.js';
import { hasCuratedNames } from './place-kind.js';
import type { Token } from './tokenize.js';

/** A span whose key is in the gazetteer, before any judgement on whether it really names a place. */
export interface ToponymSpan {
  start: number;
  end: number;
  /** Token index range, half-open. */
  first: number;
  last: number;
  key: string;
  /** True when lowercase words inside the span are accepted only because a curated name spells them so. */
  curatedOnly: boolean;
}

const MAX_TOKENS = 5;
/** Separators allowed inside one name: "Deir ez-Zor", "Al Qa'im", "Tall ‘Afar". */
const JOIN = /^(?: |-|['’‘`ʼ]| ?['’‘`ʼ])$/;
/** Acronyms ("EI", "OSDH", "SDF") are actors far more often than places. */
const SHORT_ACRONYM = /^\p{Lu}{1,4}$/u;

/** Abbreviated name words whose full stop stays inside the name: "St. Petersburg", "Mt. Pleasant", "Ft. Worth",
 *  "ST. PAUL" in a dateline. */
const ABBREVIATED_WORD = /^(?:St|Ste|Mt|Ft|ST|STE|MT|FT)$/;

const NO_WORDS: ReadonlySet<string> = new Set();

function joinable(text: string, a: Token, b: Token): boolean {
  const sep = text.slice(a.end, b.start);
  if (ABBREVIATED_WORD.test(a.text) && /^\. ?$/.test(sep)) return true;
  return !a.elision && JOIN.test(sep);
}

/** "O" in "O'Leary": a capital letter glued to the next capitalised word by an apostrophe opens one name. */
function gluedInitial(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.text.length === 1 && !a.elision && b.upper && /^\p{Lu}$/u.test(a.text) && /^['’‘`ʼ]$/.test(text.slice(a.end, b.start));
}

/** "golfe d'Aden", "détroit d'Ormuz": an elided "d'" glued to a capitalised name may stay inside a curated name. */
function elidedJoin(text: string, a: Token, b: Token): boolean {
  return a.elision && b.upper && /^['’]$/u.test(text.slice(a.end, b.start));
}

function canStart(text: string, tokens: Token[], i: number, particles: Set<string>, featureNouns: ReadonlySet<string> = NO_WORDS): boolean {
  const t = tokens[i];
  if (!t || t.elision || /^\p{N}/u.test(t.text) || gluedInitial(text, tokens[i - 1], t)) return false;
  if (t.upper) return true;
  // "la mer Rouge", "en mer Noire", "le golfe d'Aden", "le désert syrien": a lowercase word naming a kind of feature
  // may open a curated name, its adjective in lower case too (the spelling is checked letter for letter in longestAt).
  const next = tokens[i + 1];
  if (featureNouns.has(t.text.toLowerCase()) && next && /^\p{L}/u.test(next.text)) return true;
  // A lowercase article glued to a capitalised word starts a name: "al-Qaim", "el-Bab".
  const n = tokens[i + 1];
  return particles.has(t.text) && n !== undefined && n.upper && text[t.end] === '-';
}

/**
 * Scan the tokens left to right and keep, at each start, the longest n-gram (up to five tokens) whose match key the
 * gazetteer knows. Names must be capitalised; only listed particles may be lowercase inside them, unless a curated
 * name is spelled with lowercase words ("Al-Qaim border crossing").
 */
export function findToponyms(
  text: string,
  tokens: Token[],
  gazetteer: Gazetteer,
  particles: Set<string>,
  isStopWord: (lowercase: string) => boolean = () => false,
  featureNouns: ReadonlySet<string> = NO_WORDS,
  openers: ReadonlySet<string> = NO_WORDS,
): ToponymSpan[] {
  const out: ToponymSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found = canStart(text, tokens, i, particles, featureNouns) ? longestAt(text, tokens, i, gazetteer, particles) : undefined;
    // "À Raqqa" is also a key ("Al ‘Araqa" without its article); a stop word may open a name ("Le Caire") only
    // when the rest is not a name by itself.
    if (found && found.last - found.first > 1 && isStopWord(tokens[i]!.text.toLowerCase())) {
      if (canStart(text, tokens, i + 1, particles) && longestAt(text, tokens, i + 1, gazetteer, particles)) found = undefined;
      // …nor before a bare acronym or initial: "A UN report", "But T. b. gambiense".
      else if (found.last - found.first === 2 && SHORT_ACRONYM.test(tokens[i + 1]!.text)) found = undefined;
    }
    if (found) {
      // When the name goes on past what the gazetteer knows ("Bab al-Hawa", "Ain Issa", "Mossoul al-Jadida"), its
      // tail is no place of its own ("al-Ain" in "Ras al-Ain" is not Al Ain, "al-Jadida" not El Jadida), nor is a
      // word that opens many names ("Bab" is not al-Bab) — that whole is left to the unlisted-place reader. A
      // town's name stays: "Mossoul al-Jadida" is a district of Mosul.
      const rest = unknownRest(text, tokens, found, particles, openers);
      if (rest === 0 || !isOpener(tokens, found, openers)) out.push(found);
      i = found.last + rest;
    } else {
      i++;
    }
  }
  return out;
}

function isOpener(tokens: Token[], found: ToponymSpan, openers: ReadonlySet<string>): boolean {
  return found.last - found.first === 1 && openers.has(tokens[found.first]!.text.toLowerCase());
}

/**
 * How many tokens of name follow a match that stops short of them (0 when none): a space, then a lowercase article
 * glued by a hyphen to a capitalised word (" al-Hawa", " el-Oued"); after a lone opener word ("Ain", "Ras"), also a
 * capitalised word (" Issa") or an article and one (" al Ain").
 */
function unknownRest(text: string, tokens: Token[], found: ToponymSpan, particles: Set<string>, openers: ReadonlySet<string>): number {
  const p = tokens[found.last];
  const n = tokens[found.last + 1];
  if (!p || text.slice(tokens[found.last - 1]!.end, p.start) !== ' ') return 0;
  if (n && particles.has(p.text) && n.upper && text[p.end] === '-') return 2;
  if (!isOpener(tokens, found, openers)) return 0;
  if (p.upper && !p.elision) return 1;
  return n && particles.has(p.text) && n.upper && /^[ -]$/.test(text.slice(p.end, n.start)) ? 2 : 0;
}

function curatedSpelling(gazetteer: Gazetteer, key: string, surface: string): boolean {
  const spelled = gazetteer.spelledAs(key, surface);
  return gazetteer.lookupEntries(key).some((e) => hasCuratedNames(e) && spelled.has(e.placeId));
}

function longestAt(
  text: string,
  tokens: Token[],
  i: number,
  gazetteer: Gazetteer,
  particles: Set<string>,
): ToponymSpan | undefined {
  let end = i + 1;
  while (end < i + MAX_TOKENS && end < tokens.length && (joinable(text, tokens[end - 1]!, tokens[end]!) || elidedJoin(text, tokens[end - 1]!, tokens[end]!))) end++;
  for (let last = end; last > i; last--) {
    const lastTok = tokens[last - 1]!;
    const single = last === i + 1;
    // Neither half of "O'Connor" ends a name: "Matt O'Connor" is not "Matt O".
    if (gluedInitial(text, lastTok, tokens[last])) continue;
    // A lone acronym is an actor ("EI", "SDF"), unless it opens a dateline: "GOMA, Nov 20 (Reuters) -", "GAZA —".
    if (single && SHORT_ACRONYM.test(lastTok.text) && !isDateline(text, lastTok)) continue;
    // A name opened by a lowercase feature word or holding an elision must be a curated spelling.
    let strict = lastTok.upper && (tokens[i]!.upper || particles.has(tokens[i]!.text));
    for (let j = i + 1; j < last - 1 && strict; j++) {
      const t = tokens[j]!;
      strict = !t.elision && (t.upper || particles.has(t.text));
    }
    const start = tokens[i]!.start;
    const key = toponymKey(text.slice(start, lastTok.end));
    if (key.length < 2 || !gazetteer.hasKey(key)) continue;
    // A possessive is no letter of a name: "America's 20-year war" is America's, not the Americas'.
    if (!strict && lastTok.text === 's' && /['’]$/u.test(text.slice(start, lastTok.start))) continue;
    // Lowercase words only as a curated name spells them, letter for letter: the folded key alone would let
    // "Canada a second chance" pass for Canada.
    if (!strict && !curatedSpelling(gazetteer, key, text.slice(start, lastTok.end))) continue;
    return { start, end: lastTok.end, first: i, last, key, curatedOnly: !strict };
  }
  return undefined;
}
