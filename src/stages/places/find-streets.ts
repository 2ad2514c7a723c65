import type { TextSpan } from '../../model/span.js';
import type { PlaceLexicon } from './place-lexicon.js';
import type { Token } from './tokenize.js';

/** Name words before the street noun, compass initials included ("E. Broad St.", "North Druid Hills Road"). */
const MAX_NAME_WORDS = 4;
/** Separators inside a street's name: "Hyland-Croy Road", "Governors’ Parkway". */
const SEPARATOR = /^(?: |-|['’] )$/;
/** Compass initials with their full stop: "N. High St.", "W. Bridge St.". */
const COMPASS_INITIAL = /^[NSEW]$/;
/** Saint abbreviated, with its full stop: "St. Peter's Square", "St. Mark's Place". */
const ABBREVIATED_SAINT = /^(?:St|Ste)$/;
/** Saint written out or abbreviated, before a possessive that belongs to the street's name. */
const SAINT = /^(?:St|Ste|Saint)$/;

export type StreetSpan = TextSpan & { first: number; last: number };

/**
 * Streets named by capitalised words and a street noun ("Main Street", "West Tyler Street", "Main St."): the name
 * words must be capitalised, joined by a space, a hyphen or a possessive apostrophe, and be neither stop words nor
 * titles; a sentence's first word opens one only when it is not the street noun's only name word.
 */
export function findStreets(text: string, tokens: Token[], lexicons: PlaceLexicon[]): StreetSpan[] {
  const out: StreetSpan[] = [];
  const has = (w: string) => lexicons.some((l) => l.streetWords?.has(w));
  const blocked = (w: string) => lexicons.some((l) => l.stoplist.has(w) || l.titles.has(w) || l.demonyms.has(w) || l.streetWords?.has(w));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.upper) continue;
    const w = t.text.toLowerCase();
    let end = t.end;
    if (!has(w)) {
      if (!has(`${w}.`) || text[t.end] !== '.') continue;
      const next = tokens[i + 1];
      if (next && next.upper && !next.sentenceStart && /^\. ?$/.test(text.slice(t.end, next.start))) continue;
      end = t.end + 1;
    }
    let first = i;
    while (first > 0 && i - first < MAX_NAME_WORDS) {
      let p = tokens[first - 1]!;
      let sep = text.slice(p.end, tokens[first]!.start);
      // A saint's possessive is part of the name ("St. Peter's Square", "St Ailbe's Drive"); another owner is not
      // ("Augusta's Highland Avenue").
      const owner = tokens[first - 2];
      const saint = tokens[first - 3];
      const possessive =
        p.text === 's' && sep === ' ' && owner !== undefined && /^['’]$/.test(text.slice(owner.end, p.start)) && saint !== undefined && SAINT.test(saint.text);
      if (possessive) {
        p = owner;
        sep = "' ";
      }
      const initial = (COMPASS_INITIAL.test(p.text) || ABBREVIATED_SAINT.test(p.text)) && sep === '. ';
      if (!p.upper || p.elision || (!initial && !SEPARATOR.test(sep)) || blocked(p.text.toLowerCase())) break;
      first -= possessive ? 2 : 1;
      // "N. High St.": a segmenter may open a sentence after the initial's full stop.
      const q = tokens[first - 1];
      const afterInitial = q !== undefined && (COMPASS_INITIAL.test(q.text) || ABBREVIATED_SAINT.test(q.text)) && text.slice(q.end, p.start) === '. ';
      if (p.sentenceStart && !afterInitial) break;
    }
    if (first === i) continue;
    if (tokens[first]!.sentenceStart && i - first === 1) continue;
    if (out.length && out[out.length - 1]!.last > first) continue;
    out.push({ start: tokens[first]!.start, end, first, last: i + 1 });
  }
  return out;
}
