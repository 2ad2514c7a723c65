/**
 * Tokens for dictionary matching of actor names. Matching works on tokens, never on raw substrings, so that an
 * alias can only match whole words: "EI" never fires inside "seize" or "REIMS", "IS" never inside "this".
 * A regex tokeniser is linear in the text length (Intl.Segmenter is not, on long strings).
 */
export interface Token {
  /** Half-open offsets into the report text. */
  start: number;
  end: number;
  /** Lower case, accents removed, typographic apostrophes as `'`: the dictionary key ("État" → "etat"). */
  key: string;
  /** Accents removed but case kept, for case-sensitive aliases ("EI" ≠ "ei"). */
  caseKey: string;
  /** True when the token starts with an upper-case letter (person names, proper nouns). */
  capitalised: boolean;
}

// A word is a run of letters, marks and digits; anything else that is not a space is a one-character token
// (apostrophes, commas, dots of "U.S."), so "l’EI" gives l · ' · EI and "U.S." gives U · . · S · .
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

// Hyphens are dropped, so "al-Chaabi", "al Chaabi" and "Hezbollah-backed" split the same way in text and aliases.
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

const APOSTROPHES = /[\u2019\u2018\u02bc`\u00b4]/g;

const NON_ASCII = /[^\p{ASCII}]/u;

/** Folds case-preserving: NFD, marks removed, apostrophes unified. ASCII needs none of it (most text, most names). */
export function foldAccents(s: string): string {
  if (!NON_ASCII.test(s)) return s.replace(/`/g, "'");
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(APOSTROPHES, "'");
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const surface = m[0];
    if (HYPHENS.has(surface)) continue;
    const start = m.index;
    const caseKey = foldAccents(surface);
    out.push({
      start,
      end: start + surface.length,
      key: caseKey.toLowerCase(),
      caseKey,
      capitalised: /^\p{Lu}/u.test(surface),
    });
  }
  return out;
}

/** Keys of a dictionary form, tokenised exactly like the text it will be matched against (no Token objects). */
export function tokenKeys(form: string): { keys: string[]; caseKeys: string[] } {
  const keys: string[] = [];
  const caseKeys: string[] = [];
  for (const m of form.normalize('NFC').matchAll(TOKEN_RE)) {
    if (HYPHENS.has(m[0])) continue;
    const caseKey = foldAccents(m[0]);
    caseKeys.push(caseKey);
    keys.push(caseKey.toLowerCase());
  }
  return { keys, caseKeys };
}
