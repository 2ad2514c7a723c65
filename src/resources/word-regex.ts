/** A literal string as a regular expression source: every metacharacter escaped. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words only, with boundaries that understand accents (`\b` in JS regexes does not) and hyphens. */
export function wordRegex(forms: string, flags = 'giu'): RegExp {
  // A form ending in an elision ("qu'", "d'", "l'") is glued to the next word: no boundary is wanted after it.
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms})(?:(?<=['’])|(?![\\p{L}\\p{N}-]))`, flags);
}
