import type { Claim, ClaimStatus, ClaimType } from './claim.js';
import type { ActorType } from './actor.js';
import type { PartialDate, TimePrecision } from './time.js';

/**
 * The situation layer's input: a stored claim with what it needs to know of its report.
 * Everything in src/situation/ is a pure function of a list of these (plus the actor directory).
 */
export interface ClaimRecord {
  claim: Claim;
  report: { id: string; publishedAt: PartialDate; outlet?: string; lang?: string };
}

/** What the situation layer needs to know about actors: type and parent, from the lexicon. */
export interface ActorInfo {
  id: string;
  label: string;
  type: ActorType;
  partOf?: string;
}
export type ActorDirectory = ReadonlyMap<string, ActorInfo>;

export interface ActorLabel {
  actorId: string;
  label: string;
}

/** One claimant as counted for independence: two outlets quoting the same army communiqué are one claimant. */
export interface ClaimantTally {
  /** `actor:syr-army`, `outlet:Reuters`, `unnamed:r_…`, `label:rami abdel rahman`. */
  key: string;
  label: string;
  claimIds: string[];
}

/** A field on which the fused claims disagree, with every value and who gave it. */
export interface Conflict {
  field: 'agent' | 'target' | 'fromActor' | 'time' | 'place' | 'status';
  values: { value: string; claimIds: string[] }[];
}

/** A happening told by one or more claims, possibly from several reports and languages. */
export interface SituationEvent {
  /** `ev_` + hash of the sorted claim ids: stable whatever the ingest order. */
  id: string;
  type: ClaimType;
  place?: { placeId: string; name: string; lat: number; lon: number; precision: string };
  /** The narrowest interval all claims agree on, or their union when they do not overlap (then a conflict). */
  time: { from: string; to: string; precision: TimePrecision };
  agents: ActorLabel[];
  targets: ActorLabel[];
  claimIds: string[];
  reportIds: string[];
  claimants: ClaimantTally[];
  independentClaimants: number;
  statuses: Partial<Record<ClaimStatus, number>>;
  conflicts: Conflict[];
}

/** Who held a place over an interval, derived, never hand-edited. Intervals of one place never overlap. */
export interface ControlInterval {
  placeId: string;
  placeName: string;
  state: 'controlled' | 'contested' | 'unknown';
  /** The side judged to hold the place (also set when contested: the most credible current position). */
  controller?: ActorLabel;
  /** Sides whose claimed control is disputed during the interval. */
  contenders: ActorLabel[];
  /** Inclusive ISO days; `to` is the last day some claim speaks of. */
  from: string;
  to: string;
  /** Only part of the place is held ("40 % de la ville"). */
  partial: boolean;
  confidence: number;
  supporting: string[];
  contradicting: string[];
  /** Why the interval is what it is, one line per rule, for `--explain`. */
  reasons: string[];
}

export interface Relation {
  a: ActorLabel;
  b: ActorLabel;
  kind: 'allied' | 'supports' | 'opposes' | 'part-of';
  from: string;
  to: string;
  claimIds: string[];
  /** `claims` when derived from claims, `lexicon` for part-of from the actor lexicon. */
  source: 'claims' | 'lexicon';
}

/** Two claims that cannot both be true, with both sources. */
export interface Contradiction {
  kind: 'controller' | 'denial' | 'negation';
  placeId?: string;
  claimA: string;
  claimB: string;
  claimantA: string;
  claimantB: string;
  reason: string;
}

export interface Situation {
  events: SituationEvent[];
  control: ControlInterval[];
  relations: Relation[];
  contradictions: Contradiction[];
}
