/**
 * Text folding for report search, done here in TypeScript rather than by either engine so that SQLite (FTS5) and
 * PostgreSQL (tsvector) index and match exactly the same tokens: lower case, no accents ("Boukamal" and "boukamal",
 * "armée" and "armee", "Raqqa" and "RAQQA" are one token), œ/æ/ß spelled out, and any run of characters that are not
 * letters or digits a separator ("l'armée" is `l` and `armee`; "Deir ez-Zor" is `deir`, `ez`, `zor`).
 */

/** Longer tokens are not words (base64, URLs squashed by folding) and PostgreSQL would refuse them (2 KB). */
const MAX_TOKEN_LENGTH = 200;
/** Indexed characters per report: far below PostgreSQL's 1 MB tsvector limit, and more than any news report needs. */
const MAX_INDEXED_CHARS = 400_000;
/** A query is a few words; more is a paste of a whole text and would only slow the search down. */
const MAX_QUERY_TOKENS = 32;

const SPELLED_OUT: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower case, compatibility-decomposed, combining marks removed; letters and digits kept, the rest spaces. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæß]/g, (c) => SPELLED_OUT[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tokens(text: string): string[] {
  const folded = foldForSearch(text);
  return folded === '' ? [] : folded.split(' ').filter((t) => t.length <= MAX_TOKEN_LENGTH);
}

/**
 * What is indexed for a report: each distinct token once, in order of first use. Positions are not kept (no phrase
 * search), which makes the SQLite and PostgreSQL indexes hold the same set.
 */
export function documentTokens(title: string | null | undefined, text: string): string[] {
  const seen = new Set<string>();
  let size = 0;
  for (const t of tokens(`${title ?? ''}\n${text}`)) {
    if (seen.has(t)) continue;
    if (size + t.length + 1 > MAX_INDEXED_CHARS) break;
    seen.add(t);
    size += t.length + 1;
  }
  return [...seen];
}

/** The distinct tokens of a query; a report matches when it holds every one of them. */
export function queryTokens(query: string): string[] {
  return [...new Set(tokens(query))].slice(0, MAX_QUERY_TOKENS);
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 200;

/**
 * About 200 characters of the original text around the first word that matches a query token (or from the start,
 * when only the title matched), cut at spaces, whitespace collapsed, `…` where the text goes on.
 */
export function snippetOf(text: string, query: readonly string[]): string {
  const wanted = new Set(query);
  let hit = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}œæß]+/gu)) {
    if (tokens(m[0]).some((t) => wanted.has(t))) {
      hit = m.index;
      break;
    }
  }
  let start = Math.max(0, hit - SNIPPET_BEFORE);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= hit ? start : space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > hit) end = space;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
