import { escapeRegex } from '../../resources/word-regex.js';
import type { PlaceLexicon } from './place-lexicon.js';

/** An abbreviation found in the text and the gazetteer id it stands for. */
export interface AbbreviationSpan {
  start: number;
  end: number;
  placeId: string;
}

const patterns = new WeakMap<PlaceLexicon, RegExp | null>();

function patternFor(l: PlaceLexicon): RegExp | null {
  let re = patterns.get(l);
  if (re !== undefined) return re;
  const forms = [...l.abbreviations.keys()].sort((a, b) => b.length - a.length);
  // Whole words only, case as listed: "Ind." but not "ind." nor the "Ind" of "Indiana"; "US" but not "USB".
  re = forms.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}.])(?:${forms.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}$])`, 'gu');
  patterns.set(l, re);
  return re;
}

/**
 * Listed abbreviations of place names ("Lafayette, Ind.", "the U.S.", "W. Va."): their full stops keep them out of
 * the n-gram scan, and short capitals are otherwise skipped as acronyms.
 */
export function findAbbreviations(text: string, lexicons: PlaceLexicon[]): AbbreviationSpan[] {
  const out: AbbreviationSpan[] = [];
  for (const l of lexicons) {
    const re = patternFor(l);
    if (!re) continue;
    for (const m of text.matchAll(re)) {
      const placeId = l.abbreviations.get(m[0]);
      if (placeId && !out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) {
        out.push({ start: m.index, end: m.index + m[0].length, placeId });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
