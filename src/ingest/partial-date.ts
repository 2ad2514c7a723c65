import type { PartialDate } from '../model/time.js';

/** Why a date string was refused, phrased to follow "invalid date …: ". */
export type PartialDateProblem = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` keeping the precision it was written with: "2017-11" stays a month,
 * it is not silently the 1st of November. Returns a problem string for malformed or impossible dates
 * ("2017-13", "2017-02-29") so callers can wrap it in an error naming their input.
 */
export function parsePartialDate(raw: string): PartialDate | PartialDateProblem {
  const value = raw.trim();
  const m = PARTIAL_DATE.exec(value);
  if (!m) return `"${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1) return `year ${y} does not exist`;
  if (mo === undefined) return { value, precision: 'year' };
  const month = Number(mo);
  if (month < 1 || month > 12) return `month ${mo} is not between 01 and 12`;
  if (d === undefined) return { value, precision: 'month' };
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `day ${d} does not exist in ${y}-${mo} (it has ${last} days)`;
  return { value, precision: 'day' };
}

export function isPartialDate(parsed: PartialDate | PartialDateProblem): parsed is PartialDate {
  return typeof parsed !== 'string';
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

// Computed by hand rather than with Date.UTC, which maps years 0–99 to 1900–1999.
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}
