/**
 * Loads the actor lexicon (resources/actors/*.tsv) and the per-language actor tables
 * (resources/lexicons/<lang>/actor-aliases.tsv, group-*.tsv, actor-person-cues.tsv) and compiles each table once
 * into token tries. Called by the actor stage's factory, never per report.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDataLines, type DataLine } from './line-file.js';
import { RESOURCES_DIR } from './resource-paths.js';
import { tokenKeys } from './actor-tokens.js';
import { TokenTrie } from './actor-trie.js';
import type {
  ActorLexicon,
  AliasEntry,
  AliasFlag,
  ConnectorRole,
  FocusRole,
  Grammar,
  GroupAdjective,
  GroupHead,
  LanguageTable,
  LexiconActor,
  PersonCue,
  PersonInfo,
} from './actor-lexicon-types.js';
import {
  aliasFlags,
  focusRole,
  grammar,
  lexiconError,
  sector,
  parseActorRow,
  parseAdjectiveRow,
  parseConnectorRow,
  parseHeadRow,
  parsePersonCueRow,
  parsePersonRow,
  ruleOf,
} from './actor-lexicon-rows.js';

export type * from './actor-lexicon-types.js';
export { FOCUS_ROLES, ALIAS_FLAGS, SECTORS, SECTOR_OF_FOCUS_ROLE } from './actor-lexicon-types.js';

/** One row of actors/countries.tsv (see that file's header). */
interface CountryRow {
  iso3: string;
  iso2: string;
  id: string;
  names: Record<string, string[]>;
  gramFr?: Grammar;
  sovereign?: string;
  rule: string;
}

/** `dir` is the resources root (holding actors/ and lexicons/); tests may point it at a fixture tree. */
export function loadActorLexicon(dir: string = RESOURCES_DIR): ActorLexicon {
  const entries = new Map<string, LexiconActor>();
  const persons = new Map<string, PersonInfo>();
  const focus = new Map<string, LexiconActor>();
  // Keyed by country; an international body's own arm by the body's id ("un/army": its peacekeepers).
  const addFocus = (entry: LexiconActor, role: FocusRole, line?: DataLine): void => {
    const key = `${entry.country ?? entry.partOf}/${role}`;
    if (focus.has(key) && line) throw lexiconError(line, `a second ${role} row for ${entry.country ?? entry.partOf}`);
    if (!focus.has(key)) focus.set(key, entry);
  };
  for (const line of readDataLines('actors/actors.tsv', dir)) {
    const { entry, focusRole: role } = parseActorRow(line);
    if (entries.has(entry.id)) throw lexiconError(line, `duplicate actor id "${entry.id}"`);
    entries.set(entry.id, entry);
    if (role && (entry.country || (entry.type === 'international-org' && entry.partOf))) addFocus(entry, role, line);
  }
  const countries = loadCountries(dir, entries, addFocus);
  for (const line of readDataLines('actors/persons.tsv', dir)) {
    const { entry, person } = parsePersonRow(line);
    if (entries.has(entry.id)) throw lexiconError(line, `duplicate actor id "${entry.id}"`);
    entries.set(entry.id, entry);
    persons.set(person.id, person);
  }
  const iso3 = new Map(countries.map((c) => [c.iso2, c.iso3]));
  const derived = loadPhoenix(dir, entries, persons, new Map(countries.map((c) => [c.iso3, c.id])));

  const grammarByRule = new Map<string, Grammar>();
  const tables = new Map<string, LanguageTable>();
  const demonyms = englishDemonyms(dir);
  const shared: Shared = { dir, entries, grammarByRule, countries, iso3, englishDemonyms: demonyms };
  const demonymOfIso3 = new Map(countries.flatMap((c) => (demonyms.has(c.iso2) ? [[c.iso3, demonyms.get(c.iso2)!] as const] : [])));
  for (const lang of languageDirs(dir)) {
    const table = loadLanguageTable(shared, lang);
    if (table) tables.set(lang, table);
  }

  return {
    entries,
    persons,
    get: (id) => entries.get(id),
    iso3: (iso2) => iso3.get(iso2),
    demonym: (iso3Code) => demonymOfIso3.get(iso3Code),
    bySurname: (key) => derived.surnames.get(key) ?? [],
    names: derived.names,
    forFocus: (country, role) => focus.get(`${country}/${role}`),
    languages: [...tables.keys()].sort(),
    table: (lang) => tables.get(lang),
    grammarOfRule: (rule) => grammarByRule.get(governingRule(rule)),
  };
}

