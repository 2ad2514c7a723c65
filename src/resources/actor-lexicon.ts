/**
 * Loads the actor lexicon (resources/actors/*.tsv) and the per-language actor tables
 * (resources/lexicons/<lang>/actor-aliases.tsv, group-*.tsv, actor-person-cues.tsv) and compiles each table once
 * into token tries. Called by the actor stage's factory, never per report.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorEntry } from '../model/actor.js';
import { readDataLines } from './line-file.js';
import { RESOURCES_DIR } from './resource-paths.js';
import { tokenKeys } from './actor-tokens.js';
import { TokenTrie } from './actor-trie.js';
import type {
  ActorLexicon,
  AliasEntry,
  ConnectorRole,
  FocusRole,
  Grammar,
  GroupAdjective,
  GroupHead,
  LanguageTable,
  PersonCue,
  PersonInfo,
} from './actor-lexicon-types.js';
import {
  aliasFlags,
  focusRole,
  grammar,
  lexiconError,
  parseActorRow,
  parseAdjectiveRow,
  parseConnectorRow,
  parseHeadRow,
  parsePersonCueRow,
  parsePersonRow,
  ruleOf,
} from './actor-lexicon-rows.js';

export type * from './actor-lexicon-types.js';
export { FOCUS_ROLES, ALIAS_FLAGS } from './actor-lexicon-types.js';

/** `dir` is the resources root (holding actors/ and lexicons/); tests may point it at a fixture tree. */
export function loadActorLexicon(dir: string = RESOURCES_DIR): ActorLexicon {
  const entries = new Map<string, ActorEntry>();
  const persons = new Map<string, PersonInfo>();
  const focus = new Map<string, ActorEntry>();
  for (const line of readDataLines('actors/actors.tsv', dir)) {
    const { entry, focusRole: role } = parseActorRow(line);
    if (entries.has(entry.id)) throw lexiconError(line, `duplicate actor id "${entry.id}"`);
    entries.set(entry.id, entry);
    if (role && entry.country) {
      const key = `${entry.country}/${role}`;
      if (focus.has(key)) throw lexiconError(line, `a second ${role} row for ${entry.country}`);
      focus.set(key, entry);
    }
  }
  for (const line of readDataLines('actors/persons.tsv', dir)) {
    const { entry, person } = parsePersonRow(line);
    if (entries.has(entry.id)) throw lexiconError(line, `duplicate actor id "${entry.id}"`);
    entries.set(entry.id, entry);
    persons.set(person.id, person);
  }

  const grammarByRule = new Map<string, Grammar>();
  const tables = new Map<string, LanguageTable>();
  for (const lang of languageDirs(dir)) {
    const table = loadLanguageTable(dir, lang, entries, grammarByRule);
    if (table) tables.set(lang, table);
  }

  return {
    entries,
    persons,
    get: (id) => entries.get(id),
    forFocus: (country, role) => focus.get(`${country}/${role}`),
    languages: [...tables.keys()].sort(),
    table: (lang) => tables.get(lang),
    grammarOfRule: (rule) => grammarByRule.get(governingRule(rule)),
  };
}

function languageDirs(dir: string): string[] {
  const root = join(dir, 'lexicons');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'actor-aliases.tsv')))
    .map((d) => d.name)
    .sort();
}

function loadLanguageTable(
  dir: string,
  lang: string,
  entries: ReadonlyMap<string, ActorEntry>,
  grammarByRule: Map<string, Grammar>,
): LanguageTable | undefined {
  const aliases = new TokenTrie<AliasEntry>();
  for (const line of readDataLines(`lexicons/${lang}/actor-aliases.tsv`, dir)) {
    const alias = parseAliasRow(line, entries);
    const { keys, caseKeys } = tokenKeys(alias.alias);
    aliases.add(keys, { ...alias, caseKeys });
    if (alias.gram) grammarByRule.set(alias.rule, alias.gram);
  }

  const heads = new TokenTrie<GroupHead>();
  for (const line of readDataLines(`lexicons/${lang}/group-heads.tsv`, dir)) {
    const head = parseHeadRow(line, ruleOf(line));
    heads.add(tokenKeys(head.head).keys, head);
    if (head.gram) grammarByRule.set(head.rule, head.gram);
  }

  const adjectives = new TokenTrie<GroupAdjective>();
  let adjectiveOrder: 'before' | 'after' = 'after';
  for (const line of readDataLines(`lexicons/${lang}/group-adjectives.tsv`, dir)) {
    // "@order <before|after>" is a setting row: where adjectives stand relative to the noun in this language.
    if (line.fields[0] === '@order') {
      if (line.fields[1] !== 'before' && line.fields[1] !== 'after') throw lexiconError(line, '@order is before or after');
      adjectiveOrder = line.fields[1];
      continue;
    }
    const adj = parseAdjectiveRow(line, ruleOf(line));
    adjectives.add(tokenKeys(adj.form).keys, adj);
  }

  const connectors = new TokenTrie<ConnectorRole>();
  for (const line of readDataLines(`lexicons/${lang}/group-connectors.tsv`, dir)) {
    const { form, role } = parseConnectorRow(line);
    connectors.add(tokenKeys(form).keys, role);
  }

  const personCues = new TokenTrie<PersonCue>();
  for (const line of readDataLines(`lexicons/${lang}/actor-person-cues.tsv`, dir)) {
    const cue = parsePersonCueRow(line);
    personCues.add(tokenKeys(cue.form).keys, cue);
  }

  if (aliases.size === 0) return undefined;
  return { lang, aliases, heads, adjectives, adjectiveOrder, connectors, personCues };
}

/** actor-aliases.tsv: alias, actor (id or @focus-role), flags, gram, valid_from, valid_to. */
function parseAliasRow(line: ReturnType<typeof readDataLines>[number], entries: ReadonlyMap<string, ActorEntry>) {
  const [alias, target, flags, gram, validFrom, validTo] = line.fields;
  if (!alias || !target) throw lexiconError(line, 'an alias needs a form and an actor');
  const out: Omit<AliasEntry, 'caseKeys'> = { alias, flags: aliasFlags(line, flags), rule: ruleOf(line) };
  if (target.startsWith('@')) {
    out.focusRole = focusRole(line, target.slice(1)) as FocusRole;
    if (!out.flags.has('generic')) throw lexiconError(line, `an @${out.focusRole} alias must be flagged generic`);
  } else {
    if (!entries.has(target)) throw lexiconError(line, `unknown actor id "${target}" (add it to actors/*.tsv)`);
    out.actorId = target;
  }
  const g = grammar(line, gram);
  if (g) out.gram = g;
  if (validFrom) out.validFrom = validFrom;
  if (validTo) out.validTo = validTo;
  return out;
}

/**
 * The rule whose form governs agreement: for "combattants du Hezbollah" (`...aliases.tsv:9;head:fr/group-heads.tsv:1`)
 * the head noun, else the first rule.
 */
function governingRule(rule: string): string {
  const parts = rule.split(';');
  const head = parts.find((p) => p.startsWith('head:'));
  return head ? `actors:${head.slice('head:'.length)}` : (parts[0] ?? rule);
}
