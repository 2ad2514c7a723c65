/**
 * A view of the report text for matching: same length and offsets as the original, with typographic
 * apostrophes folded to ASCII so that one lexicon entry ("l'EI") matches both "l'EI" and "l’EI".
 * The report text itself is never rewritten.
 */
export function matchingView(text: string): string {
  return text.replace(/[’ʼ‘`´]/g, "'");
}

/**
 * The matching view lower-cased character by character, so offsets stay the same (a character whose lower case is
 * longer, as "İ", is kept as is). Trigger patterns run on it without the `i` flag, which is markedly faster.
 */
export function lowerView(view: string): string {
  let out = '';
  for (const c of view) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

const WS = /\s*/y;

/** The first position at or after `pos` that is not white space. */
export function skipWs(text: string, pos: number): number {
  WS.lastIndex = pos;
  WS.exec(text);
  return WS.lastIndex;
}
