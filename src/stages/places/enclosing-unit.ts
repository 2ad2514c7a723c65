import type { TextSpan } from '../../model/span.js';
import type { Gazetteer } from '../../resources/gazetteer/gazetteer.js';
import { cueText } from './cue-text.js';
import { isAdmin1, isCountry } from './place-kind.js';
import type { PlaceWords } from './place-words.js';

/** A name's span with its gazetteer key. */
export type KeyedSpan = TextSpan & { key: string };

/** The unit a place is named in, and whether the text says so with a locative ("Kuriga, in northwestern Kaduna"). */
export interface Enclosure {
  /** `CC.NN` for an admin-1 unit or `CC` for a country. */
  unit: string;
  /** ", in northwestern Kaduna state", ", dans le nord du Mali": stated, not a bare comma that a list also writes. */
  stated: boolean;
}

/** What enclosingUnit reads between a name and its unit: bare locatives, part words and articles (place-words.ts). */
export type EnclosureWords = Pick<PlaceWords, 'locatives' | 'parts' | 'articleEnd' | 'articleStart'>;

/**
 * The unit a place is pinned to by the name right after it and a comma — "Lafayette, Ind.", "Paris, Texas",
 * "Paris, France", "Kuriga, in northwestern Kaduna state".
 */
export function enclosingUnit(
  text: string,
  s: KeyedSpan,
  next: (KeyedSpan & { placeId?: string }) | undefined,
  gazetteer: Gazetteer,
  words: EnclosureWords,
): Enclosure | undefined {
  if (!next) return undefined;
  const gap = text.slice(s.end, next.start);
  let stated = false;
  if (!/^, ?$/.test(gap)) {
    const m = /^,\s*(.+?)\s*$/su.exec(gap);
    if (!m) return undefined;
    let rest = cueText(m[1]!).trim().replace(words.articleEnd, '');
    const locative = [...words.locatives].find((l) => rest === l || rest.startsWith(`${l} `));
    if (!locative) return undefined;
    rest = rest.slice(locative.length).trim().replace(words.articleStart, '').trim();
    if (rest && !words.parts.has(rest)) return undefined;
    stated = true;
  }
  // In a list of units ("Ohio, Indiana", "Egypt, Libya") the second one does not locate the first.
  if (gazetteer.lookupEntries(s.key).some((e) => isAdmin1(e) || isCountry(e))) return undefined;
  const entries = next.placeId ? [gazetteer.byId(next.placeId)].filter((e) => e !== undefined) : gazetteer.lookupEntries(next.key);
  const adm = entries.find(isAdmin1);
  if (adm?.admin1) return { unit: `${adm.countryCode}.${adm.admin1}`, stated };
  const cc = entries.find(isCountry)?.countryCode;
  return cc ? { unit: cc, stated } : undefined;
}
