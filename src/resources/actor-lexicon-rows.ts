/** Parsing of the rows of the actor data files into typed records; every bad row names its file and line. */
import { ACTOR_TYPES, type ActorEntry, type ActorType } from '../model/actor.js';
import { SitrepError } from '../errors.js';
import type { DataLine } from './line-file.js';
import {
  ALIAS_FLAGS,
  CONNECTOR_ROLES,
  FOCUS_ROLES,
  SECTORS,
  type AliasFlag,
  type ConnectorRole,
  type FocusRole,
  type Grammar,
  type GroupAdjective,
  type GroupHead,
  type LexiconActor,
  type PersonCue,
  type PersonInfo,
  type Sector,
} from './actor-lexicon-types.js';

export const ACTOR_LEXICON_ERROR = 'E_ACTOR_LEXICON';

export function lexiconError(line: DataLine, problem: string): SitrepError {
  return new SitrepError(ACTOR_LEXICON_ERROR, problem, {
    input: line.ref,
    remedy: 'Fix the row; the columns are listed in the comment at the top of the file',
  });
}

/** `lexicons/fr/actor-aliases.tsv:42` → `actors:fr/actor-aliases.tsv:42` (the id mentions carry). */
export function ruleOf(line: DataLine): string {
  return `actors:${line.ref.replace(/^lexicons\//, '').replace(/\\/g, '/')}`;
}

const opt = (s: string | undefined): string | undefined => (s === undefined || s === '' ? undefined : s);

function actorType(line: DataLine, value: string | undefined): ActorType {
  if (!(ACTOR_TYPES as readonly string[]).includes(value ?? '')) {
    throw lexiconError(line, `unknown actor type "${value ?? ''}" (expected one of ${ACTOR_TYPES.join(', ')})`);
  }
  return value as ActorType;
}

export function focusRole(line: DataLine, value: string | undefined): FocusRole | undefined {
  if (opt(value) === undefined) return undefined;
  if (!(FOCUS_ROLES as readonly string[]).includes(value as string)) {
    throw lexiconError(line, `unknown focus role "${value}" (expected one of ${FOCUS_ROLES.join(', ')})`);
  }
  return value as FocusRole;
}

export function grammar(line: DataLine, value: string | undefined): Grammar | undefined {
  if (opt(value) === undefined) return undefined;
  const m = /^([mfx])\.([sp])$/.exec(value as string);
  if (!m) throw lexiconError(line, `bad gram "${value}" (expected m.s, f.p, x.s ...)`);
  return { gender: m[1] as Grammar['gender'], number: m[2] as Grammar['number'] };
}

export function sector(line: DataLine, value: string | undefined): Sector | undefined {
  if (opt(value) === undefined) return undefined;
  if (!(SECTORS as readonly string[]).includes(value as string)) {
    throw lexiconError(line, `unknown sector "${value}" (expected one of ${SECTORS.join(', ')})`);
  }
  return value as Sector;
}

export function aliasFlags(line: DataLine, value: string | undefined): Set<AliasFlag> {
  const flags = new Set<AliasFlag>();
  for (const f of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(ALIAS_FLAGS as readonly string[]).includes(f)) throw lexiconError(line, `unknown flag "${f}"`);
    flags.add(f as AliasFlag);
  }
  return flags;
}

/**
 * actors.tsv: id, type, country, label_en, label_fr, part_of, valid_from, valid_to, cameo, focus_role, source,
 * sector (PLOVER, when the type alone does not say it: a parliament is a `state` row of sector LEG).
 */
export function parseActorRow(line: DataLine): { entry: LexiconActor; focusRole?: FocusRole } {
  const [id, type, country, labelEn, labelFr, partOf, validFrom, validTo, cameo, role, source, sec] = line.fields;
  if (!id || !labelEn) throw lexiconError(line, 'an actor needs an id and an English label');
  const entry: LexiconActor = { id, type: actorType(line, type), label: { en: labelEn }, source: source || 'curated' };
  const s = sector(line, sec);
  if (s) entry.sector = s;
  if (opt(labelFr)) entry.label.fr = labelFr;
  if (opt(country)) entry.country = country;
  if (opt(partOf)) entry.partOf = partOf;
  if (opt(validFrom)) entry.validFrom = validFrom;
  if (opt(validTo)) entry.validTo = validTo;
  if (opt(cameo)) entry.cameo = cameo;
  return { entry, focusRole: focusRole(line, role) };
}