/**
 * actors/countries.tsv: every country is a `state` row (focus role government) unless actors.tsv already has its
 * id (`syr-government`, `rus` … keep their curated rows); a dependency is `part_of` the state it is folded into.
 */
function loadCountries(
  dir: string,
  entries: Map<string, LexiconActor>,
  addFocus: (entry: LexiconActor, role: FocusRole) => void,
): CountryRow[] {
  const rows: CountryRow[] = [];
  for (const line of readDataLines('actors/countries.tsv', dir)) {
    const [iso3, iso2, id, labelEn, labelFr, gramFr, sovereign, namesEn, namesFr] = line.fields;
    if (!iso3 || !iso2 || !id || !labelEn) throw lexiconError(line, 'a country needs iso3, iso2, id and an English name');
    const list = (first: string | undefined, rest: string | undefined): string[] =>
      [first ?? '', ...(rest ?? '').split('|')].map((n) => n.trim()).filter(Boolean);
    const row: CountryRow = { iso3, iso2, id, names: { en: list(labelEn, namesEn), fr: list(labelFr, namesFr) }, rule: ruleOf(line) };
    const g = grammar(line, gramFr);
    if (g) row.gramFr = g;
    if (sovereign) row.sovereign = sovereign;
    rows.push(row);
    const known = entries.get(id);
    if (known) {
      if (known.type !== 'state' || known.country !== iso3) throw lexiconError(line, `actor "${id}" exists but is not the state of ${iso3}`);
      continue;
    }
    const entry: LexiconActor = { id, type: 'state', country: iso3, label: { en: labelEn }, cameo: iso3, source: 'cldr:countries' };
    if (labelFr) entry.label.fr = labelFr;
    entries.set(id, entry);
  }
  const idOf = new Map(rows.map((r) => [r.iso3, r.id]));
  for (const r of rows) {
    const entry = entries.get(r.id) as LexiconActor;
    const parent = r.sovereign ? idOf.get(r.sovereign) : undefined;
    if (parent && entry.source === 'cldr:countries') entry.partOf = parent;
    addFocus(entry, 'government');
  }
  return rows;
}

/**
 * actors/phoenix-actors.tsv (see its header): heads of state and government with their terms in office, heads of
 * international bodies, named armed groups. Rows whose id the curated files have are skipped; a person is part of
 * the government of its state (or of the international body) it led.
 */
function loadPhoenix(
  dir: string,
  entries: Map<string, LexiconActor>,
  persons: Map<string, PersonInfo>,
  stateOf: ReadonlyMap<string, string>,
): { names: TokenTrie<AliasEntry>; surnames: Map<string, string[]> } {
  // One trie for every language; a language's own alias wins over a name here that covers the same words.
  const names = new TokenTrie<AliasEntry>();
  const cs: ReadonlySet<AliasFlag> = new Set(['cs']);
  const surnames = new Map<string, string[]>();
  for (const line of readDataLines('actors/phoenix-actors.tsv', dir)) {
    const [id, type, country, label, sec, validFrom, validTo, partOf, surname, aliases] = line.fields;
    if (!id || !label || (type !== 'person' && type !== 'non-state-armed-group')) throw lexiconError(line, 'a row needs an id, a type (person, non-state-armed-group) and a label');
    if (entries.has(id)) continue;
    const entry: LexiconActor = { id, type, label: { en: label }, source: 'phoenix:derived' };
    if (country) entry.country = country;
    const s = sector(line, sec);
    if (s) entry.sector = s;
    const parent = partOf ? (stateOf.get(partOf) ?? (entries.has(partOf) ? partOf : undefined)) : undefined;
    if (parent) entry.partOf = parent;
    if (type === 'person') {
      const info: PersonInfo = { id, roleEn: '' };
      if (parent) info.affiliation = parent;
      if (validFrom) info.validFrom = validFrom;
      if (validTo) info.validTo = validTo;
      persons.set(id, info);
      if (surname) {
        const key = keyOf(surname);
        const list = surnames.get(key);
        if (list) list.push(id);
        else surnames.set(key, [id]);
      }
    } else {
      if (validFrom) entry.validFrom = validFrom;
      if (validTo) entry.validTo = validTo;
    }
    entries.set(id, entry);
    const rule = ruleOf(line);
    for (const name of [label, ...(aliases ?? '').split('|')].map((n) => n.trim()).filter(Boolean)) {
      const { keys, caseKeys } = tokenKeys(name);
      names.add(keys, { alias: name, actorId: id, flags: cs, caseKeys, rule });
    }
  }
  return { names, surnames };
}

