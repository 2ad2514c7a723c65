import type { ActorEntry, ActorType } from '../../model/actor.js';
import { SECTOR_OF_FOCUS_ROLE, type FocusRole } from '../../resources/actor-lexicon-types.js';
import type { ActorRef } from '../../model/claim.js';
import type { CodedActor } from './types.js';
import { groupCountries } from '../../stages/actors/group-descriptions.js';

/**
 * Sitrep actor → the gold sets' actor space: a country (ISO-3 from the lexicon's `country` column, or PLOVER's
 * `IGO`/`NGO`) and a PLOVER sector. The table is documented in docs/eval-claims.md; the id scheme in docs/actors.md.
 *
 * Sectors, by precedence: a row's own `sector` column (a parliament is a `state` row of sector LEG); the sector
 * named in a described group's id (`group:COP:EGY`); else the sector of the actor's type below. International
 * organisations become `IGO` (as PLOVER-GSR codes the UN, NATO, APEC); monitors `NGO`; IS, al-Qaeda and other armed
 * groups with no country are CAMEO's international militarized group, `IMG`.
 */
export const SECTOR_OF_TYPE: Readonly<Record<ActorType, string | undefined>> = {
  state: 'GOV',
  'state-force': 'MIL',
  militia: 'MIL',
  'non-state-armed-group': 'REB',
  monitor: 'NGO',
  media: 'JRN',
  'international-org': undefined,
  person: undefined,
  group: undefined,
  civilians: 'CVL',
};

/** PLOVER sector → CAMEO agent code where they differ: PLOVER's media is CAMEO's MED, PLOVER's health CAMEO's HLH. */
const CAMEO_SECTOR: Readonly<Record<string, string>> = { JRN: 'MED', MED: 'HLH' };

/** Sectors that also exist as CAMEO agent codes, so they may follow the country in a CAMEO actor code. */
const CAMEO_AGENTS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'REB', 'OPP', 'LEG', 'JUD', 'CVL', 'REF', 'EDU', 'HLH', 'MED', 'BUS', 'LAB', 'AGR', 'REL', 'CRM', 'ELI', 'PTY', 'UAF']);

/** Codes PLOVER puts in the country slot: a row or a group with one of these sectors is coded with it. */
const COUNTRY_SLOT = new Set(['IGO', 'NGO']);

/** Looks up lexicon rows by id; `ActorLexicon.get` fits (its rows may carry a PLOVER `sector`). */
export type ActorLookup = (id: string) => (ActorEntry & { sector?: string }) | undefined;

/**
 * What the actor stage knows of an actor beyond its id, when the caller has it (an `ActorMention` has both): the
 * `affiliation` of a person found by a title ("Israeli Prime Minister Ehud Barak" → `isr`) and its `nationality`.
 * `ActorRef` does not carry them yet; a claim's actor is then coded from its id alone.
 */
export type CodableRef = Pick<ActorRef, 'actorId' | 'label'> & Partial<ActorRef> & { affiliation?: string; nationality?: string };

/** The gold-space code of one lexicon row (persons take the code and sector of the organisation they belong to). */
export function codeEntry(entry: ActorEntry & { sector?: string }, lookup: ActorLookup, depth = 0): CodedActor | undefined {
  if (entry.type === 'person') {
    const org = entry.partOf ? lookup(entry.partOf) : undefined;
    const coded = org && depth < 4 ? codeEntry(org, lookup, depth + 1) : undefined;
    // A person speaking for an international body is its executive ("U.N. Secretary-General Kofi Annan" IGOGOV).
    if (coded?.code === 'IGO' && !coded.sector) return { ...coded, sector: 'GOV', text: entry.label.en };
    if (coded) return { ...coded, text: entry.label.en };
    return entry.country ? { code: entry.country, text: entry.label.en } : undefined;
  }
  // PLOVER folds a dependency into the state that controls it ("Puerto Rico" → USA).
  if (entry.type === 'state' && entry.partOf && depth < 4) {
    const parent = lookup(entry.partOf);
    if (parent?.type === 'state' && parent.country && parent.country !== entry.country) return { ...codeEntry(parent, lookup, depth + 1), code: parent.country, text: entry.label.en };
  }
  if (entry.sector && COUNTRY_SLOT.has(entry.sector)) return { code: entry.sector, text: entry.label.en };
  const sector = entry.sector ?? SECTOR_OF_TYPE[entry.type];
  const code = entry.country ?? (entry.type === 'international-org' ? 'IGO' : entry.type === 'monitor' ? 'NGO' : entry.type === 'non-state-armed-group' ? 'IMG' : undefined);
  if (code === 'IMG') return { code, text: entry.label.en };
  if (!code) return undefined;
  const keep = sector && (!COUNTRY_SLOT.has(code) || entry.sector !== undefined);
  return { code, ...(keep ? { sector } : {}), text: entry.label.en };
}

