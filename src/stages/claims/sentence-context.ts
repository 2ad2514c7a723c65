import type { AnalyzedReport, Sentence } from '../../model/analyzed-report.js';
import type { ActorRef, Claimant } from '../../model/claim.js';
import type { ActorMention, PlaceMention } from '../../model/mention.js';
import type { TextSpan } from '../../model/span.js';
import type { ClaimLexicon } from './claim-lexicon.js';

export interface Clause {
  span: TextSpan;
  /** Set for "quelques jours après que ..." clauses: what they tell happened before the main clause. */
  beforeMain?: boolean;
  /** Set for clauses cut from the one before them at "when X …" or ", and X …": lacking a time or place of their
   *  own, they share that clause's. */
  sharesScene?: boolean;
}

/** Who says what part of a sentence. */
export interface AttributionScope {
  span: TextSpan;
  claimant: Claimant;
  /** Unnamed sources make a claim hedged. */
  hedged: boolean;
  /** In a quotation, "nos forces" is the speaker's side. */
  speaker?: ActorRef;
  /** "X accused Y of shelling": who the claimant says did what the scope tells (null: "each other", unknown). */
  accused?: ActorRef | null;
}

export interface SentenceContext {
  doc: AnalyzedReport;
  lex: ClaimLexicon;
  /** The text with apostrophes folded, same offsets. */
  view: string;
  /** `view` lower-cased, same offsets: what trigger patterns (compiled without `i`) run on. */
  lower: string;
  sentence: Sentence;
  clauses: Clause[];
  scopes: AttributionScope[];
  /** Attribution phrases: no actor inside them takes part in a claim. */
  masks: TextSpan[];
  actors: ActorMention[];
  places: PlaceMention[];
}
