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
