import type { TimeInterval } from '../../model/time.js';
import { monthBounds } from './date-math.js';

/**
 * Periods: parts of a month or year ("début novembre", "mi-2014", "fin 2017") and seasons ("l'été 2016").
 * They matter most for background: "IS seized the city in mid-2014" must not be dated to the report.
 */
export type Part = 'early' | 'mid' | 'late';
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A month (days 1–10, 11–20, 21–end for a part, at month precision) or a year (January–April, May–August,
 * September–December for a part, at year precision).
 */
export function periodInterval(year: number, month: number | undefined, part: Part | undefined): TimeInterval {
  if (month) {
    const b = monthBounds(year, month);
    if (!part) return { ...b, precision: 'month', resolvedBy: `the month ${b.from.slice(0, 7)}` };
    const last = Number(b.to.slice(8));
    const [d1, d2] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
    return {
      from: `${year}-${pad(month)}-${pad(d1)}`,
      to: `${year}-${pad(month)}-${pad(d2)}`,
      precision: 'month',
      resolvedBy: `${part} part of the month ${b.from.slice(0, 7)} (days ${d1}–${d2})`,
    };
  }
  if (!part) return { from: `${year}-01-01`, to: `${year}-12-31`, precision: 'year', resolvedBy: `the year ${year}` };
  const [m1, m2] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return {
    from: `${year}-${pad(m1)}-01`,
    to: monthBounds(year, m2).to,
    precision: 'year',
    resolvedBy: `${part} part of the year ${year} (${MONTHS[m1 - 1]}–${MONTHS[m2 - 1]})`,
  };
}

/** Meteorological seasons; winter `year` is the one holding January of `year` (December year-1 to February). */
export function seasonInterval(season: Season, year: number): { from: string; to: string } {
  switch (season) {
    case 'spring':
      return { from: `${year}-03-01`, to: `${year}-05-31` };
    case 'summer':
      return { from: `${year}-06-01`, to: `${year}-08-31` };
    case 'autumn':
      return { from: `${year}-09-01`, to: `${year}-11-30` };
    case 'winter':
      return { from: `${year - 1}-12-01`, to: monthBounds(year, 2).to };
  }
}
