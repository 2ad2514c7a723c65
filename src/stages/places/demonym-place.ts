import type { GazetteerEntry } from '../../resources/gazetteer/gazetteer-entry.js';
import type { Gazetteer } from '../../resources/gazetteer/gazetteer.js';
import type { PlaceLexicon } from './place-lexicon.js';

/**
 * The country a nationality word names ("Georgian", "Palestinians" → the country entry), or undefined. The place
 * stage never makes a place mention of such a word — it describes people, not where something happened — but a
 * caller told that the word *is* a toponym (a gold span, an actor's nationality) can place it this way.
 * Plurals are read by their singular ("Americans", "Czechs").
 */
export function demonymPlace(surface: string, lexicons: readonly PlaceLexicon[], gazetteer: Gazetteer): GazetteerEntry | undefined {
  const word = surface.trim().toLowerCase();
  const forms = word.endsWith('s') ? [word, word.slice(0, -1)] : [word];
  for (const l of lexicons) {
    for (const f of forms) {
      const cc = l.demonyms.get(f);
      if (cc) return gazetteer.byId(`country:${cc}`);
    }
  }
  return undefined;
}

/**
 * Place names an inhabitant word may come from when no list has it, by English suffixes: "South Ossetians" →
 * "South Ossetia", "Ohioans" → "Ohio", "Minnesotan" → "Minnesota", "European" → "Europe", "New Londoners" →
 * "New London". Candidates only: the caller keeps those the gazetteer knows.
 */
export function inhabitantStems(surface: string): string[] {
  const word = surface.trim();
  if (!/^\p{Lu}/u.test(word)) return [];
  const base = word.endsWith('s') ? word.slice(0, -1) : word;
  const out: string[] = [];
  if (base.endsWith('ian')) out.push(`${base.slice(0, -3)}ia`);
  if (base.endsWith('an')) out.push(base.slice(0, -1), base.slice(0, -2), `${base.slice(0, -2)}e`);
  if (base.endsWith('er')) out.push(base.slice(0, -2));
  if (base.endsWith('ite')) out.push(base.slice(0, -3));
  return out.filter((n) => n.length >= 3);
}
