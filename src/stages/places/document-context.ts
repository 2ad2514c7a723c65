import type { GazetteerEntry } from '../../resources/gazetteer/gazetteer-entry.js';
import { CoLocation } from './co-location.js';
import type { Token } from './tokenize.js';
import type { PlaceLexicon } from './place-lexicon.js';
import { isAdmin1, isCountry } from './place-kind.js';
import type { DocumentContext } from './score-candidates.js';
import type { OutletLocale } from '../../model/place.js';

/** A group of mentions sharing key and cue preference; one sense per report applies within it. */
export interface ToponymGroup {
  id: string;
  key: string;
  prefer: string;
  cueLabel?: string;
  /** Surface text of the first member, for reasons. */
  surface: string;
  entries: GazetteerEntry[];
  /** Entries with a name spelled as the first member is (`Gazetteer.spelledAs`). */
  spelled?: Set<string>;
  /** Some member is a plain name, not a fragment of a longer capitalised name. */
  standalone: boolean;
  /** `CC` or `CC.NN` named right after it ("Paris, Tenn.", "Paris, France"). */
  within?: string;
  /** The text states `within` with a locative (", in northwestern Kaduna state"): a place outside it is not meant. */
  withinStated?: boolean;
  /** Keys of the other names written in one list with a member ("Mexico, China and Japan"). */
  listedWith?: Set<string>;
  /** How many times the report writes a member; a state named five times says more than one named once. */
  mentions?: number;
  /** The name says what kind of natural feature it is ("the Red Sea"). */
  namesFeature?: boolean;
}

function addFocus(ctx: DocumentContext, cc: string, weight: number, evidence: string, key?: string): void {
  if (!cc) return;
  if (key !== undefined) {
    const own = ctx.ownFocus.get(key) ?? new Map<string, number>();
    own.set(cc, (own.get(cc) ?? 0) + weight);
    ctx.ownFocus.set(key, own);
  }
  const f = ctx.focus.get(cc);
  if (f) {
    f.weight += weight;
    f.evidence.push(evidence);
  } else {
    ctx.focus.set(cc, { weight, evidence: [evidence] });
  }
}

/**
 * Country focus comes from country names ("la Syrie"), nationality adjectives ("la frontière irakienne") and
 * toponyms whose candidates all lie in one country ("Al-Qaïm"). Adjectives are read in any case, since French
 * writes them in lower case.
 */
export function documentContext(tokens: Token[], groups: ToponymGroup[], lexicons: PlaceLexicon[], outletLocale?: OutletLocale): DocumentContext {
  const ctx: DocumentContext = {
    focus: new Map(),
    ownFocus: new Map(),
    adminHints: new Map(),
    anchors: [],
    namedCountries: new Map(),
    choices: new Map(),
    coLocation: new CoLocation(groups),
  };
  if (outletLocale) ctx.outletLocale = outletLocale;
  for (const t of tokens) {
    const w = t.text.toLowerCase();
    for (const l of lexicons) {
      const cc = l.demonyms.get(w) ?? l.regionalDemonyms.get(w);
      if (cc) {
        addFocus(ctx, cc, 1, t.text);
        break;
      }
    }
  }
  for (const g of groups) {
    if (!g.standalone) continue;
    const country = g.entries.find(isCountry);
    if (country && (g.prefer === 'any' || g.prefer === 'country')) {
      addFocus(ctx, country.countryCode, 2, g.surface, g.key);
      const keys = ctx.namedCountries.get(country.countryCode) ?? new Set<string>();
      ctx.namedCountries.set(country.countryCode, keys.add(g.key));
    }
    const ccs = new Set(g.entries.map((e) => e.countryCode));
    const [only] = ccs;
    if (ccs.size === 1 && only && !country) addFocus(ctx, only, 1, g.surface, g.key);
    if (g.prefer === 'admin1') {
      const adm = g.entries.find(isAdmin1);
      if (adm?.admin1) ctx.adminHints.set(`${adm.countryCode}.${adm.admin1}`, { label: `${g.cueLabel ?? ''} ${g.surface}`.trim(), key: g.key, mentions: g.mentions ?? 1 });
    }
  }
  return ctx;
}
