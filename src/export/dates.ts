import type { PartialDate } from '../model/time.js';
import { partialDateBounds } from '../model/time.js';

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days covered by an inclusive interval of ISO days (1 for a single day). */
export function spanDays(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/**
 * The one day a single-date format (ACLED's event_date, CAMEO's date) gets for an interval: the day itself, else the
 * middle day (rounded down) — "in November" becomes 2017-11-15, not the 1st, so counts by week or month are not
 * skewed towards the start of each period. The full interval goes in a column or field of its own.
 */
export function representativeDay(from: string, to: string): string {
  if (from === to) return from;
  return isoOf(Math.floor((dayNumber(from) + dayNumber(to)) / 2));
}

/** ACLED time_precision: 1 a known day, 2 within a week, 3 a month or coarser. */
export function acledTimePrecision(from: string, to: string): 1 | 2 | 3 {
  const days = spanDays(from, to);
  if (days <= 1) return 1;
  return days <= 7 ? 2 : 3;
}

/** `2017-11-09` → `20171109`. */
export function compactDay(iso: string): string {
  return iso.replace(/-/g, '');
}

/** Seconds since the epoch at 00:00 UTC of the first day a report date covers: a deterministic stand-in for "when we learnt it". */
export function reportEpochSeconds(date: PartialDate): number {
  return dayNumber(partialDateBounds(date).from) * 86_400;
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}
