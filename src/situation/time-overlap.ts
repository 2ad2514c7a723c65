/**
 * Interval arithmetic on inclusive ISO-day intervals (`YYYY-MM-DD`), shared by the situation derivations.
 * Pure and clock-free. Day numbers come from a proleptic-Gregorian civil calendar computed by hand rather than
 * `Date.UTC`, which maps years 0–99 to 1900–1999 and would break the open sentinels ('0000-01-01').
 */

/** An inclusive interval of ISO days; `TimeInterval` and the situation types all fit it. */
export interface DayInterval {
  from: string;
  to: string;
}

/** Open bounds for facts that hold "always" as far as we know (part-of from the lexicon). */
export const OPEN_FROM = '0000-01-01';
export const OPEN_TO = '9999-12-31';

/** Days since 1970-01-01 of an ISO day (`2017-11-09`); a bare year or month counts from its first day. */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = iso.length >= 7 ? Number(iso.slice(5, 7)) : 1;
  const d = iso.length >= 10 ? Number(iso.slice(8, 10)) : 1;
  if (!Number.isFinite(y) || !Number.isFinite(m) || !Number.isFinite(d)) {
    throw new RangeError(`not an ISO day: "${iso}" (expected YYYY-MM-DD)`);
  }
  // Howard Hinnant's days_from_civil.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO day of a day number (inverse of `dayNumber`). */
export function isoDay(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Signed number of days from `a` to `b` (`daysBetween('2017-11-09', '2017-11-11') === 2`). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

export function addDays(iso: string, days: number): string {
  return isoDay(dayNumber(iso) + days);
}

/**
 * True when the intervals share a day, or when the gap between them is at most `toleranceDays` days
 * (9 Nov and 11 Nov are 2 days apart: they overlap with tolerance 2 or more).
 */
export function overlaps(a: DayInterval, b: DayInterval, toleranceDays = 0): boolean {
  // ISO days compare as strings; only a tolerance needs arithmetic.
  if (toleranceDays <= 0) return a.from <= b.to && b.from <= a.to;
  return gapDays(a, b) <= toleranceDays;
}

/** Days strictly between two intervals: 0 when they touch or overlap (10 Nov..10 Nov and 12 Nov..12 Nov: 2). */
export function gapDays(a: DayInterval, b: DayInterval): number {
  if (a.from <= b.to && b.from <= a.to) return 0;
  return a.to < b.from ? dayNumber(b.from) - dayNumber(a.to) : dayNumber(a.from) - dayNumber(b.to);
}

/** The common days of all intervals, or undefined when some two of them do not meet. */
export function intersectAll(intervals: readonly DayInterval[]): DayInterval | undefined {
  if (intervals.length === 0) return undefined;
  let from = intervals[0]!.from;
  let to = intervals[0]!.to;
  for (const i of intervals) {
    if (i.from > from) from = i.from;
    if (i.to < to) to = i.to;
  }
  return from <= to ? { from, to } : undefined;
}

/** The smallest interval covering all of them. */
export function hullAll(intervals: readonly DayInterval[]): DayInterval | undefined {
  if (intervals.length === 0) return undefined;
  let from = intervals[0]!.from;
  let to = intervals[0]!.to;
  for (const i of intervals) {
    if (i.from < from) from = i.from;
    if (i.to > to) to = i.to;
  }
  return { from, to };
}