/**
 * Head kinds whose group ids predate sectors (their ids are pinned), with the sector they stand for: a people named
 * by its nationality ("Iraqi Kurds", "les Syriens") is unaffiliated, CVL; "forces", always someone's ("Bosnian Serbs
 * said their forces…"), are military, MIL; "gunmen", "armed men", "assailants" are CAMEO's unidentified armed
 * forces, UAF (the Phoenix agents dictionary codes GUNMAN so).
 */
const KIND_SECTOR: Readonly<Record<string, string>> = { people: 'CVL', forces: 'MIL', gunmen: 'UAF' };

/**
 * A described group's code: `group:<K>[:<tags>]` where K is a PLOVER sector (upper case: `group:COP:EGY`) or the
 * head noun's kind (`group:militia:IRQ`, sector then from the actor type; `people`: CVL), and the first upper-case
 * ISO-3 tag is the country.
 */
function codeGroup(ref: CodableRef, where?: string): CodedActor | undefined {
  const [, k = '', tagPart = ''] = ref.actorId.split(':');
  const sector = /^[A-Z]{3}$/.test(k) ? k : (KIND_SECTOR[k] ?? (ref.actorType ? SECTOR_OF_TYPE[ref.actorType] : undefined));
  if (sector && COUNTRY_SLOT.has(sector)) return { code: sector, text: ref.label };
  const country = tagPart.split('+').find((t) => /^[A-Z]{3}$/.test(t)) ?? where;
  if (!country) return undefined;
  return { code: country, ...(sector ? { sector } : {}), text: ref.label };
}

/**
 * A claim's actor in the gold space. Lexicon rows go through `codeEntry`; unnamed groups carry their nationality
 * and sector in the id (`group:COP:EGY`, `group:fighters:SYR+kurdish`); a person is coded from the affiliation the
 * ref carries when it differs from the lexicon's, else its nationality, when the ref carries them.
 */
export function codeActor(ref: CodableRef, lookup: ActorLookup, where?: string): CodedActor | undefined {
  const entry = lookup(ref.actorId);
  // A person's side is the one the mention carries when it carries one: the lexicon's for the dates of the role, a
  // title's outside them ("Palestinian Prime Minister Ismail Haniyeh" in 2006, not Hamas's leader of 2017).
  if (entry && !(entry.type === 'person' && ref.affiliation && ref.affiliation !== entry.partOf)) return codeEntry(entry, lookup);
  if (ref.actorId.startsWith('group:')) return codeGroup(ref, where);
  // "The government of Sindh province ordered …": a bare description no focus country resolved is that of the
  // country the claim took place in, in the sector of its role.
  if (ref.actorId.startsWith('generic:')) {
    const sector = SECTOR_OF_FOCUS_ROLE[ref.actorId.slice('generic:'.length) as FocusRole];
    return where && sector ? { code: where, sector, text: ref.label } : undefined;
  }
  if (ref.actorId.startsWith('person:')) {
    const via = ref.affiliation && ref.affiliation !== ref.actorId ? codeActor({ actorId: ref.affiliation, label: ref.label }, lookup, where) : undefined;
    if (via) return { ...via, ...(via.code === 'IGO' && !via.sector ? { sector: 'GOV' } : {}), text: ref.label };
    if (ref.nationality) return { code: ref.nationality, text: ref.label };
  }
  return undefined;
}

/**
 * Every gold-space actor a claim's actor stands for: a described group of several nationalities ("Hungarian and
 * Romanian officials", `group:GOV:HUN+ROU`) is one actor per country, as PLOVER codes a compound source. A group
 * of no nationality ("ethnic Albanians", "protesters") belongs to `where`, the country the claim took place in, when
 * given: PLOVER codes ethnic Albanians demonstrating in Serbia as SRB civilians.
 */
export function codeActors(ref: CodableRef, lookup: ActorLookup, where?: string): CodedActor[] {
  const one = codeActor(ref, lookup, where);
  if (!one || !ref.actorId.startsWith('group:')) return one ? [one] : [];
  const countries = groupCountries(ref.actorId);
  return countries.length > 1 ? countries.map((code) => ({ ...one, code })) : [one];
}

/**
 * The CAMEO actor code used for PETRARCH triples: the lexicon's own `cameo` column when it has one (`SYRMIL`,
 * `IGOUNO`), else country + the sector in CAMEO's spelling (PLOVER JRN → MED, MED → HLH), else `---` (PETRARCH's
 * "unknown").
 */
export function cameoActorCode(ref: CodableRef | undefined, lookup: ActorLookup): string {
  if (!ref) return '---';
  const entry = lookup(ref.actorId);
  if (entry?.cameo) return entry.cameo;
  const coded = codeActor(ref, lookup);
  if (!coded) return '---';
  const s = coded.sector ? (CAMEO_SECTOR[coded.sector] ?? coded.sector) : '';
  return `${coded.code}${CAMEO_AGENTS.has(s) ? s : ''}`;
}
