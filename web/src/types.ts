/**
 * The shapes the app reads from the HTTP API (src/api/). Kept loose where the API may add fields; the app never
 * trusts a string from them to be markup.
 */
import type { FeatureCollection, Point } from 'geojson';

export interface ActorLabel {
  actorId: string;
  label: string;
}

export type ControlState = 'controlled' | 'contested' | 'unknown';

export interface ControlProps {
  placeId: string;
  name: string;
  state: ControlState;
  controllerId?: string | null;
  controllerLabel?: string | null;
  contenders: ActorLabel[];
  partial: boolean;
  confidence: number;
  from: string;
  to: string;
  stale?: boolean;
}

export interface EventProps {
  eventId: string;
  type: string;
  independentClaimants: number;
  statuses: Record<string, number>;
  from: string;
  to: string;
  agents: ActorLabel[];
  targets?: ActorLabel[];
  placeId: string;
  placeName: string;
  claimCount?: number;
}

export type ControlCollection = FeatureCollection<Point, ControlProps>;
/** One page of events: at most `limit` features of `total`. */
export type EventCollection = FeatureCollection<Point, EventProps> & { total?: number; limit?: number; offset?: number };

export interface Claimant {
  kind: string;
  actorId?: string;
  label: string;
  role?: string;
  affiliation?: string;
}

export interface ClaimRoles {
  agent?: ActorLabel;
  coAgents?: ActorLabel[];
  target?: ActorLabel;
  supporters?: ActorLabel[];
  fromActor?: ActorLabel;
}

export interface Claim {
  id: string;
  reportId: string;
  type: string;
  status: string;
  roles: ClaimRoles;
  place?: { placeId: string; name: string; lat: number; lon: number };
  time: { from: string; to: string; precision?: string };
  claimants: Claimant[];
  qualifiers?: string[];
  confidence?: number;
  /** Killed, wounded, captured counts as stated (lowest figure, and the highest when a range). */
  casualties?: Array<{ kind: 'killed' | 'wounded' | 'captured'; min: number; max?: number }>;
  /** What a use of force was delivered with. */
  instrument?: { kind: string; text: string };
}

export interface ReportInfo {
  id?: string;
  publishedAt?: string | { value?: string; from?: string };
  outlet?: string;
  lang?: string;
  title?: string;
  url?: string;
}

/** A claim as the app uses it: the claim, its report, and (once fetched) its evidence sentences. */
export interface ClaimView {
  claim: Claim;
  report?: ReportInfo;
  evidenceText?: string[];
}

export interface ControlInterval {
  placeId: string;
  placeName: string;
  state: ControlState;
  controller?: ActorLabel;
  contenders: ActorLabel[];
  from: string;
  to: string;
  partial: boolean;
  confidence: number;
  supporting?: string[];
  contradicting?: string[];
}

/** GET /api/places/:id: the place's fields, one page of the claims that happened there, its control intervals. */
export interface PlaceDetail {
  placeId: string;
  name: string;
  lat?: number;
  lon?: number;
  claims: ListPage<unknown>;
  intervals: ControlInterval[];
}

/** GET /api/events item (a SituationEvent): what the map feature lacks is the list of claim ids. */
export interface SituationEvent {
  id: string;
  type: string;
  claimIds: string[];
}

export interface Relation {
  a: ActorLabel;
  b: ActorLabel;
  kind: string;
  from: string;
  to: string;
  claimIds?: string[];
  source?: string;
}

export interface ActorDetail {
  id: string;
  label: string;
  type: string | null;
  partOf: { id: string; label: string } | null;
}

export interface Contradiction {
  kind: string;
  placeId?: string;
  claimA: string;
  claimB: string;
  claimantA: string;
  claimantB: string;
  reason: string;
}

export interface ListPage<T> {
  items: T[];
  limit?: number;
  offset?: number;
  total?: number;
  hasMore?: boolean;
}