/** persons.tsv: id, label_en, label_fr, role_en, role_fr, affiliation, country, valid_from, valid_to, source. */
export function parsePersonRow(line: DataLine): { entry: ActorEntry; person: PersonInfo } {
  const [id, labelEn, labelFr, roleEn, roleFr, affiliation, country, validFrom, validTo, source] = line.fields;
  if (!id?.startsWith('person:') || !labelEn) throw lexiconError(line, 'a person needs an id `person:<slug>` and a label');
  const entry: ActorEntry = { id, type: 'person', label: { en: labelEn }, source: source || 'curated' };
  if (opt(labelFr)) entry.label.fr = labelFr;
  if (opt(country)) entry.country = country;
  if (opt(affiliation)) entry.partOf = affiliation;
  const person: PersonInfo = { id, roleEn: roleEn ?? '' };
  if (opt(roleFr)) person.roleFr = roleFr;
  if (opt(affiliation)) person.affiliation = affiliation;
  if (opt(validFrom)) person.validFrom = validFrom;
  if (opt(validTo)) person.validTo = validTo;
  return { entry, person };
}

/** group-heads.tsv: head, kind, actor_type, label_en, resolves_to, bare, gram, sector, title, tag. */
export function parseHeadRow(line: DataLine, rule: string): GroupHead {
  const [head, kind, type, labelEn, resolvesTo, bare, gram, sec, title, tag] = line.fields;
  if (!head || !kind || !labelEn) throw lexiconError(line, 'a head needs a form, a kind and a label');
  if (opt(bare) !== undefined && !['yes', 'no', 'possessive', 'determined'].includes(bare!)) throw lexiconError(line, `bare is yes, no, possessive, determined or empty, not "${bare}"`);
  const out: GroupHead = { head, kind, actorType: actorType(line, type), labelEn, bare: bare === 'yes' || bare === 'determined', rule };
  if (bare === 'possessive') out.possessiveOnly = true;
  if (bare === 'determined') out.determinedOnly = true;
  const role = focusRole(line, resolvesTo);
  if (role) out.resolvesTo = role;
  const g = grammar(line, gram);
  if (g) out.gram = g;
  const s = sector(line, sec);
  if (s) out.sector = s;
  // A capitalised head ("Serbs", "Islamists") names a people or a movement: only a capitalised word matches.
  if (/^\p{Lu}/u.test(head)) out.capital = true;
  if (title === 'yes' || title === 'short') out.title = title;
  else if (opt(title) !== undefined) throw lexiconError(line, `title is yes, short or empty, not "${title}"`);
  if (opt(tag)) out.tag = tag;
  return out;
}

/** group-adjectives.tsv: adjective, tag, label_en, use (`residence`, `elsewhere` or empty). */
export function parseAdjectiveRow(line: DataLine, rule: string): GroupAdjective {
  const [form, tag, labelEn, use] = line.fields;
  if (!form || !tag || !labelEn) throw lexiconError(line, 'an adjective needs a form, a tag and a label');
  if (use && use !== 'residence' && use !== 'elsewhere') throw lexiconError(line, "the fourth column is empty, 'residence' or 'elsewhere'");
  return { form, tag, labelEn, rule, ...(use === 'residence' ? { residence: true } : {}), ...(use === 'elsewhere' ? { elsewhere: true } : {}) };
}

/** group-connectors.tsv: form, role. */
export function parseConnectorRow(line: DataLine): { form: string; role: ConnectorRole } {
  const [form, role] = line.fields;
  if (!form || !(CONNECTOR_ROLES as readonly string[]).includes(role ?? '')) {
    throw lexiconError(line, `a connector needs a form and a role (${CONNECTOR_ROLES.join(', ')})`);
  }
  return { form, role: role as ConnectorRole };
}

/** actor-person-cues.tsv: form, kind, label_en. */
export function parsePersonCueRow(line: DataLine): PersonCue {
  const [form, kind, labelEn] = line.fields;
  if (!form || (kind !== 'role' && kind !== 'particle' && kind !== 'stop')) {
    throw lexiconError(line, 'a person cue needs a form and a kind (role, particle, stop)');
  }
  return { form, kind, labelEn: labelEn ?? '' };
}
