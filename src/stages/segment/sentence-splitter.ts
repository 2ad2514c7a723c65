import type { Sentence } from '../../model/analyzed-report.js';
import type { TextSpan } from '../../model/span.js';

const OPENING_QUOTES = new Set(['«', '“', '„', '‹']);
const CLOSING_QUOTES = new Set(['»', '”', '›']);

/**
 * Splits text into sentences with offsets into the original text.
 * A full stop ends a sentence unless it follows a known abbreviation ("M.", "nov.", "Gen.") or a lone
 * capital (an initial), or sits inside an open quotation. Line breaks always end a sentence: reports put
 * captions and datelines on lines of their own ("Extrait d'un communiqué de l'armée").
 */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let quoteDepth = 0;
  let straightQuoteOpen = false;
  let quoteStart = -1;
  let quotes: TextSpan[] = [];

  const push = (end: number) => {
    const span = trimSpan(text, { start, end });
    if (span.end > span.start) sentences.push({ index: sentences.length, span, quotes });
    quotes = [];
    start = end;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      quoteDepth = 0;
      straightQuoteOpen = false;
      continue;
    }
    if (OPENING_QUOTES.has(ch) || (ch === '"' && !straightQuoteOpen)) {
      if (quoteDepth === 0) quoteStart = i;
      quoteDepth++;
      if (ch === '"') straightQuoteOpen = true;
      continue;
    }
    if (CLOSING_QUOTES.has(ch) || (ch === '"' && straightQuoteOpen)) {
      quoteDepth = Math.max(0, quoteDepth - 1);
      if (ch === '"') straightQuoteOpen = false;
      if (quoteDepth === 0 && quoteStart >= 0) quotes.push({ start: quoteStart, end: i + 1 });
      continue;
    }
    if ((ch === '.' || ch === '!' || ch === '?' || ch === '…') && quoteDepth === 0) {
      if (ch === '.' && isAbbreviation(text, i, abbreviations)) continue;
      // Runs of punctuation ("?!", "...") end together.
      let j = i + 1;
      while (j < text.length && /[.!?…]/.test(text[j]!)) j++;
      if (j < text.length && !/\s/.test(text[j]!)) continue; // "3.5", "U.S.A"
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return sentences;
}

function isAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let k = dot;
  while (k > 0 && /[\p{L}\p{N}°.]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot);
  if (word.length === 0) return false;
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true; // initials: "G. W. Bush", "B.J. Habibie"
  return abbreviations.has(word.toLowerCase());
}

function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
