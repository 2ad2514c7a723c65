/** Types of the compiled actor lexicon (see actor-lexicon.ts for the loader, docs/actors.md for the files). */
import type { ActorEntry, ActorType } from '../model/actor.js';
import type { TokenTrie } from './actor-trie.js';

/** Which row of a country a bare description ("l'armée", "the regime") stands for. */
export const FOCUS_ROLES = ['army', 'government', 'air-force', 'auxiliaries', 'police'] as const;
export type FocusRole = (typeof FOCUS_ROLES)[number];

export const ALIAS_FLAGS = ['cs', 'generic', 'country', 'metonym', 'national'] as const;
export type AliasFlag = (typeof ALIAS_FLAGS)[number];

/**
 * PLOVER sector codes (PLOVER manual, "Sector Codes"): what part of a country an actor is. `NGO` and `IGO` are
 * PLOVER country-slot codes, listed here because a head noun ("aid groups") or a row can only say "this is an NGO".
 * CAMEO differs on two: its `MED` is media (PLOVER `JRN`) and its `HLH` is health (PLOVER `MED`).
 */
export const SECTORS = [
  'GOV', 'MIL', 'COP', 'SPY', 'REB', 'OPP', 'LEG', 'JUD', 'CVL', 'REF', 'EDU', 'MED', 'JRN', 'BUS', 'LAB', 'AGR',
  'REL', 'CRM', 'ELI', 'PTY', 'PRM', 'UAF', 'SOC', 'NGO', 'IGO',
] as const;
export type Sector = (typeof SECTORS)[number];

/** The sector a focus role stands for: a country's "army" row is its MIL, its "police" row its COP. */
export const SECTOR_OF_FOCUS_ROLE: Record<FocusRole, Sector> = {
  army: 'MIL',
  government: 'GOV',
  'air-force': 'MIL',
  auxiliaries: 'MIL',
  police: 'COP',
};

/** A lexicon row as the loader keeps it: the model's entry plus the PLOVER sector when the row states one. */
export interface LexiconActor extends ActorEntry {
  sector?: Sector;
}

/** Grammatical gender and number of a French form, for pronoun agreement (x = either gender). */
export interface Grammar {
  gender: 'm' | 'f' | 'x';
  number: 's' | 'p';
}

export interface AliasEntry {
  alias: string;
  /** The actor id, or undefined for a generic alias resolved by focus. */
  actorId?: string;
  focusRole?: FocusRole;
  flags: ReadonlySet<AliasFlag>;
  /** Accent-folded, case-kept keys of the alias tokens, for case-sensitive checks. */
  caseKeys: readonly string[];
  gram?: Grammar;
  validFrom?: string;
  validTo?: string;
  /** `actors:fr/actor-aliases.tsv:42` */
  rule: string;
  /** Actor `-`: a name that is no actor ("Jordan River"), listed so that it wins over a shorter alias inside it. */
  block?: boolean;
}

export interface GroupHead {
  head: string;
  kind: string;
  actorType: ActorType;
  labelEn: string;
  resolvesTo?: FocusRole;
  bare: boolean;
  /** A head that names a group only after a possessive ("his men", "ses hommes"): "two men were arrested" is none. */
  possessiveOnly?: boolean;
  /** A noun that is also an adjective after a noun ("des militaires" yes, "des manœuvres militaires" no): it names
   *  a group only when no plain word stands right before it (a determiner, a number or a quantity may). */
  determinedOnly?: boolean;
  gram?: Grammar;
  rule: string;
  /** PLOVER sector of the people the noun names ("officials" GOV, "police" COP); it names the group (`group:COP:EGY`). */
  sector?: Sector;
  /** `yes`: a title that may stand before a name ("Prime Minister Ehud Barak"); `short`: one-word names too ("King Hassan"). */
  title?: 'yes' | 'short';
  /** A nationality the noun itself carries ("Hungarians" → HUN): demonym nouns. */
  tag?: string;
  /** Only a capitalised word matches ("Syriens" the people, not "syriens" the adjective). */
  capital?: boolean;
  /** The nationality the noun carries names where the people live, not their nation (`GroupAdjective.residence`). */
  residence?: boolean;
}

