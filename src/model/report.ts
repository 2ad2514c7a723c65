import type { PartialDate } from './time.js';

export interface ReportSource {
  url?: string;
  outlet?: string;
  /** Where the report was read from (file path and line), for error messages and provenance. */
  origin?: string;
}

/** One dated report, immutable after ingest: its text is NFC-normalised once and never rewritten. */
export interface Report {
  /** Stable id derived from the content hash (`r_` + first 16 hex digits). */
  id: string;
  source: ReportSource;
  publishedAt: PartialDate;
  /** ISO 639-1 code when the input declared it; the pipeline detects it otherwise. */
  lang?: string;
  title?: string;
  text: string;
  /** SHA-256 of the NFC text and the date, hex. */
  contentHash: string;
}
