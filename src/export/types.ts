import type { ActorDirectory, ClaimRecord, SituationEvent } from '../model/situation.js';

/**
 * A claim with its report, as every export takes it: the situation layer's `ClaimRecord`, plus the text of each
 * evidence span when the caller read it (`getClaims(db, ids, { withEvidence: true })` returns exactly this shape).
 */
export interface ExportRecord extends ClaimRecord {
  /** The text of each evidence span, in span order. Needed by claims-jsonl; used for ACLED notes and PLOVER event_text. */
  evidence?: string[];
}

/** What a place id stands for, for maps and admin names (the gazetteer's `byId` returns a superset). */
export interface PlaceInfo {
  name: string;
  lat: number;
  lon: number;
  countryCode?: string;
  admin1?: string;
  admin1Name?: string;
}

export interface ExportOptions {
  /**
   * Fused events to export for the event formats (acled-csv, geojson), e.g. the stored situation's. Only events with
   * at least one claim among the records are exported. Default: the records' happening claims fused afresh.
   */
  events?: readonly SituationEvent[];
  /** Actor types and parents, for fusion and ACLED inter codes. Default: built once from the actor lexicon. */
  actors?: ActorDirectory;
  /** Actor id → CAMEO actor code (`syr-army` → `SYRMIL`). Default: the actor lexicon's `cameo` column. */
  cameoActors?: ReadonlyMap<string, string>;
  /** Place id → name, coordinates and admin-1 name (the CLI passes the gazetteer). Records fill in what it lacks. */
  place?: (placeId: string) => PlaceInfo | undefined;
  /** control-geojson: the day (YYYY-MM-DD) the map is drawn for. */
  at?: string;
  /** claims-jsonl: keep each claim's `explain` trace. */
  explain?: boolean;
  /** plover-json, cameo-tsv: also export state claims (control, presence, support, alliance) with their nearest codes. */
  includeStates?: boolean;
}

/** One export, ready to be written to a file or served over HTTP. */
export interface ExportResult {
  contentType: string;
  /** Without the dot: `csv`, `geojson`, `jsonl`, `tsv`. */
  filenameExt: string;
  body: string;
}