export interface GroupAdjective {
  form: string;
  /** ISO-3 (upper case) or an ethnic/sectarian tag (lower case). */
  tag: string;
  labelEn: string;
  rule: string;
  /** Only a capitalised word matches (English demonyms: "Polish", never "polish"). */
  capital?: boolean;
  /**
   * The nationality of a state of several peoples, naming where people live ("Cypriot", "Bosnian"): beside another
   * nationality it is the country, and the other the ethnicity ("Greek Cypriots" are Cyprus's, not Greece's).
   */
  residence?: boolean;
  /** People from elsewhere ("foreign fighters"): the country they are in ("in Syria") is not theirs. */
  elsewhere?: boolean;
}

/**
 * of: joins a head to an actor ("fighters of IS"); article; and: coordinates adjectives; locative: before a country
 * used as a place; in: "rebels in Ivory Coast" (the country gives an unqualified group its nationality); modifier:
 * may stand before a description ("senior officials", "top U.S. official"); ethnic: makes the nationality words after
 * it an ethnicity ("ethnic Albanians" in Serbia are not Albania's); party-before-country: a locative that before a
 * country's name introduces a party ("called on Iran", "sanctions on Russia"), so the country stays an actor;
 * quantity: a number or quantity word that may stand right before a head read only after a determiner ("trois
 * militaires"); former: before a title, says the person no longer holds it ("former president Carlos Menem",
 * « l'ancien président »): a former office holder acts for no government (PLOVER's elites, ELI); event-noun: right
 * after a country's or a capital's name, makes the name part of an event's or a document's name ("the Paris peace
 * accords", "the Iraq war"): the name is then no actor.
 */
export type ConnectorRole = 'of' | 'article' | 'and' | 'locative' | 'in' | 'modifier' | 'ethnic' | 'possessive' | 'one-owner' | 'place-suffix' | 'party-before-country' | 'quantity' | 'supporter-suffix' | 'supporter-prefix' | 'former' | 'event-noun' | 'armed-people';
export const CONNECTOR_ROLES: readonly ConnectorRole[] = ['of', 'article', 'and', 'locative', 'in', 'modifier', 'ethnic', 'possessive', 'one-owner', 'place-suffix', 'party-before-country', 'quantity', 'supporter-suffix', 'supporter-prefix', 'former', 'event-noun', 'armed-people'];

export interface PersonCue {
  form: string;
  /** role: "director", "spokesman"; particle: "al", "de" inside names; stop: a word no name holds ("Court", "Street"). */
  kind: 'role' | 'particle' | 'stop';
  labelEn: string;
}

export interface PersonInfo {
  id: string;
  roleEn: string;
  roleFr?: string;
  /** Actor id of the organisation the person leads or speaks for. */
  affiliation?: string;
  validFrom?: string;
  validTo?: string;
}

/** Everything one language needs, compiled once into tries. */
export interface LanguageTable {
  lang: string;
  aliases: TokenTrie<AliasEntry>;
  heads: TokenTrie<GroupHead>;
  adjectives: TokenTrie<GroupAdjective>;
  /** `after`: "miliciens irakiens" (fr); `before`: "Iraqi militiamen" (en). */
  adjectiveOrder: 'before' | 'after';
  connectors: TokenTrie<ConnectorRole>;
  personCues: TokenTrie<PersonCue>;
}

export interface ActorLexicon {
  entries: ReadonlyMap<string, LexiconActor>;
  persons: ReadonlyMap<string, PersonInfo>;
  get(id: string): LexiconActor | undefined;
  /** ISO-3 of an ISO 3166-1 alpha-2 code (resources/actors/countries.tsv), e.g. HU → HUN. */
  iso3(iso2: string): string | undefined;
  /** The first English demonym of an ISO-3 country ("MLI" → "Malian"), from lexicons/en/place-demonyms.tsv. */
  demonym(iso3: string): string | undefined;
  /** Persons whose surname this is (token key: "mugabe"), for "President Mugabe" only (actors/phoenix-actors.tsv). */
  bySurname(key: string): readonly string[];
  /** The row of `country` (ISO-3) that carries `role`, e.g. (SYR, army) → syr-army. */
  forFocus(country: string, role: FocusRole): ActorEntry | undefined;
  /** Names that are the same in every language (leaders, armed groups of actors/phoenix-actors.tsv), one trie. */
  names: TokenTrie<AliasEntry>;
  /** Languages with an alias table, e.g. ['en', 'fr']. */
  languages: readonly string[];
  table(lang: string): LanguageTable | undefined;
  /** Grammar of the alias or head noun a rule id points at (`actors:fr/actor-aliases.tsv:42`). */
  grammarOfRule(rule: string): Grammar | undefined;
}
