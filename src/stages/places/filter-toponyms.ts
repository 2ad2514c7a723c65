import type { Token } from './tokenize.js';
import type { ToponymSpan } from './find-toponyms.js';
import { isLandformWord, type PlaceLexicon } from './place-lexicon.js';

export interface KeptToponym extends ToponymSpan {
  /** Capitalised words run on before or after it, as in a person's or group's name ("Rami Abdel Rahmane"). */
  insideName: boolean;
  /** Single word at the start of a sentence. */
  sentenceInitial: boolean;
  /** Last word of a run of capitalised words, or right after a title: where surnames stand ("Gordon Brown"). */
  surnamePosition?: boolean;
  /** Part of a person's name by its neighbours: never a place. A surname ("Margaret Chan") also marks the word as
   *  a name for its other mentions in the report; a given name ("Logan Smith") does not. */
  personName?: 'given' | 'surname';
  /** One word that is also among the language's commonest words ("Hall", "Lot", "Summer"). */
  commonWord?: boolean;
  /** One word that is also a given name ("Thomas", "Laura"). */
  givenName?: boolean;
  /** Right before a disease, race or gang noun ("Marburg virus"): no place, and the name's other uncued mentions in
   *  the report are the eponym too ("Marburg kills more slowly"). */
  eponym?: boolean;
  /** Part of a facility's or institution's name ("Auckland Zoo", "University of Calgary"): still where it stands. */
  inFacilityName?: boolean;
}

/** A hyphen and a digit right after a name: the name is a model designation ("Su-25", "F-16"). */
const MODEL_NUMBER = /^-\p{N}/u;

/**
 * Drop spans that are not place names whatever the gazetteer says: stop-listed words ("Selon", "Du"), demonyms
 * ("Syrian", "Arab"), peoples and faiths ("Chechen" is no Schechen, "Hindus" no place), and sentence-initial words the same text also uses in lower case ("Située" / "située").
 */
