import type { TextSpan } from '../../model/span.js';
import type { PlaceCue } from './place-lexicon.js';

/** The dateline as a cue: the town a wire report was filed from is a place however small it is. */
export const DATELINE_CUE: PlaceCue = {
  position: 'before',
  text: 'dateline',
  norm: 'dateline',
  relation: 'in',
  prefer: 'any',
  precision: 'auto',
  rule: 'places:dateline',
};

/** What follows a dateline's town: its state or country ("CARTHAGE, N.C."), a dash ("CROMWELL —") or the agency
 *  ("BEYROUTH (AFP)"). */
const AFTER_DATELINE = /^(?:, ?\p{Lu}|\s+(?:—|–|--?)\s|\s+\()/u;

/**
 * A name in capitals that opens a line or a sentence and runs into a dateline's tail: "CARTHAGE, N.C. (AP) -",
 * "ST. PARIS —", "DAMASCUS (Reuters) -". Newsrooms write the filing town so; nothing else is both in capitals and
 * there.
 */
export function isDateline(text: string, span: TextSpan): boolean {
  const surface = text.slice(span.start, span.end);
  if (!/\p{Lu}{3}/u.test(surface) || /\p{Ll}/u.test(surface)) return false;
  const lead = text.slice(Math.max(0, span.start - 8), span.start);
  const opensLine = /[.!?\n]\s*$/.test(lead) || (span.start <= 8 && /^\s*$/.test(lead));
  if (!opensLine) return false;
  return AFTER_DATELINE.test(text.slice(span.end, span.end + 4));
}

/** A dateline with an agency in brackets, opening the text or its second sentence (corpora put the title first):
 *  "SEVIERVILLE, Tenn. (AP) —", "GOMA, Nov 20 (Reuters) -". */
const WIRE_DATELINE = /(?:^|[.!?]\s+)\p{Lu}[\p{Lu} .'-]{2,}(?:,[^()\n]{2,30})?\s*\((?:\p{Lu}[\p{L}-]*)(?:\s\p{Lu}[\p{L}-]*)*\)/u;

/**
 * Whether the report is a wire story: filed by an agency from its dateline's town, it speaks the agency's lexicon,
 * not the lexicon of the paper that prints it (an Ohio paper's AP story from Tennessee means Knoxville, Tennessee).
 */
export function isWireStory(text: string): boolean {
  const head = text.slice(0, 300);
  const m = WIRE_DATELINE.exec(head);
  return m !== null && m.index < 250;
}
