/** Types of the compiled actor lexicon (see actor-lexicon.ts for the loader, docs/actors.md for the files). */
import type { ActorEntry, ActorType } from '../model/actor.js';
import type { TokenTrie } from './actor-trie.js';

/** Which row of a country a bare description ("l'armée", "the regime") stands for. */
export const FOCUS_ROLES = ['army', 'government', 'air-force', 'auxiliaries', 'police'] as const;
export type FocusRole = (typeof FOCUS_ROLES)[number];

export const ALIAS_FLAGS = ['cs', 'generic', 'country', 'metonym'] as const;
export type AliasFlag = (typeof ALIAS_FLAGS)[number];

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
}

export interface GroupHead {
  head: string;
  kind: string;
  actorType: ActorType;
  labelEn: string;
  resolvesTo?: FocusRole;
  bare: boolean;
  gram?: Grammar;
  rule: string;
}

export interface GroupAdjective {
  form: string;
  /** ISO-3 (upper case) or an ethnic/sectarian tag (lower case). */
  tag: string;
  labelEn: string;
  rule: string;
}

export type ConnectorRole = 'of' | 'article' | 'and' | 'locative';

export interface PersonCue {
  form: string;
  kind: 'role' | 'particle';
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
  entries: ReadonlyMap<string, ActorEntry>;
  persons: ReadonlyMap<string, PersonInfo>;
  get(id: string): ActorEntry | undefined;
  /** The row of `country` (ISO-3) that carries `role`, e.g. (SYR, army) → syr-army. */
  forFocus(country: string, role: FocusRole): ActorEntry | undefined;
  /** Languages with an alias table, e.g. ['en', 'fr']. */
  languages: readonly string[];
  table(lang: string): LanguageTable | undefined;
  /** Grammar of the alias or head noun a rule id points at (`actors:fr/actor-aliases.tsv:42`). */
  grammarOfRule(rule: string): Grammar | undefined;
}
