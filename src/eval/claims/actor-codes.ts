import type { ActorEntry, ActorType } from '../../model/actor.js';
import type { ActorRef } from '../../model/claim.js';
import type { CodedActor } from './types.js';

/**
 * Sitrep actor → the gold sets' actor space: a country (ISO-3 from actors.tsv's `country` column) and a CAMEO
 * sector derived from the `type` column. The table is documented in docs/eval-claims.md.
 *
 * Actors without a country: international organisations become `IGO` (as PLOVER-GSR codes the UN, NATO, APEC);
 * monitors become `NGO`; IS, al-Qaeda and other transnational groups have no country and never match.
 */
export const SECTOR_OF_TYPE: Readonly<Record<ActorType, string | undefined>> = {
  state: 'GOV',
  'state-force': 'MIL',
  militia: 'MIL',
  'non-state-armed-group': 'REB',
  monitor: 'NGO',
  media: 'MED',
  'international-org': undefined,
  person: undefined,
  group: undefined,
  civilians: 'CVL',
};

/** Looks up lexicon rows by id; `ActorLexicon.get` fits. */
export type ActorLookup = (id: string) => ActorEntry | undefined;

/** The gold-space code of one lexicon row (persons take the sector of the organisation they speak for). */
export function codeEntry(entry: ActorEntry, lookup: ActorLookup): CodedActor | undefined {
  let sector = SECTOR_OF_TYPE[entry.type];
  if (entry.type === 'person' && entry.partOf) {
    const org = lookup(entry.partOf);
    if (org) sector = SECTOR_OF_TYPE[org.type];
  }
  const code = entry.country ?? (entry.type === 'international-org' ? 'IGO' : entry.type === 'monitor' ? 'NGO' : undefined);
  if (!code) return undefined;
  return { code, ...(sector && code !== 'IGO' && code !== 'NGO' ? { sector } : {}), text: entry.label.en };
}

/**
 * A claim's actor in the gold space. Lexicon rows go through `codeEntry`; unnamed groups carry their nationality
 * as an upper-case ISO-3 tag in the id (`group:fighters:SYR+kurdish`) and a sector from their head noun's type.
 */
export function codeActor(ref: ActorRef, lookup: ActorLookup): CodedActor | undefined {
  const entry = lookup(ref.actorId);
  if (entry) return codeEntry(entry, lookup);
  if (ref.actorId.startsWith('group:')) {
    const tags = ref.actorId.split(':')[2]?.split('+') ?? [];
    const country = tags.find((t) => /^[A-Z]{3}$/.test(t));
    if (!country) return undefined;
    const sector = ref.actorType ? SECTOR_OF_TYPE[ref.actorType] : undefined;
    return { code: country, ...(sector ? { sector } : {}), text: ref.label };
  }
  return undefined;
}

/**
 * The CAMEO actor code used for PETRARCH triples: the lexicon's own `cameo` column when it has one (`SYRMIL`,
 * `IGOUNO`), else country + sector, else `---` (PETRARCH's "unknown").
 */
export function cameoActorCode(ref: ActorRef | undefined, lookup: ActorLookup): string {
  if (!ref) return '---';
  const entry = lookup(ref.actorId);
  if (entry?.cameo) return entry.cameo;
  const coded = codeActor(ref, lookup);
  if (!coded) return '---';
  const sector = coded.sector && ['GOV', 'MIL', 'REB', 'MED'].includes(coded.sector) ? coded.sector : '';
  return `${coded.code}${sector}`;
}
