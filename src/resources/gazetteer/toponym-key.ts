/**
 * Match key for a toponym. Place names reach us through many transliterations of the same Arabic, Kurdish or
 * Persian original ("Boukamal", "Al-Bukamal"; "Deir Ezzor", "Deir ez-Zor"; "Rawa", "Rāwah"), so both the gazetteer
 * names and the text spans are reduced to a coarse key; equal keys are candidates, and ranking sorts out the rest.
 * The key is deliberately lossy: it may merge two distinct names, never split one name in two.
 */

/** Leading articles dropped when written as a separate word or with a hyphen ("Al-Qaïm", "Ad Dawr", "ash-Shaddadi"). */
const LEADING_ARTICLE = /^(?:al|el|ad|ed|ar|er|as|es|az|ez|ash|esh|at|et|an|en|adh|ath)[\s\-'’‘`ʿʾ]+(?=\p{L})/u;

/** Apostrophe-like marks used for hamza and ayn, or typographic quotes inside names ("Qa'im", "Qā’im", "Ḩimş"). */
const APOSTROPHES = /['’‘`´ʿʾʼʻ]/g;

/** Letters that NFD does not decompose into base + mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
};

/** Arabic letter variants that spellings of one name alternate between. */
const ARABIC_FOLDS: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ئ': 'ي',
};

function foldLetters(s: string): string {
  let out = '';
  for (const ch of s) out += SPECIAL_LETTERS[ch] ?? ARABIC_FOLDS[ch] ?? ch;
  return out;
}

/**
 * Reduce a toponym to its match key. Steps, in order, and the variants each one merges:
 * - lowercase, strip diacritics: "Qaïm" / "Qā'im" / "Qaim";
 * - drop a leading article followed by a separator: "Al-Qaïm" / "Qaim", "Al Hajar al Aswad" / "Hajar al-Aswad";
 * - remove apostrophes, spaces, hyphens: "Deir ez-Zor" / "Deir Ezzor";
 * - French digraphs: "ou" → u ("Boukamal" / "Bukamal", "Mossoul" / "Mosul"), "dj" → j ("Djebel" / "Jebel"),
 *   "ch" → sh ("Chaddadi" / "Shaddadi");
 * - q → k ("Irak" / "Iraq", "Raqqa" / "Rakka");
 * - collapse doubled letters: "Raqqah" / "Raqah", "Tall Afar" / "Tal Afar";
 * - drop a final h after a vowel: "Rawah" / "Rawa", "Fallujah" / "Falluja".
 */
export function toponymKey(name: string): string {
  let s = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  s = foldLetters(s);
  s = s.replace(APOSTROPHES, "'").trim();
  s = s.replace(LEADING_ARTICLE, '');
  // Only letters and digits survive; separators carry no identity ("Deir ez-Zor" = "Deir Ez Zor").
  s = s.replace(/[^\p{L}\p{N}]+/gu, '');
  if (/[a-z]/.test(s)) {
    s = s.replace(/ou/g, 'u').replace(/dj/g, 'j').replace(/ch/g, 'sh').replace(/q/g, 'k');
  }
  s = s.replace(/(.)\1+/gu, '$1');
  s = s.replace(/([aeiouy])h$/, '$1');
  return s;
}

/**
 * A name's spelling with only case, accents and punctuation levelled ("Arāk" → "arak", "St. Louis" → "stlouis"):
 * finer than the match key, so "Iraq" and "Irak" share a key but not a spelling.
 */
export function spellingFold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
