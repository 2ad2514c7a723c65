import type { Gazetteer } from '../../resources/gazetteer/gazetteer.js';
import type { GazetteerEntry } from '../../resources/gazetteer/gazetteer-entry.js';
import { toponymKey } from '../../resources/gazetteer/toponym-key.js';
import type { PlaceCue } from './place-lexicon.js';
import { matchesPreference } from './place-kind.js';

/**
 * The entries of a name, and where its cue names the kind of unit ("Sarpy and Douglas counties"), those of the
 * unit's own name ("Sarpy County"), which the bare name does not reach in the gazetteer.
 */
export function unitEntries(gazetteer: Gazetteer, key: string, surface: string, cue: PlaceCue | undefined): GazetteerEntry[] {
  const own = gazetteer.lookupEntries(key);
  if (!cue?.unitName) return own;
  const units = gazetteer.lookupEntries(toponymKey(`${surface} ${cue.unitName}`)).filter((e) => matchesPreference(e, cue.prefer));
  return [...own, ...units.filter((u) => !own.some((e) => e.placeId === u.placeId))];
}
