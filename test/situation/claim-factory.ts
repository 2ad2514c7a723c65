/**
 * Hand-made ClaimRecords for situation tests (fusion, relations, contradictions, control timeline).
 *
 *   claim({ type: 'take-control', agent: 'syr-army', place: 'abu-kamal', time: '2017-11-09', claimant: 'syr-army',
 *           report: { id: 'r_reuters', outlet: 'Reuters' } })
 *
 * Every field has a default; strings name entries of the small tables below (actors, places), times are ISO
 * days, months or years ('2017-11-09', '2017-11', '2014') and keep that precision.
 */
import type { ActorType } from '../../src/model/actor.js';
import type { ActorRef, Claimant, ClaimPlace, ClaimStatus, ClaimType } from '../../src/model/claim.js';
import type { ActorDirectory, ActorInfo, ClaimRecord } from '../../src/model/situation.js';
import type { PartialDate, TimeInterval } from '../../src/model/time.js';
import { partialDateBounds } from '../../src/model/time.js';

/** A small actor directory with the lexicon's shape: the army is part of the state. */
export const ACTORS: ActorDirectory = new Map<string, ActorInfo>(
  (
    [
      ['syr-government', 'Syrian government', 'state'],
      ['syr-army', 'Syrian Arab Army', 'state-force', 'syr-government'],
      ['syr-air-force', 'Syrian Air Force', 'state-force', 'syr-government'],
      ['irq-government', 'Iraqi government', 'state'],
      ['irq-army', 'Iraqi Army', 'state-force', 'irq-government'],
      ['irq-federal-police', 'Iraqi Federal Police', 'state-force', 'irq-government'],
      ['rus-government', 'Russian government', 'state'],
      ['rus-air-force', 'Russian Air Force', 'state-force', 'rus-government'],
      ['isis', 'Islamic State', 'non-state-armed-group'],
      ['sdf', 'Syrian Democratic Forces', 'non-state-armed-group'],
      ['hezbollah', 'Hezbollah', 'non-state-armed-group'],
      ['pmf', 'Popular Mobilization Forces', 'militia'],
      ['sohr', 'Syrian Observatory for Human Rights', 'monitor'],
      ['sana', 'SANA', 'media'],
    ] as [string, string, ActorType, string?][]
  ).map(([id, label, type, partOf]) => [id, { id, label, type, ...(partOf ? { partOf } : {}) }]),
);

/** Generic groups the actor stage builds from descriptions. */
const GENERIC_TYPES: Record<string, ActorType> = {
  'group:jihadists': 'non-state-armed-group',
  'group:fighters': 'group',
  'group:troops': 'state-force',
  'group:militia:IRQ': 'militia',
};

type PlaceSpec = Pick<ClaimPlace, 'placeId' | 'name' | 'lat' | 'lon' | 'countryCode' | 'admin1' | 'precision'>;

export const PLACES = {
  'abu-kamal': { placeId: 'gn:174448', name: 'Ālbū Kamāl', lat: 34.45226, lon: 40.91854, countryCode: 'SY', admin1: '07', precision: 'locality' },
  mayadin: { placeId: 'gn:173480', name: 'Al Mayādīn', lat: 35.02, lon: 40.45, countryCode: 'SY', admin1: '07', precision: 'locality' },
  'deir-ezzor': { placeId: 'gn:170794', name: 'Deir ez-Zor', lat: 35.33, lon: 40.14, countryCode: 'SY', admin1: '07', precision: 'locality' },
  'abu-kamal-district': { placeId: 'gn:174447', name: 'Abu Kamal District', lat: 34.5, lon: 40.9, countryCode: 'SY', admin1: '07', precision: 'admin2' },
  'deir-ezzor-province': { placeId: 'adm1:SY.07', name: 'Deir ez-Zor', lat: 35.3, lon: 40.1, countryCode: 'SY', admin1: '07', precision: 'admin1' },
  raqqa: { placeId: 'gn:172955', name: 'Ar Raqqah', lat: 35.95, lon: 39.01, countryCode: 'SY', admin1: '04', precision: 'locality' },
  syria: { placeId: 'country:SY', name: 'Syria', lat: 35, lon: 38, countryCode: 'SY', precision: 'country' },
  'al-qaim': { placeId: 'gn:92138', name: 'Al Qā’im', lat: 34.37, lon: 41.09, countryCode: 'IQ', admin1: '01', precision: 'locality' },
  hawija: { placeId: 'gn:390188', name: 'Al Ḩawījah', lat: 35.32, lon: 43.77, countryCode: 'IQ', admin1: '13', precision: 'locality' },
  'kirkuk-province': { placeId: 'adm1:IQ.13', name: 'Kirkuk', lat: 35.4, lon: 44.3, countryCode: 'IQ', admin1: '13', precision: 'admin1' },
} satisfies Record<string, PlaceSpec>;
export type PlaceName = keyof typeof PLACES;