export function filterToponyms(
  text: string,
  tokens: Token[],
  spans: ToponymSpan[],
  lexicons: PlaceLexicon[],
  particles: Set<string>,
): KeptToponym[] {
  const lowerWords = new Set(tokens.filter((t) => !t.upper).map((t) => t.text));
  const out: KeptToponym[] = [];
  for (const s of spans) {
    const surface = text.slice(s.start, s.end).toLowerCase().replace(/[’‘`ʼ]/g, "'");
    if (lexicons.some((l) => l.stoplist.has(surface) || l.organisationNames?.has(surface) || l.bareWords.has(surface) || l.demonyms.has(surface) || l.peoples?.has(surface))) continue;
    if (beforeMediaWord(text, tokens, s, lexicons) || afterMediaHead(text, s, lexicons) || isCurrency(text, s)) continue;
    // "a Russian Su-25 jet", "MiG-29", "T-72 tanks": a name glued to a hyphen and a number is a model, not a place.
    if (MODEL_NUMBER.test(text.slice(s.end, s.end + 3))) continue;
    if (seasonBeforeYear(text, surface, s, lexicons) || afterTermHead(text, tokens, s, lexicons)) continue;
    if (beforeEponymWord(text, tokens, s, lexicons)) {
      out.push({ ...s, insideName: true, sentenceInitial: false, eponym: true });
      continue;
    }
    const firstTok = tokens[s.first]!;
    const single = s.last - s.first === 1;
    const sentenceInitial = single && firstTok.sentenceStart;
    if (sentenceInitial && lowerWords.has(firstTok.text.toLowerCase())) continue;
    // "Valley" in "Sabie Valley" is the head of a name the gazetteer lacks, not The Valley, Anguilla.
    if (single && landformHead(text, tokens, s, lexicons, particles)) continue;
    const person = personNameRole(text, tokens, s, lexicons);
    if (person) {
      out.push({ ...s, insideName: true, sentenceInitial, surnamePosition: person === 'surname', personName: person });
      continue;
    }
    const afterTitle = isTitle(text, tokens, s, lexicons);
    const k: KeptToponym = { ...s, insideName: afterTitle || runsOn(text, tokens, s, lexicons, particles), sentenceInitial };
    if (single && lexicons.some((l) => l.commonWords?.has(firstTok.text.toLowerCase()))) k.commonWord = true;
    if (single && lexicons.some((l) => l.givenNames?.has(firstTok.text))) k.givenName = true;
    if (beforeFacilityWord(text, tokens, s, lexicons) || afterFacilityHead(text, s, lexicons)) k.inFacilityName = true;
    if (afterTitle || surnameAt(text, tokens, s, lexicons, particles) || (single && beforeSpeechVerb(text, tokens, s, lexicons))) k.surnamePosition = true;
    out.push(k);
  }
  return out;
}

function isNameWord(text: string, t: Token | undefined, lexicons: PlaceLexicon[], particles: Set<string>): boolean {
  if (!t || !t.upper || t.elision || particles.has(t.text)) return false;
  const w = t.text.toLowerCase();
  // A party letter is no name: "Sen. Robert Ford, D-Charleston".
  if (t.text.length === 1 && text[t.end] === '-') return false;
  // A common word opening the sentence is capitalised for that alone: "Another Gainesville business".
  return !lexicons.some((l) => l.stoplist.has(w) || l.demonyms.has(w) || (t.sentenceStart && l.commonWords?.has(w)));
}

function landformHead(text: string, tokens: Token[], s: ToponymSpan, lexicons: PlaceLexicon[], particles: Set<string>): boolean {
  const before = tokens[s.first - 1];
  const word = tokens[s.first]!;
  if (!before || text.slice(before.end, word.start) !== ' ' || !isNameWord(text, before, lexicons, particles)) return false;
  return isLandformWord(lexicons, word.text);
}

function runsOn(text: string, tokens: Token[], s: ToponymSpan, lexicons: PlaceLexicon[], particles: Set<string>): boolean {
  const before = tokens[s.first - 1];
  const after = tokens[s.last];
  const glued = (a: Token, b: Token) => /^[ -]$/.test(text.slice(a.end, b.start));
  if (before && glued(before, tokens[s.first]!) && isNameWord(text, before, lexicons, particles)) return true;
  return after !== undefined && glued(tokens[s.last - 1]!, after) && isNameWord(text, after, lexicons, particles);
}

/** Preceded by a title, with or without its full stop: "Sen. Brown", "Mayor Wilson". */
function isTitle(text: string, tokens: Token[], s: ToponymSpan, lexicons: PlaceLexicon[]): boolean {
  const before = tokens[s.first - 1];
  if (!before || !before.upper || !/^\.? $/.test(text.slice(before.end, tokens[s.first]!.start))) return false;
  const w = before.text.toLowerCase();
  return lexicons.some((l) => l.titles.has(w));
}

/** Preceded by a name word and not followed by one: the surname slot of "Gordon Brown", "Barack Obama". */
function surnameAt(text: string, tokens: Token[], s: ToponymSpan, lexicons: PlaceLexicon[], particles: Set<string>): boolean {
  const before = tokens[s.first - 1];
  const after = tokens[s.last];
  const glued = (a: Token, b: Token) => text.slice(a.end, b.start) === ' ';
  if (!before || !glued(before, tokens[s.first]!) || !isNameWord(text, before, lexicons, particles) || before.sentenceStart && before.text.length < 3) return false;
  return !(after && glued(tokens[s.last - 1]!, after) && isNameWord(text, after, lexicons, particles));
}

/** A single name right before a verb of saying: "Hartl said", "Chan told reporters". */
function beforeSpeechVerb(text: string, tokens: Token[], s: ToponymSpan, lexicons: PlaceLexicon[]): boolean {
  const after = tokens[s.last];
  if (!after || text.slice(tokens[s.last - 1]!.end, after.start) !== ' ') return false;
  const w = after.text.toLowerCase();
  return lexicons.some((l) => l.speechVerbs?.has(w));
}

/** The word right after a span, when only a space or a hyphen separates them. */
function nextWord(text: string, tokens: Token[], s: ToponymSpan): Token | undefined {
  const after = tokens[s.last];
  return after && /^[ -]$/.test(text.slice(tokens[s.last - 1]!.end, after.start)) ? after : undefined;
}

/** A name right before a capitalised newspaper noun titles the paper ("the New York Times", "China Daily"). */
function beforeMediaWord(text: string, tokens: Token[], s: ToponymSpan, lexicons: PlaceLexicon[]): boolean {
  const after = nextWord(text, tokens, s);
  return after !== undefined && after.upper && lexicons.some((l) => l.mediaWords?.has(after.text.toLowerCase()));
}

/** A name right before a noun of the eponym list, in either case, names a disease, a race or a gang ("Marburg
 *  virus", "Melbourne Cup", "Sinaloa Cartel"). */
function beforeEponymWord(text: string, tokens: Token[], s: ToponymSpan, lexicons: PlaceLexicon[]): boolean {
  const after = nextWord(text, tokens, s);
  return after !== undefined && lexicons.some((l) => l.eponymWords?.has(after.text.toLowerCase()));
}

/** Right after a capitalised broadcaster's or agency's head word: "Radio Pyongyang", "Voice of America". */
function afterMediaHead(text: string, s: ToponymSpan, lexicons: PlaceLexicon[]): boolean {
  const words = text.slice(Math.max(0, s.start - 24), s.start).split(' ').slice(0, -1);
  // The last word or the last two ("Radio", "Voice of"), capitalised as a name is.
  const tails = [words.slice(-1), words.slice(-2)].filter((w) => w.length > 0 && /^\p{Lu}/u.test(w[0]!));
  return lexicons.some((l) => tails.some((w) => l.mediaHeads?.has(w.join(' ').toLowerCase())));
}

/** Before a capitalised facility noun, directly or past one more capitalised word: "Auckland Zoo", "Michigan State
 *  University", "Frederick Memorial Hospital" — but not "Santa Ana Unified School District" (a "!" word follows). */
function beforeFacilityWord(text: string, tokens: Token[], s: ToponymSpan, lexicons: PlaceLexicon[]): boolean {
  const listed = (t: Token | undefined, w: string) => t !== undefined && t.upper && lexicons.some((l) => l.facilityWords?.has(w + t.text.toLowerCase()));
  const gluedAt = (i: number) => tokens[i] !== undefined && text.slice(tokens[i - 1]!.end, tokens[i]!.start) === ' ';
  const next = nextWord(text, tokens, s);
  if (!next?.upper) return false;
  const at = listed(next, '') ? s.last : gluedAt(s.last + 1) && listed(tokens[s.last + 1], '') ? s.last + 1 : -1;
  return at >= 0 && !(gluedAt(at + 1) && listed(tokens[at + 1], '!'));
}

/** Right after a facility's head words, in any case: "University of Calgary", "l'université d'Alep". */
function afterFacilityHead(text: string, s: ToponymSpan, lexicons: PlaceLexicon[]): boolean {
  if (s.start === 0 || !/[\s'’‘`ʼ]/.test(text[s.start - 1]!)) return false;
  const before = text.slice(Math.max(0, s.start - 30), s.start).toLowerCase().replace(/[’‘`ʼ]/g, "'");
  for (const l of lexicons) for (const h of l.facilityHeads ?? []) if (endsWithPhrase(before, h)) return true;
  return false;
}

/** `text` ends with the whole words of `phrase` and a space, or with `phrase` alone when it ends in an elision. */
function endsWithPhrase(text: string, phrase: string): boolean {
  const tail = phrase.endsWith("'") ? phrase : `${phrase} `;
  if (!text.endsWith(tail)) return false;
  const at = text.length - tail.length;
  return at === 0 || !/\p{L}/u.test(text[at - 1]!);
}

/** A season dated by the year after it: "in Spring 2002", "the Summer of 2008". */
function seasonBeforeYear(text: string, surface: string, s: ToponymSpan, lexicons: PlaceLexicon[]): boolean {
  return lexicons.some((l) => l.seasonWords?.has(surface)) && /^,? (?:of )?\d{4}\b/.test(text.slice(s.end, s.end + 12));
}

/** Named by a storm's, an operation's or a term's head word right before it: "Hurricane Katrina", "Agent Orange". */
function afterTermHead(text: string, tokens: Token[], s: ToponymSpan, lexicons: PlaceLexicon[]): boolean {
  const prev = tokens[s.first - 1];
  return prev !== undefined && text.slice(prev.end, s.start) === ' ' && lexicons.some((l) => l.termHeads?.has(prev.text.toLowerCase()));
}

/** A currency prefix or suffix: "$US 1.5 billion", "US$460 million". */
export function isCurrency(text: string, s: { start: number; end: number }): boolean {
  return text[s.start - 1] === '$' || text[s.end] === '$';
}

const isInitial = (text: string, t: Token | undefined): boolean => t !== undefined && /^\p{Lu}$/u.test(t.text) && text[t.end] === '.';

/**
 * A one-word place name that is part of a person's name by its neighbours: right after a given name, with or
 * without a middle initial ("Margaret Chan", "Evan P. King"), or itself a given name right before a surname that
 * ends the run of capitals ("Virginia Alexander", "Chad Walker said") — unless that next word shows a place
 * ("Jordan Valley", "Austin Police", "Virginia Street").
 */
function personNameRole(text: string, tokens: Token[], s: ToponymSpan, lexicons: PlaceLexicon[]): 'given' | 'surname' | undefined {
  if (s.last - s.first !== 1) return undefined;
  // "North" and "West" are given names too, but open far more place names ("North Caucasus", "West Wichita").
  const given = (t: Token | undefined) =>
    t !== undefined && lexicons.some((l) => l.givenNames?.has(t.text) && !l.bareWords.has(t.text.toLowerCase()));
  const spaced = (a: Token, b: Token) => /^\.? $/.test(text.slice(a.end, b.start));
  const self = tokens[s.first]!;
  const prev = tokens[s.first - 1];
  if (prev && spaced(prev, self)) {
    if (given(prev) && text.slice(prev.end, self.start) === ' ') return 'surname';
    const before = tokens[s.first - 2];
    if (isInitial(text, prev) && before && text.slice(before.end, prev.start) === ' ' && given(before)) return 'surname';
  }
  if (!given(self)) return undefined;
  let at = s.last;
  let next = tokens[at];
  if (!next || text.slice(self.end, next.start) !== ' ') return undefined;
  if (isInitial(text, next)) {
    const after = tokens[at + 1];
    if (!after || text.slice(next.end, after.start) !== '. ') return undefined;
    next = after;
    at++;
  }
  const w = next.text.toLowerCase();
  if (!next.upper || lexicons.some((l) => l.placeHeads?.has(w) || l.streetWords?.has(w) || l.mediaWords?.has(w) || l.stoplist.has(w))) return undefined;
  const following = tokens[at + 1];
  // "Chad Walker said" ends the run; "Israel Defense Forces" goes on, and is a body, not a person.
  return following && following.upper && text.slice(next.end, following.start) === ' ' ? undefined : 'given';
}
