import { InputErrorCode, SitrepError } from '../errors.js';
import type { Report } from '../model/report.js';
import type { PartialDate } from '../model/time.js';
import { createReport } from './create-report.js';
import { parseDateHeader } from './date-header.js';
import { isPartialDate, parsePartialDate } from './partial-date.js';

export interface PlainTextOptions {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or an already parsed date): the report's publication date. */
  date: string | PartialDate;
  /** Where the text came from (path, `<stdin>`), kept as `source.origin` and used in error messages. */
  origin: string;
}

export interface SeedTextOptions {
  origin: string;
  /** Used only when the text has no `date` header of its own (the CLI's `--date`). */
  fallbackDate?: PartialDate;
}

/** A text with no header, dated by the caller (`--date` at the CLI). The text is taken as is, header or not. */
export function readPlainText(text: string, options: PlainTextOptions): Report | SitrepError {
  const { origin } = options;
  const date = typeof options.date === 'string' ? parsePartialDate(options.date) : options.date;
  if (!isPartialDate(date)) {
    return new SitrepError(InputErrorCode.date, `invalid date: ${date}`, {
      input: origin,
      remedy: 'Give the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. --date 2017-11-09',
    });
  }
  return createReport({ text, publishedAt: date, source: { origin } }) ?? emptyBody(origin);
}

/**
 * The seed format: optional whitespace, `date YYYY[-MM[-DD]]`, whitespace, then the text. The header's date wins
 * over `fallbackDate`: it is written in the file, next to the text it dates, while `--date` applies to a whole batch.
 */
export function readSeedText(text: string, options: SeedTextOptions): Report | SitrepError {
  const { origin, fallbackDate } = options;
  const header = parseDateHeader(text);
  if (header === undefined) {
    if (fallbackDate !== undefined) return readPlainText(text, { date: fallbackDate, origin });
    return new SitrepError(InputErrorCode.date, 'no date header', {
      input: origin,
      remedy: 'Add `date YYYY-MM-DD` at the top (or `date YYYY-MM` / `date YYYY`) or pass --date',
    });
  }
  if (!isPartialDate(header.date)) {
    return new SitrepError(InputErrorCode.date, `invalid date header "date ${header.raw}": ${header.date}`, {
      input: `${origin}:${header.line}`,
      remedy: 'Write the header as `date YYYY-MM-DD`, `date YYYY-MM` or `date YYYY` with a real date',
    });
  }
  return createReport({ text: header.body, publishedAt: header.date, source: { origin } }) ?? emptyBody(origin);
}

function emptyBody(origin: string): SitrepError {
  return new SitrepError(InputErrorCode.empty, 'the report has a date but no text', {
    input: origin,
    remedy: 'Put the report text after the `date` header, or remove the file from the batch',
  });
}
