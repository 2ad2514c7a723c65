import type { TextSpan } from '../../model/span.js';
import type { Gazetteer } from '../../resources/gazetteer/gazetteer.js';
import { isAdmin1, isCountry } from './place-kind.js';

/** A name's span with its gazetteer key. */
export type KeyedSpan = TextSpan & { key: string };

/**
 * The unit a place is pinned to by the name right after it and a comma — "Lafayette, Ind.", "Paris, Texas",
 * "Paris, France" — as `CC.NN` for an admin-1 unit or `CC` for a country.
 */
export function enclosingUnit(text: string, s: KeyedSpan, next: (KeyedSpan & { placeId?: string }) | undefined, gazetteer: Gazetteer): string | undefined {
  if (!next || !/^, ?$/.test(text.slice(s.end, next.start))) return undefined;
  // In a list of units ("Ohio, Indiana", "Egypt, Libya") the second one does not locate the first.
  if (gazetteer.lookupEntries(s.key).some((e) => isAdmin1(e) || isCountry(e))) return undefined;
  const entries = next.placeId ? [gazetteer.byId(next.placeId)].filter((e) => e !== undefined) : gazetteer.lookupEntries(next.key);
  const adm = entries.find(isAdmin1);
  if (adm?.admin1) return `${adm.countryCode}.${adm.admin1}`;
  return entries.find(isCountry)?.countryCode;
}
