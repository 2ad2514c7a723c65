import type { PartialDate } from '../model/time.js';
import { parsePartialDate, type PartialDateProblem } from './partial-date.js';

export interface DateHeader {
  /** The parsed date, or why the value after `date` was refused. */
  date: PartialDate | PartialDateProblem;
  /** The raw value as written after `date`. */
  raw: string;
  /** 1-based line of the header, for error messages (blank lines may precede it). */
  line: number;
  /** Everything after the header value: the report body, not yet normalised. */
  body: string;
}

// ` date 2017-11 « Les unités …` — the seed puts the header and the first sentence on one line, after optional
// leading whitespace. The value must start with a digit so that a text merely opening with the word "date" is not
// mistaken for a header; an optional colon (`date: 2017-11-09`) is tolerated. Only spaces and tabs may separate
// `date` from its value, so a line holding the bare word "date" does not swallow the next line.
const DATE_HEADER = /^\s*date[ \t]*:?[ \t]+(\d\S*)(?=\s|$)/i;

/** Finds a `date …` header at the very start of a text; undefined when there is none. */
export function parseDateHeader(text: string): DateHeader | undefined {
  const m = DATE_HEADER.exec(text);
  if (!m) return undefined;
  const raw = m[1] ?? '';
  const line = (/^\s*/.exec(text)?.[0].match(/\n/g)?.length ?? 0) + 1;
  return { date: parsePartialDate(raw), raw, line, body: text.slice(m[0].length) };
}
