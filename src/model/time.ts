/**
 * Dates keep the precision they were stated with: "2017-11" is a month, not the 1st of November.
 * An interval is inclusive of both ends at its precision, written as ISO dates (YYYY-MM-DD).
 */
export type TimePrecision = 'year' | 'month' | 'week' | 'day';

export interface PartialDate {
  /** The value exactly as precise as known: `2017`, `2017-11` or `2017-11-09`. */
  value: string;
  precision: 'year' | 'month' | 'day';
}

export interface TimeInterval {
  /** First day the interval may cover (YYYY-MM-DD). */
  from: string;
  /** Last day the interval may cover (YYYY-MM-DD). */
  to: string;
  precision: TimePrecision;
  /** How the value was resolved, for `--explain`: `report-date`, `weekday`, `relative`, `explicit` ... */
  resolvedBy: string;
  /** Set when the time is an upper bound ("before another claim") rather than a point. */
  relation?: 'before' | 'after' | 'at';
}

/** First and last day covered by a partial date. */
export function partialDateBounds(date: PartialDate): { from: string; to: string } {
  const [y, m, d] = date.value.split('-').map(Number) as [number, number?, number?];
  if (date.precision === 'day') return { from: date.value, to: date.value };
  if (date.precision === 'month') {
    const last = new Date(Date.UTC(y, m ?? 1, 0)).getUTCDate();
    const mm = String(m).padStart(2, '0');
    return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
  }
  void d;
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}
