import type { TextSpan } from '../../model/span.js';

export interface Token extends TextSpan {
  text: string;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** An elided French article or preposition ("l" in "l’Euphrate"): never part of a name. */
  elision: boolean;
  /** First word of a sentence, where capitals say nothing about names. */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ELIDED = new Set(['l', 'd', 'j', 'n', 's', 'c', 'm', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu']);
const APOSTROPHE = /^['’‘`ʼ]$/;

/**
 * Regex tokenisation (Intl.Segmenter is quadratic on long texts). `sentenceStarts` holds offsets where a sentence
 * begins; without it, a token is a sentence start when only quotes and spaces separate it from . ! ? : or a newline.
 */
export function tokenize(text: string, sentenceStarts?: Set<number>): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const next = text[end] ?? '';
    const lower = m[0].toLowerCase();
    out.push({
      start,
      end,
      text: m[0],
      upper: /^\p{Lu}/u.test(m[0]),
      elision: APOSTROPHE.test(next) && ELIDED.has(lower),
      sentenceStart: isSentenceStart(text, start, sentenceStarts),
    });
  }
  return out;
}

function isSentenceStart(text: string, start: number, sentenceStarts?: Set<number>): boolean {
  if (sentenceStarts?.has(start)) return true;
  let i = start - 1;
  while (i >= 0 && /[\s«»“”"'([—–-]/u.test(text[i] ?? '')) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  return /[.!?:;]/.test(text[i] ?? '');
}
