import type { ActorType } from './actor.js';
import type { PlaceCandidate, PlacePrecision } from './place.js';
import type { TextSpan } from './span.js';
import type { TimeInterval } from './time.js';

/** The project's own claim types; their mapping to ACLED, CAMEO and PLOVER lives in resources/ontology. */
export const CLAIM_TYPES = [
  // Territory and forces (states: control, presence, besiege)
  'take-control',
  'lose-control',
  'withdraw',
  'surrender',
  'control',
  'presence',
  'besiege',
  'base-established',
  'mobilize',
  // Armed violence
  'attack',
  'offensive',
  'fighting',
  'cross-border',
  'take-part',
  'shelling',
  'airstrike',
  'bombing',
  'killing',
  'abduction',
  'torture',
  'sexual-violence',
  'looting',
  // Unrest and coercion
  'protest',
  'riot',
  'repress',
  'arrest',
  'coerce',
  'release',
  // Relations between actors (states: support, alliance)
  'support',
  'alliance',
  'agree',
  'sign-agreement',
  'ceasefire',
  'consult',
  'endorse',
  'cooperate',
  'aid',
  'concede',
  'allow-access',
  'resign',
  'investigate',
  'demand',
  'disapprove',
  'reject',
  'threaten',
  'sanction',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/**
 * asserted: said by the outlet or a named claimant as fact; hedged: unnamed sources, conditional, "reportedly";
 * confirmed: asserted and confirmed by a second, independent claimant; denied: a claimant rejects it;
 * negated: the text says it did not happen; intended: planned or aimed at, not (yet) done.
 */
export const CLAIM_STATUSES = ['asserted', 'hedged', 'confirmed', 'denied', 'negated', 'intended'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** `ActorRef.via` of a denied claim's doer who is its own denier ("Moscow denied any involvement"). */
export const DENIES_OWN_PART = 'denies its own part';

/** `ActorRef.via` of the doer a group names as itself ("Islamic State claimed responsibility"). */
export const CLAIMS_RESPONSIBILITY = 'claim of responsibility';

/** `ActorRef.via` of the doer a third party blames ("the government attributed the attack to the ELN"). */
export const BLAMED_BY_ANOTHER = 'blamed by another';

export interface ActorRef {
  actorId: string;
  label: string;
  /** The actor's type in the lexicon: ACLED's sub-event for a capture depends on it. */
  actorType?: ActorType;
  /** The mention that named it in this report (for pronouns: the pronoun's own mention). */
  mentionId?: string;
  span?: TextSpan;
  /** How the actor was found: `lexicon`, `pronoun→a3`, `anaphor→a7`, `apposition`. */
  via: string;
  /** For a person or group found by title or description: the organisation it speaks or acts for. */
  affiliation?: string;
  /** ISO-3 of a nationality named beside it ("Israeli Prime Minister", "Iraqi Kurds"). */
  nationality?: string;
}

export interface Claimant {
  /** `outlet` when the report itself asserts it; `unnamed` for "various sources". */
  kind: 'outlet' | 'actor' | 'person' | 'unnamed';
  actorId?: string;
  label: string;
  /** For a person, the role and the organisation they speak for. */
  role?: string;
  affiliation?: string;
  /** Channel of the statement: `communique`, `statement`, `quote`, `report`. */
  channel?: string;
  span?: TextSpan;
  /** The cue that attributed it ("a indiqué ... dans un communiqué", "selon"). */
  cue: string;
}

export interface ClaimPlace extends Pick<PlaceCandidate, 'placeId' | 'name' | 'lat' | 'lon' | 'countryCode'> {
  admin1?: string;
  precision: PlacePrecision;
  /** `event`: where the claim happened; `mentioned`: a place only named in its sentence. */
  role: 'event' | 'mentioned';
  /** Relation of the claim to the place ("towards", "east of", "near"). */
  relation?: string;
  mentionId: string;
  span: TextSpan;
}

export interface ClaimRoles {
  agent?: ActorRef;
  coAgents: ActorRef[];
  target?: ActorRef;
  supporters: ActorRef[];
  /** The side that lost a place (for take/lose control). */
  fromActor?: ActorRef;
}

export interface ExplainEntry {
  field: string;
  value: string;
  because: string;
}

/** Who the victims were: "soldats syriens", "civilians", "IS fighters". */
export interface Victims {
  label: string;
  actorId?: string;
  /** True for civilians, villagers, refugees, children: ACLED counts them apart. */
  civilians: boolean;
  span?: TextSpan;
}

/**
 * A count of people killed, wounded or captured, as stated: "au moins 75 morts" is min 75 with no max;
 * "une trentaine" is min 25, max 35, approximate; "dozens" is min 24 with no max, approximate.
 */
export interface Casualties {
  kind: 'killed' | 'wounded' | 'captured';
  min: number;
  max?: number;
  approximate: boolean;
  victims?: Victims;
  span: TextSpan;
  /** The lexicon line or rule that read it, for `--explain`. */
  rule: string;
}

/**
 * What the force was delivered with, as the text names it, from most to least telling: a suicide attack, chemical
 * weapons, a grenade, a drone, a missile, a rocket, artillery, aircraft, an explosive device, a firearm, a blade.
 * ACLED's Suicide bomb, Chemical weapon and Grenade sub-events and PLOVER's ASSAULT modes depend on it.
 */
export const INSTRUMENT_KINDS = ['suicide', 'chemical', 'grenade', 'drone', 'missile', 'rocket', 'artillery', 'aircraft', 'explosive', 'firearm', 'blade'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export interface Instrument {
  kind: InstrumentKind;
  /** The words that name it ("drone", "obus de mortier"). */
  text: string;
  span: TextSpan;
  /** The lexicon line that read it, for `--explain`. */
  rule: string;
}

export interface Claim {
  /** Stable: derived from the report id, type and evidence offset. */
  id: string;
  reportId: string;
  type: ClaimType;
  roles: ClaimRoles;
  place?: ClaimPlace;
  /** Other places named as the claim's direction or scope ("towards the desert east of Deir ez-Zor province"). */
  otherPlaces: ClaimPlace[];
  time: TimeInterval;
  /** First is the primary claimant; a confirmed claim has two or more. */
  claimants: Claimant[];
  status: ClaimStatus;
  /** "40 % de la ville", "only", "quelques villages" — scope of the claim. */
  qualifiers: string[];
  /** Killed, wounded and captured counts stated for this happening. */
  casualties?: Casualties[];
  /** The weapon or means of a use of force, when its clause names one. */
  instrument?: Instrument;
  evidence: TextSpan[];
  /** The words that name the act ("retook", "la prise de", "fired tear gas"), inside the first evidence span. */
  trigger?: TextSpan;
  confidence: number;
  /** `<pattern id>@<version>`. */
  extractor: string;
  explain: ExplainEntry[];
}