export interface ReportSpec {
  id?: string;
  outlet?: string;
  lang?: string;
  publishedAt?: PartialDate;
}

export interface ClaimSpec {
  id?: string;
  type?: ClaimType;
  /** Actor id (from ACTORS, a `group:` id, or any other id) or a full ref. */
  agent?: string | ActorRef;
  target?: string | ActorRef;
  /** The side the place was taken from. */
  from?: string | ActorRef;
  coAgents?: (string | ActorRef)[];
  supporters?: (string | ActorRef)[];
  place?: PlaceName | PlaceSpec | null;
  /** '2017-11-09', '2017-11', '2014', or a full interval. */
  time?: string | TimeInterval;
  status?: ClaimStatus;
  /** 'outlet', 'unnamed', an actor id, 'person:<label>' (a person outside the lexicon), or a full claimant. */
  claimant?: string | Claimant;
  /** More claimants after the first (a confirmed claim). */
  alsoClaimants?: (string | Claimant)[];
  /** A report id or the report's fields. */
  report?: string | ReportSpec;
  qualifiers?: string[];
}

let counter = 0;

/** Claim ids default to `c_test_0001`, `c_test_0002` ...: give `id` when a test compares ids across calls. */
export function claim(spec: ClaimSpec = {}): ClaimRecord {
  const id = spec.id ?? `c_test_${String(++counter).padStart(4, '0')}`;
  const time = timeOf(spec.time ?? '2017-11-09');
  const reportSpec: ReportSpec = typeof spec.report === 'string' ? { id: spec.report } : (spec.report ?? {});
  const report: ClaimRecord['report'] = {
    id: reportSpec.id ?? 'r_test',
    publishedAt: reportSpec.publishedAt ?? { value: time.to, precision: 'day' },
    ...(reportSpec.outlet ? { outlet: reportSpec.outlet } : {}),
    ...(reportSpec.lang ? { lang: reportSpec.lang } : {}),
  };
  const place = spec.place === null || spec.place === undefined ? undefined : placeOf(spec.place);
  const agent = spec.agent === undefined ? undefined : actorRef(spec.agent);
  const target = spec.target === undefined ? undefined : actorRef(spec.target);
  const fromActor = spec.from === undefined ? undefined : actorRef(spec.from);
  return {
    report,
    claim: {
      id,
      reportId: report.id,
      type: spec.type ?? 'take-control',
      roles: {
        ...(agent ? { agent } : {}),
        ...(target ? { target } : {}),
        ...(fromActor ? { fromActor } : {}),
        coAgents: (spec.coAgents ?? []).map(actorRef),
        supporters: (spec.supporters ?? []).map(actorRef),
      },
      ...(place ? { place } : {}),
      otherPlaces: [],
      time,
      claimants: [spec.claimant ?? 'outlet', ...(spec.alsoClaimants ?? [])].map(claimantOf),
      status: spec.status ?? 'asserted',
      qualifiers: spec.qualifiers ?? [],
      evidence: [{ start: 0, end: 10 }],
      confidence: 0.8,
      extractor: 'test.factory@1',
      explain: [],
    },
  };
}

export function actorRef(spec: string | ActorRef): ActorRef {
  if (typeof spec !== 'string') return spec;
  const known = ACTORS.get(spec);
  const actorType = known?.type ?? GENERIC_TYPES[spec];
  return { actorId: spec, label: known?.label ?? spec.replace(/^group:/, ''), ...(actorType ? { actorType } : {}), via: 'lexicon' };
}

export function claimantOf(spec: string | Claimant): Claimant {
  if (typeof spec !== 'string') return spec;
  if (spec === 'outlet') return { kind: 'outlet', label: 'the outlet', cue: 'test' };
  if (spec === 'unnamed') return { kind: 'unnamed', label: 'sources', cue: 'test' };
  if (spec.startsWith('person:')) return { kind: 'person', label: spec.slice('person:'.length), cue: 'test' };
  return { kind: 'actor', actorId: spec, label: ACTORS.get(spec)?.label ?? spec, cue: 'test' };
}

export function timeOf(spec: string | TimeInterval): TimeInterval {
  if (typeof spec !== 'string') return spec;
  const precision = spec.length === 4 ? 'year' : spec.length === 7 ? 'month' : 'day';
  return { ...partialDateBounds({ value: spec, precision }), precision, resolvedBy: 'test' };
}

function placeOf(spec: PlaceName | PlaceSpec): ClaimPlace {
  const p: PlaceSpec = typeof spec === 'string' ? PLACES[spec] : spec;
  return { ...p, role: 'event', mentionId: 'p1', span: { start: 0, end: 5 } };
}