/** The first English demonym of each ISO-2 country (labels of French adjectives: "hongrois" → "Hungarian"). */
function englishDemonyms(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readDataLines('lexicons/en/place-demonyms.tsv', dir)) {
    const [form, iso2] = line.fields;
    if (form && iso2 && !out.has(iso2)) out.set(iso2, form);
  }
  return out;
}

interface Shared {
  dir: string;
  entries: ReadonlyMap<string, LexiconActor>;
  grammarByRule: Map<string, Grammar>;
  countries: readonly CountryRow[];
  iso3: ReadonlyMap<string, string>;
  englishDemonyms: ReadonlyMap<string, string>;
}

/** ICU's name of a country (ISO 3166-1 alpha-2) in `lang`, as a list of at most one. */
function icuCountryNames(lang: string): (iso2: string) => string[] {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  return (iso2) => {
    const name = names.of(iso2);
    return name ? [name] : [];
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

const keyOf = (form: string): string => tokenKeys(form).keys.join('\u0001');

function loadLanguageTable(shared: Shared, lang: string): LanguageTable | undefined {
  const { dir, entries, grammarByRule } = shared;
  const aliases = new TokenTrie<AliasEntry>();
  const aliasKeys = new Set<string>();
  for (const line of readDataLines(`lexicons/${lang}/actor-aliases.tsv`, dir)) {
    const alias = parseAliasRow(line, entries);
    const { keys, caseKeys } = tokenKeys(alias.alias);
    aliases.add(keys, { ...alias, caseKeys });
    aliasKeys.add(keys.join('\u0001'));
    if (alias.gram) grammarByRule.set(alias.rule, alias.gram);
  }
  // Country names (actors/countries.tsv) in this language, unless the hand-written table already has the form. A
  // language the file has no column for takes the runtime's ICU name ("Siria"), so a new language needs no list.
  const countryKeys = new Set<string>();
  const icu = icuCountryNames(lang);
  for (const c of shared.countries) {
    for (const name of c.names[lang] ?? icu(c.iso2)) {
      const { keys, caseKeys } = tokenKeys(name);
      const key = keys.join('\u0001');
      countryKeys.add(key);
      if (aliasKeys.has(key)) continue;
      aliasKeys.add(key);
      const alias: AliasEntry = { alias: name, actorId: c.id, flags: new Set(['country', 'cs']), caseKeys, rule: c.rule };
      if (lang === 'fr' && c.gramFr) {
        alias.gram = c.gramFr;
        grammarByRule.set(c.rule, c.gramFr);
      }
      aliases.add(keys, alias);
    }
  }

  const heads = new TokenTrie<GroupHead>();
  const headKeys = new Set<string>();
  for (const line of readDataLines(`lexicons/${lang}/group-heads.tsv`, dir)) {
    const head = parseHeadRow(line, ruleOf(line));
    heads.add(tokenKeys(head.head).keys, head);
    headKeys.add(keyOf(head.head));
    if (head.gram) grammarByRule.set(head.rule, head.gram);
  }

  const adjectives = new TokenTrie<GroupAdjective>();
  const adjectiveKeys = new Set<string>();
  let adjectiveOrder: 'before' | 'after' = 'after';
  const national: GroupAdjective[] = [];
  const addAdjective = (adj: GroupAdjective): void => {
    // English demonyms are capitalised; "polish" the verb is not "Polish".
    if (adjectiveOrder === 'before' && /^\p{Lu}/u.test(adj.form)) adj.capital = true;
    adjectives.add(tokenKeys(adj.form).keys, adj);
    adjectiveKeys.add(keyOf(adj.form));
    if (/^[A-Z]{3}$/.test(adj.tag)) national.push(adj);
  };
  for (const line of readDataLines(`lexicons/${lang}/group-adjectives.tsv`, dir)) {
    // "@order <before|after>" is a setting row: where adjectives stand relative to the noun in this language.
    if (line.fields[0] === '@order') {
      if (line.fields[1] !== 'before' && line.fields[1] !== 'after') throw lexiconError(line, '@order is before or after');
      adjectiveOrder = line.fields[1];
      continue;
    }
    addAdjective(parseAdjectiveRow(line, ruleOf(line)));
  }
  // Every country's demonyms come from the place stage's list (ISO-2 there), after the hand-written adjectives.
  for (const line of readDataLines(`lexicons/${lang}/place-demonyms.tsv`, dir)) {
    const [form, iso2] = line.fields;
    const tag = iso2 ? shared.iso3.get(iso2) : undefined;
    if (!form || !tag || adjectiveKeys.has(keyOf(form))) continue;
    const labelEn = lang === 'en' ? form : (shared.englishDemonyms.get(iso2 as string) ?? tag);
    addAdjective({ form, tag, labelEn, rule: ruleOf(line) });
  }
  // Demonym nouns ("Hungarians", "les Syriens"): a people named by its nationality, a bare description.
  for (const adj of national) {
    const noun = demonymNoun(adj.form, lang);
    const key = noun ? keyOf(noun) : '';
    // A French plural adjective is spelled as its noun ("syriens" / "les Syriens"): the capital tells them apart, so
    // only a language whose adjectives are capitalised too (English "Swiss") loses the noun to the adjective.
    const sameAsAdjective = adjectiveOrder === 'before' && adjectiveKeys.has(key);
    if (!noun || headKeys.has(key) || aliasKeys.has(key) || countryKeys.has(key) || sameAsAdjective) continue;
    headKeys.add(key);
    const head: GroupHead = {
      head: noun,
      kind: 'people',
      actorType: 'group',
      labelEn: `${adj.labelEn} people`,
      bare: true,
      rule: adj.rule,
      tag: adj.tag,
      capital: true,
      ...(adj.residence ? { residence: true } : {}),
    };
    if (lang === 'fr') head.gram = { gender: /(nnes|ines|aises|oises|anes|ées)$/.test(noun) ? 'f' : 'm', number: 'p' };
    heads.add(tokenKeys(noun).keys, head);
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

/**
 * The plural noun of a nationality adjective: English "Hungarian" → "Hungarians", "Iraqi" → "Iraqis", "Cypriot" →
 * "Cypriots", "Slovene" → "Slovenes" (other endings — "French", "Chinese", "Swiss" — have no regular plural); French
 * plural or invariable forms, capitalised
 * ("syriens" → "Syriens", "français" → "Français").
 */
function demonymNoun(form: string, lang: string): string | undefined {
  if (lang === 'en') return /^\p{Lu}/u.test(form) && /(?:an|i|o|ot|ar|ak|ek|in|ene|er|ine)$/.test(form) && !form.includes(' ') ? `${form}s` : undefined;
  if (lang === 'fr') return /[sx]$/.test(form) ? form.charAt(0).toUpperCase() + form.slice(1) : undefined;
  return undefined;
}

/** actor-aliases.tsv: alias, actor (id or @focus-role), flags, gram, valid_from, valid_to. */
function parseAliasRow(line: DataLine, entries: ReadonlyMap<string, LexiconActor>) {
  const [alias, target, flags, gram, validFrom, validTo] = line.fields;
  if (!alias || !target) throw lexiconError(line, 'an alias needs a form and an actor');
  const out: Omit<AliasEntry, 'caseKeys'> = { alias, flags: aliasFlags(line, flags), rule: ruleOf(line) };
  if (target === '-') {
    out.block = true;
  } else if (target.startsWith('@')) {
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
