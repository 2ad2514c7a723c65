/**
 * A view of the report text for matching: same length and offsets as the original, with typographic
 * apostrophes folded to ASCII so that one lexicon entry ("l'EI") matches both "l'EI" and "l’EI".
 * The report text itself is never rewritten.
 */
export function matchingView(text: string): string {
  return text.replace(/[’ʼ‘`´]/g, "'");
}
