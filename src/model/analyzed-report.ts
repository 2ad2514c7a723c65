import type { Claim } from './claim.js';
import type { Mention } from './mention.js';
import type { Report } from './report.js';
import type { TextSpan } from './span.js';

export interface Sentence {
  index: number;
  span: TextSpan;
  /** Spans of quoted passages inside the sentence. */
  quotes: TextSpan[];
}

export interface Diagnostic {
  stage: string;
  code: string;
  message: string;
  span?: TextSpan;
}

/** The document every stage reads and extends: the report plus stand-off layers. */
export interface AnalyzedReport {
  report: Report;
  lang: string;
  /** How the language was chosen (declared, detected with score, fallback). */
  langReason: string;
  sentences: Sentence[];
  mentions: Mention[];
  claims: Claim[];
  diagnostics: Diagnostic[];
}

export type Layer = 'lang' | 'sentences' | 'actors' | 'places' | 'times' | 'quantities' | 'coref' | 'claims' | 'attribution';
