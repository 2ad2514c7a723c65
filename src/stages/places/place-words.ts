import { escapeRegex } from '../../resources/word-regex.js';
import { cueText } from './cue-text.js';
import type { PlaceCue, PlaceLexicon } from './place-lexicon.js';

/** The classes of resources/lexicons/<lang>/place-words.tsv (that file's header says what each one is). */
export const PLACE_WORD_CLASSES = ['article', 'list-link', 'list-preposition', 'range-link', 'narrowing', 'pin-locative', 'feature-noun'] as const;
export type PlaceWordClass = (typeof PLACE_WORD_CLASSES)[number];

/**
 * The words the place stage reads between names, for the languages of a report, as the tests it makes with them.
 * Built from each language's place-words.tsv (a language without the file reads no lists and pins no "X, in Y") and
 * from its place cues (bare locatives and part words).
 */
export interface PlaceWords {
  /** Between two members of a list: a link ("and", "et de la"), or a slash. */
  listLink: RegExp;
  /** A bare comma between two names, with an optional article: a list only if the run goes on. */
  listComma: RegExp;
  /** What ends the member before another one ("Oconee and Oglethorpe counties", "from Ellsworth to Riley"). */
  afterListLink: RegExp;
  /** Between a place and a finer one named right after it ("Angola's capital city Luanda"). */
  narrowingGap: RegExp;
  /** An article at the end of a cue-normal-form text (cue-text.ts), with the space after it. */
  trailingArticle: RegExp;
  /** An article closing a cue-normal-form text, and one opening it. */
  articleEnd: RegExp;
  articleStart: RegExp;
  /** Between a name and the unit that pins it, in cue normal form: ", " or ", in ". */
  pinGap: RegExp;
  /** Bare locatives ("in", "dans") and part words ("northwestern", "le nord de") of the place cues, in cue normal form. */
  locatives: Set<string>;
  parts: Set<string>;
  /** Lower-case nouns that say what kind of natural feature a name is ("Red Sea", "mer Rouge", "Gulf of Aden"). */
  featureNouns: Set<string>;
}

/** A written word as a regex that also matches the typographic apostrophe. */
const spelled = (w: string): string => escapeRegex(w).replace(/['’]/g, "['’]");
const alternation = (words: readonly string[]): string => (words.length ? words.map(spelled).join('|') : '(?!)');

/** The tests of `PlaceWords` from the word lists of one or more languages (their union) and their place cues. */
export function placeWords(lists: ReadonlyMap<PlaceWordClass, readonly string[]>, cues: readonly PlaceCue[]): PlaceWords {
  const words = (c: PlaceWordClass) => lists.get(c) ?? [];
  const articles = alternation(words('article'));
  const lead = `(?:(?:${alternation(words('list-preposition'))})\\s*)?(?:(?:${articles})\\s*)?`;
  // In cue normal form "l'" is "le": the normal forms of the articles, without duplicates.
  const normal = alternation([...new Set(words('article').map((a) => cueText(a).trim()))]);
  const before = cues.filter((c) => c.position === 'before');
  return {
    listLink: new RegExp(`^\\s*(?:,\\s*)?(?:${alternation(words('list-link'))}|\\/)\\s+${lead}$|^\\s*\\/\\s*$`, 'i'),
    listComma: new RegExp(`^\\s*,\\s*${lead}$`, 'i'),
    afterListLink: new RegExp(`(?:,|\\b(?:${alternation([...words('list-link'), ...words('range-link')])})|\\/)\\s*$`, 'iu'),
    narrowingGap: new RegExp(`^(?:[\\s,'’]|\\b(?:${alternation(words('narrowing'))})\\b)*$`, 'iu'),
    trailingArticle: new RegExp(` (?:${normal}) $`, 'u'),
    articleEnd: new RegExp(` (?:${normal})$`, 'u'),
    articleStart: new RegExp(`^(?:${normal})(?: |$)`, 'u'),
    pinGap: new RegExp(`^ (?:, |,? ?(?:${alternation(words('pin-locative').map((w) => cueText(w).trim()))}) )$`, 'u'),
    locatives: new Set(before.filter((c) => c.relation === 'in' && c.prefer === 'any').map((c) => c.norm)),
    parts: new Set(before.filter((c) => c.relation === 'part-of').map((c) => c.norm)),
    featureNouns: new Set(words('feature-noun')),
  };
}

const built = new WeakMap<PlaceLexicon, PlaceWords>();

/**
 * The PlaceWords of a report's lexicons: one language's are built once and kept; for a report of unknown language,
 * which reads every language's lists, their union.
 */
export function wordsOf(lexicons: readonly PlaceLexicon[]): PlaceWords {
  const only = lexicons.length === 1 ? lexicons[0]! : undefined;
  const kept = only && built.get(only);
  if (kept) return kept;
  const lists = new Map<PlaceWordClass, string[]>();
  for (const l of lexicons) for (const [c, ws] of l.words) lists.set(c, [...(lists.get(c) ?? []), ...ws]);
  const words = placeWords(lists, lexicons.flatMap((l) => l.cues));
  if (only) built.set(only, words);
  return words;
}

/** The name holds a word saying what kind of natural feature it is ("the Red Sea", "la mer Rouge"). */
export function namesFeature(surface: string, words: PlaceWords): boolean {
  return words.featureNouns.size > 0 && surface.toLowerCase().split(/[\s'’-]+/u).some((w) => words.featureNouns.has(w));
}
