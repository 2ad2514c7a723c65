/**
 * Row types of the store, as Kysely sees them, the same on SQLite and PostgreSQL: ids and dates are text (ISO
 * `YYYY-MM-DD` or timestamps compare correctly as strings; byte order on both engines), JSON is stored as text, no
 * booleans. The search index (`report_search`, migration 003) differs per engine and is reached only through raw
 * SQL in `search-reports.ts`, so it is not listed here.
 */

export interface ReportsTable {
  id: string;
  content_hash: string;
  published_value: string;
  published_precision: string;
  lang: string | null;
  lang_reason: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
  origin: string | null;
  text: string;
  /** Sentences and diagnostics of the analysis, JSON: `{ sentences, diagnostics }`. */
  analysis: string;
  /** The only clock value in the store; given by the caller so that storing stays reproducible. */
  ingested_at: string;
}

export interface MentionsTable {
  report_id: string;
  mention_id: string;
  kind: string;
  start: number;
  end: number;
  /** Normalised form: the actor label, the chosen place name, `from/to` for times, `min-max unit` for quantities. */
  label: string | null;
  /** Actor id for actor mentions, chosen place id for place mentions. */
  entity_id: string | null;
  /** The whole Mention, JSON. */
  data: string;
}

export interface ClaimsTable {
  id: string;
  report_id: string;
  type: string;
  status: string;
  agent_id: string | null;
  target_id: string | null;
  place_id: string | null;
  place_role: string | null;
  time_from: string;
  time_to: string;
  time_precision: string;
  claimant_label: string | null;
  confidence: number;
  extractor: string;
  /** Start of the first evidence span: the last sort key, so that ordering is deterministic within a report. */
  evidence_start: number;
  /** The whole Claim, JSON. */
  data: string;
}

export interface ClaimActorsTable {
  claim_id: string;
  /** `agent`, `co-agent`, `target`, `supporter`, `from-actor`. */
  role: string;
  actor_id: string;
}

export interface ClaimClaimantsTable {
  claim_id: string;
  ordinal: number;
  kind: string;
  actor_id: string | null;
  label: string;
}

/** Derived situation (migration 002): recomputed from claims, replaced as a whole by `saveSituation`. */
export interface SituationEventsTable {
  id: string;
  /** Position in the derived list; loads order by it. */
  seq: number;
  type: string;
  place_id: string | null;
  time_from: string;
  time_to: string;
  independent_claimants: number;
  /** The whole SituationEvent, JSON. */
  data: string;
}

export interface SituationEventClaimsTable {
  event_id: string;
  claim_id: string;
}

export interface ControlIntervalsTable {
  seq: number;
  place_id: string;
  from: string;
  to: string;
  state: string;
  controller_id: string | null;
  confidence: number;
  /** The whole ControlInterval, JSON. */
  data: string;
}

export interface RelationsTable {
  seq: number;
  a_id: string;
  b_id: string;
  kind: string;
  from: string;
  to: string;
  /** The whole Relation, JSON. */
  data: string;
}

export interface ContradictionsTable {
  seq: number;
  claim_a: string;
  claim_b: string;
  kind: string;
  place_id: string | null;
  /** The whole Contradiction, JSON. */
  data: string;
}

/** One row (id 1) saying what the stored situation was derived from. */
export interface SituationMetaTable {
  id: number;
  claim_count: number;
  derived_at: string | null;
}

export interface SitrepDatabase {
  reports: ReportsTable;
  mentions: MentionsTable;
  claims: ClaimsTable;
  claim_actors: ClaimActorsTable;
  claim_claimants: ClaimClaimantsTable;
  situation_events: SituationEventsTable;
  situation_event_claims: SituationEventClaimsTable;
  control_intervals: ControlIntervalsTable;
  relations: RelationsTable;
  contradictions: ContradictionsTable;
  situation_meta: SituationMetaTable;
}
