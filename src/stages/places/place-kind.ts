import type { PlacePrecision } from '../../model/place.js';
import type { GazetteerEntry } from '../../resources/gazetteer/gazetteer-entry.js';

export function isCountry(e: GazetteerEntry): boolean {
  return e.featureCode === 'PCLI';
}

export function isAdmin1(e: GazetteerEntry): boolean {
  return e.featureCode === 'ADM1';
}

export function isCurated(e: GazetteerEntry): boolean {
  return e.source.startsWith('curated');
}

/** Carries names from the curated supplement, alone or merged into a country ("intl+curated.tsv:49"): the names
 *  that may spell lowercase words ("People's Republic of China", "Al-Qaim border crossing"). */
export function hasCuratedNames(e: GazetteerEntry): boolean {
  return e.source.includes('curated.tsv');
}

function isRegional(e: GazetteerEntry): boolean {
  return e.featureClass === 'river' || e.featureClass === 'region' || e.featureClass === 'continent' || isUnion(e);
}

/** A union of states that is also an actor ("the European Union said"): its name is a place only where a cue says so. */
export function isUnion(e: GazetteerEntry): boolean {
  return e.featureClass === 'union';
}

/** Rivers, deserts and regions have a representative point only; it must not pull neighbours towards it. */
export function isAreal(e: GazetteerEntry): boolean {
  return isCountry(e) || isAdmin1(e) || isRegional(e);
}

/** Whether an entry is the kind a cue asks for (`admin1`, `locality`, `country`, a curated kind, `any`). */
export function matchesPreference(e: GazetteerEntry, prefer: string): boolean {
  if (prefer === 'any') return true;
  if (prefer === 'admin1') return isAdmin1(e);
  // "the Kharkiv region", "la région de Koursk": a curated region, or the first-level unit news calls a region.
  if (prefer === 'area') return isAdmin1(e) || e.featureClass === 'region';
  if (prefer === 'admin2') return e.featureCode === 'ADM2';
  if (prefer === 'country') return isCountry(e);
  if (prefer === 'locality') return e.featureClass === 'P';
  return e.featureClass === prefer;
}

/** Names well known enough to trust even inside a run of capitalised words or at a sentence start. */
export function isProminent(e: GazetteerEntry, minPopulation: number): boolean {
  return isCountry(e) || isAdmin1(e) || isCurated(e) || e.featureCode === 'PPLC' || e.population >= minPopulation;
}

export function basePrecision(e: GazetteerEntry): PlacePrecision {
  if (isCountry(e)) return 'country';
  if (isAdmin1(e)) return 'admin1';
  if (isRegional(e)) return 'region';
  return 'locality';
}
