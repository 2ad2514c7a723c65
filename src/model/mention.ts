import type { ActorType } from './actor.js';
import type { PlaceCandidate, PlacePrecision } from './place.js';
import type { TextSpan } from './span.js';
import type { TimeInterval } from './time.js';

interface MentionBase {
  /** Unique within a report: `a3`, `p1`, `t2` ... in text order per kind. */
  id: string;
  span: TextSpan;
  /** The rule or dictionary entry that produced it (`actors:fr/aliases.tsv:42`). */
  rule: string;
  confidence: number;
}

export interface ActorMention extends MentionBase {
  kind: 'actor';
  actorId: string;
  actorType: ActorType;
  /** Display label of the actor, in English. */
  label: string;
  /** Nationality qualifiers seen beside it ("libanais" → LBN), ISO-3. */
  nationality?: string;
  /** For a person: role and organisation ("directeur de l'OSDH"). */
  personRole?: string;
  affiliation?: string;
  /** The actor type of `affiliation` when the lexicon has it (`state`, `monitor` …): whose voice or arm the person is. */
  affiliationType?: ActorType;
  /** Set when this mention is a pronoun or anaphor resolved to an earlier actor mention. */
  antecedent?: string;
  /** True for descriptions that name no organisation ("des combattants kurdes"). */
  generic?: boolean;
}

export interface PlaceMention extends MentionBase {
  kind: 'place';
  /** Ranked candidates; empty when the toponym could not be resolved. */
  candidates: PlaceCandidate[];
  precision: PlacePrecision;
  /** Cue that introduced the toponym ("province de", "near", "à l'est de"). */
  cue?: string;
  /** Spatial relation the cue expresses towards the named place. */
  relation?: 'in' | 'near' | 'north-of' | 'south-of' | 'east-of' | 'west-of' | 'part-of';
  /** The name is part of a facility's or institution's name ("Aleppo University", "Auckland Zoo"): the place is where
   *  it stands, but some gold corpora do not count such names as toponyms. */
  inFacilityName?: boolean;
  /** Why the first candidate was chosen, one line per rule that weighed in. */
  reasons: string[];
}

export interface TimeMention extends MentionBase {
  kind: 'time';
  interval: TimeInterval;
  /**
   * The reading for a sentence that speaks of the future, where it differs: "on Wednesday" is the latest Wednesday
   * in "resigned on Wednesday" but the next one in "will step down on Wednesday". Claims with status `intended` use it.
   */
  ifFuture?: TimeInterval;
}

export interface QuantityMention extends MentionBase {
  kind: 'quantity';
  min: number;
  max: number;
  /** `percent` for shares ("40 % de la ville"), `count` for people. */
  unit: 'percent' | 'count';
}

export type Mention = ActorMention | PlaceMention | TimeMention | QuantityMention;
export type MentionKind = Mention['kind'];
