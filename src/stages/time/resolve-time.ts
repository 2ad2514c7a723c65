import type { PartialDate, TimeInterval, TimePrecision } from '../../model/time.js';
import { addDays, daysBetween, isoWeekday, minDay, monthBounds, shiftMonth, validDay, weekdayOnOrBefore } from './date-math.js';
import { periodInterval, seasonInterval, type Part, type Season } from './period-expressions.js';
import { lookup, miscased, type PatternMatch, type TimeGrammar } from './time-grammar.js';

/**
 * Resolves one matched time expression against the report date R (the last day the report date covers), the
 * only "now" there is. Reports speak of the past, so an expression without a year or a week is the latest such
 * time on or before R. Kinds (first column of time-patterns.tsv) and their values:
 *
 * - `date` (day, month, year?): that day; without a year, the latest on or before R.
 * - `date-range` (day, day2, month, month2?, year?, year2?): from the first day to the second.
 * - `weekday` (weekday; value 0 | -1 | +1): the latest such day on or before R (0), strictly before R (-1),
 *   the first after R (+1).
 * - `weekday-range` (weekday, weekday2): the latest weekday2 on or before R, back to the weekday before it.
 * - `night` (weekday?, weekday2?): the night from weekday to weekday2 (latest on or before R); from weekday to the
 *   next day; with no weekday, the night before the report ("overnight"): R-1 to R.
 * - `day-offset` (value: days from R): "hier" -1, "aujourd'hui" 0.
 * - `ago` (num, unit): hours, days, weeks back as a day; months back as that month; years back as that year.
 * - `unit` (value `unit:offset[:sofar]`, part?, season?): a calendar week (Monday–Sunday), weekend, month, year or
 *   season `offset` away from R's own ("la semaine dernière" week:-1); `:sofar` runs from its start to R
 *   ("earlier this month"); a part narrows it ("late last month"). Season -1 is the latest season completed before R.
 * - `season` (season, year?, year2?): that season of that year (winter Y: December Y-1 to February Y), else the
 *   latest begun on or before R.
 * - `period` (part, month?, year?), `month` (month, year?), `year` (year): parts of a month are days 1–10, 11–20,
 *   21–end at month precision; parts of a year are January–April, May–August, September–December at year precision.
 * - `past-span` (num?, unit?; value: default "N unit"): from N units before R to R ("in the past 24 hours").
 * - `event-offset` (num?, unit?; value: -1 before, 1 after): counted from the time mentioned last before it
 *   ("jeudi … la veille" is Wednesday; "in 2014 … two years later" is 2016), else from R.
 *
 * When the report is dated only to the month (or year), a day- or week-level expression cannot be pinned and
 * keeps the report's own bounds and precision.
 */
export interface ResolveContext {
  grammar: TimeGrammar;
  anchor: PartialDate;
  bounds: { from: string; to: string };
  /**
   * The time mentioned last before this one, for `event-offset` ("la veille", "two days later"); `null` when there
   * is none (then "two days later" is dropped, "la veille" counts from R); undefined while not known yet.
   */
  previous?: { interval: TimeInterval; text: string } | null;
}

type Level = 'day' | 'month' | 'year';

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function resolveMatch(m: PatternMatch, ctx: ResolveContext): { interval: TimeInterval; confidence: number; ifFuture?: TimeInterval } | undefined {
  const g = m.groups;
  const { grammar } = ctx;
  if (miscased(grammar, g.month) || miscased(grammar, g.month2)) return undefined;
  const q = `"${m.text.replace(/\s+/g, ' ')}"`;
  const R = ctx.bounds.to;
  const rYear = Number(R.slice(0, 4));
  const rMonth = Number(R.slice(5, 7));
  const month = numberOf(lookup(grammar, 'month', g.month));
  const month2 = numberOf(lookup(grammar, 'month', g.month2));
  const weekday = numberOf(lookup(grammar, 'weekday', g.weekday));
  const weekday2 = numberOf(lookup(grammar, 'weekday', g.weekday2));
  const part = lookup(grammar, 'part', g.part) as Part | undefined;
  const season = lookup(grammar, 'season', g.season) as Season | undefined;
  const year = g.year ? Number(g.year) : undefined;
  const year2 = g.year2 ? Number(g.year2) : undefined;
  const value = m.pattern.value;

  /** Day- or week-level expressions against a month-dated report keep the report's bounds. */
  const coarse = (level: Level): { interval: TimeInterval; confidence: number } | undefined => {
    const p = ctx.anchor.precision;
    if (p === 'day' || (level === 'month' && p === 'month') || level === 'year') return undefined;
    return {
      interval: { ...ctx.bounds, precision: p, resolvedBy: `${q}: relative to a ${p}-precision report date (${ctx.anchor.value}), so only the ${p} is known` },
      confidence: 0.6,
    };
  };
  /** An interval for this match; `resolvedBy` is prefixed with the quoted expression. */
  const result = (from: string, to: string, resolvedBy: string, confidence = 0.85, precision: TimePrecision = 'day') => ({
    interval: { from, to, precision, resolvedBy: `${q}: ${resolvedBy}` },
    confidence,
  });
  const rel = `the report date (${ctx.anchor.value})`;

  switch (m.pattern.kind) {
    case 'date': {
      if (!month || !g.day) return undefined;
      if (year) {
        const d = validDay(year, month, Number(g.day));
        return d ? result(d, d, 'explicit date', 0.9) : undefined;
      }
      // "Thursday, April 2": the weekday picks the year when only the coming date has it.
      const byWeekday = weekday ? dateWithWeekday(month, Number(g.day), weekday, R) : undefined;
      if (byWeekday) {
        const which = byWeekday > R ? 'the first such date after' : 'the latest such date on or before';
        return result(byWeekday, byWeekday, `${byWeekday}, ${which} ${rel} that is a ${WEEKDAYS[weekday ?? 0]}`, 0.9);
      }
      const d = latestDate(month, Number(g.day), R);
      return d ? result(d, d, `${d}, the latest such date on or before ${rel}`, 0.9) : undefined;
    }
    case 'date-range': {
      if (!month || !g.day || !g.day2) return undefined;
      const m2 = month2 ?? month;
      const endYear = year2 ?? year;
      const to = endYear ? validDay(endYear, m2, Number(g.day2)) : latestDate(m2, Number(g.day2), R);
      if (!to) return undefined;
      let from = validDay(year2 && year ? year : Number(to.slice(0, 4)), month, Number(g.day));
      if (from && from > to && !(year && year2)) from = validDay(Number(to.slice(0, 4)) - 1, month, Number(g.day));
      if (!from || from > to) return undefined;
      return result(from, to, `from ${from} to ${to}${endYear ? '' : `, the latest such days on or before ${rel}`}`, 0.9);
    }
    case 'weekday': {
      if (!weekday) return undefined;
      const c = coarse('day');
      if (c) return c;
      const name = WEEKDAYS[weekday];
      if (value === '-1') {
        const d = weekdayOnOrBefore(addDays(R, -1), weekday);
        return result(d, d, `the last ${name} before ${rel}`);
      }
      if (value === '+1') {
        const d = addDays(R, (weekday - isoWeekday(R) + 7) % 7 || 7);
        return result(d, d, `the first ${name} after ${rel}`, 0.8);
      }
      const d = weekdayOnOrBefore(R, weekday);
      const latest = result(d, d, `the latest ${name} on or before ${rel}`);
      if (d === R) return latest;
      const next = addDays(R, (weekday - isoWeekday(R) + 7) % 7);
      return { ...latest, ifFuture: result(next, next, `the first ${name} after ${rel}, as the claim is yet to happen`).interval };
    }
    case 'weekday-range': {
      if (!weekday || !weekday2) return undefined;
      const c = coarse('day');
      if (c) return c;
      const to = weekdayOnOrBefore(R, weekday2);
      const from = weekdayOnOrBefore(to, weekday);
      return result(from, to, `${WEEKDAYS[weekday]} to ${WEEKDAYS[weekday2]}, the latest on or before ${rel}`);
    }
    case 'night': {
      const c = coarse('day');
      if (c) return c;
      if (weekday && weekday2) {
        const to = weekdayOnOrBefore(R, weekday2);
        const from = weekdayOnOrBefore(addDays(to, -1), weekday);
        return result(from, to, `the night from ${WEEKDAYS[weekday]} to ${WEEKDAYS[weekday2]}, the latest on or before ${rel}`);
      }
      if (weekday) {
        const from = weekdayOnOrBefore(R, weekday);
        return result(from, minDay(addDays(from, 1), R), `the night after the latest ${WEEKDAYS[weekday]} on or before ${rel}`);
      }
      return result(addDays(R, -1), R, `the night before ${rel}: the day before and the day itself`, 0.8);
    }
    case 'day-offset': {
      const n = Number(value);
      if (!Number.isInteger(n)) return undefined;
      const c = coarse('day');
      if (c) return c;
      const d = addDays(R, n);
      const what = n === 0 ? 'the report date itself' : `${Math.abs(n)} day${Math.abs(n) > 1 ? 's' : ''} ${n < 0 ? 'before' : 'after'} ${rel}`;
      return result(d, d, n === 0 ? `${what} (${ctx.anchor.value})` : what);
    }
    case 'ago': {
      const n = amount(grammar, g.num);
      const unit = lookup(grammar, 'unit', g.unit);
      if (n === undefined || !unit) return undefined;
      if (unit === 'year') return result(`${rYear - n}-01-01`, `${rYear - n}-12-31`, `the year ${n} year${n > 1 ? 's' : ''} before ${rel}`, 0.7, 'year');
      if (unit === 'month') {
        const c = coarse('month');
        if (c) return c;
        const ym = shiftMonth(rYear, rMonth, -n);
        const b = monthBounds(ym.year, ym.month);
        return result(b.from, b.to, `the month ${n} month${n > 1 ? 's' : ''} before ${rel}`, 0.7, 'month');
      }
      const days = unit === 'hour' ? Math.floor(n / 24) : unit === 'week' ? 7 * n : unit === 'day' ? n : undefined;
      if (days === undefined) return undefined;
      const c = coarse('day');
      if (c) return c;
      const d = addDays(R, -days);
      return result(d, d, days === 0 ? `${rel} itself` : `${days} day${days === 1 ? '' : 's'} before ${rel}`);
    }
    case 'unit':
      return resolveUnit(value, part, season, ctx, coarse, result, rel);
    case 'season': {
      if (!season) return undefined;
      if (year) {
        const s = seasonInterval(season, year2 && season === 'winter' ? year2 : year);
        const label = year2 ? `${season} of ${year}–${year2}` : `${season} ${year}${season === 'winter' ? ' (December of the year before to February)' : ''}`;
        return result(s.from, s.to, label, 0.8, 'year');
      }
      const c = coarse('month');
      if (c) return c;
      const s = latestSeason(season, R, false);
      return result(s.from, s.to, `the latest ${season} begun on or before ${rel}`, 0.7, 'year');
    }
    case 'period':
    case 'month':
    case 'year': {
      const kind = m.pattern.kind;
      if ((kind === 'period' && (!part || (!month && !year))) || (kind === 'month' && !month) || (kind === 'year' && !year)) return undefined;
      const y = year ?? (month && monthBounds(rYear, month).from > R ? rYear - 1 : rYear);
      const interval = periodInterval(y, month, kind === 'period' ? part : undefined);
      const inferred = year ? '' : `, the latest on or before ${rel}`;
      return { interval: { ...interval, resolvedBy: `${q}: ${interval.resolvedBy}${inferred}` }, confidence: 0.8 };
    }
    case 'past-span': {
      const [defaultNum, defaultUnit] = parseDefault(value);
      const n = g.num ? amount(grammar, g.num) : defaultNum;
      const unit = g.unit ? lookup(grammar, 'unit', g.unit) : defaultUnit;
      if (n === undefined || !unit) return undefined;
      const c = coarse(unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day');
      if (c) return c;
      let from: string | undefined;
      if (unit === 'hour') from = addDays(R, -Math.max(1, Math.ceil(n / 24)));
      else if (unit === 'day') from = addDays(R, -n);
      else if (unit === 'week') from = addDays(R, -7 * n);
      else if (unit === 'month' || unit === 'year') {
        const ym = shiftMonth(rYear, rMonth, unit === 'month' ? -n : -12 * n);
        from = minDay(validDay(ym.year, ym.month, Number(R.slice(8))) ?? monthBounds(ym.year, ym.month).to, R);
      }
      if (!from) return undefined;
      const span = daysBetween(from, R);
      const precision: TimePrecision = span <= 3 ? 'day' : span <= 14 ? 'week' : span <= 62 ? 'month' : 'year';
      return result(from, R, `the ${n} ${unit}${n > 1 ? 's' : ''} up to ${rel}`, 0.75, precision);
    }
    case 'event-offset': {
      const sign = Number(value) < 0 ? -1 : 1;
      const n = g.num ? amount(grammar, g.num) : 1;
      const unit = g.unit ? lookup(grammar, 'unit', g.unit) : 'day';
      if (n === undefined || !unit || (ctx.previous === null && g.num)) return undefined;
      const base = ctx.previous?.interval ?? (coarse('day')?.interval ?? { from: R, to: R, precision: 'day' as const, resolvedBy: '' });
      const from0 = sign < 0 ? base.from : base.to;
      const label = ctx.previous ? `"${ctx.previous.text.replace(/\s+/g, ' ')}" (${base.from === base.to ? base.from : `${base.from}..${base.to}`})` : rel;
      const what = `${n} ${unit}${n > 1 ? 's' : ''} ${sign < 0 ? 'before' : 'after'} ${label}`;
      if (unit === 'month' || unit === 'year') {
        const ym = shiftMonth(Number(from0.slice(0, 4)), Number(from0.slice(5, 7)), sign * n * (unit === 'year' ? 12 : 1));
        const b = unit === 'year' || base.precision === 'year' ? { from: `${ym.year}-01-01`, to: `${ym.year}-12-31` } : monthBounds(ym.year, ym.month);
        return result(b.from, b.to, what, 0.6, unit === 'year' || base.precision === 'year' ? 'year' : 'month');
      }
      const days = sign * (unit === 'week' ? 7 * n : unit === 'hour' ? Math.floor(n / 24) : n);
      if (base.precision === 'day') {
        const d = addDays(from0, days);
        return result(d, d, what, 0.7);
      }
      return result(addDays(base.from, days), addDays(base.to, days), what, 0.6, base.precision);
    }
    default:
      return undefined;
  }
}

function resolveUnit(
  value: string,
  part: Part | undefined,
  season: Season | undefined,
  ctx: ResolveContext,
  coarse: (level: Level) => { interval: TimeInterval; confidence: number } | undefined,
  result: (from: string, to: string, resolvedBy: string, confidence?: number, precision?: TimePrecision) => { interval: TimeInterval; confidence: number },
  rel: string,
): { interval: TimeInterval; confidence: number } | undefined {
  const [unit = '', offsetText = '0', mode] = value.split(':');
  const offset = Number(offsetText);
  if (!Number.isInteger(offset)) return undefined;
  const R = ctx.bounds.to;
  const rYear = Number(R.slice(0, 4));
  const rMonth = Number(R.slice(5, 7));
  const sofar = mode === 'sofar';
  const which = offset === 0 ? 'this' : offset === -1 ? 'last' : offset === 1 ? 'next' : `${offset > 0 ? '+' : ''}${offset}`;
  switch (unit) {
    case 'week': {
      const c = coarse('day');
      if (c) return c;
      const monday = addDays(weekdayOnOrBefore(R, 1), 7 * offset);
      const to = sofar ? R : addDays(monday, 6);
      const whichWeek = offset === 0 ? 'of' : `${Math.abs(offset) === 1 ? '' : `${Math.abs(offset)} weeks `}${offset < 0 ? 'before' : 'after'} the week of`;
      return result(monday, to, `${sofar ? 'from the start of ' : ''}the calendar week (Monday–Sunday) ${whichWeek} ${rel}${sofar ? ' up to that date' : ''}`, 0.8, 'week');
    }
    case 'weekend': {
      const c = coarse('day');
      if (c) return c;
      let saturday = weekdayOnOrBefore(R, 6);
      if (offset < 0 && isoWeekday(R) >= 6) saturday = addDays(saturday, -7);
      return result(saturday, addDays(saturday, 1), `the ${offset < 0 ? 'last weekend before' : 'latest weekend begun on or before'} ${rel}`, 0.8);
    }
    case 'month': {
      const c = coarse('month');
      if (c) return c;
      const ym = shiftMonth(rYear, rMonth, offset);
      const interval = periodInterval(ym.year, ym.month, part);
      const label = `${which} month (${interval.from.slice(0, 7)})`;
      if (sofar) return result(interval.from, R, `from the start of the report's month to ${rel}`, 0.8, 'month');
      return result(interval.from, interval.to, part ? `${part} part of ${label}` : label, 0.8, 'month');
    }
    case 'year': {
      const y = rYear + offset;
      const interval = periodInterval(y, undefined, part);
      if (sofar) return result(interval.from, R, `from the start of the report's year to ${rel}`, 0.8, 'year');
      return result(interval.from, interval.to, part ? `${part} part of ${which} year (${y})` : `${which} year (${y})`, 0.8, 'year');
    }
    case 'season': {
      if (!season) return undefined;
      const c = coarse('month');
      if (c) return c;
      const s = latestSeason(season, R, offset < 0);
      return result(s.from, s.to, offset < 0 ? `the latest ${season} over before ${rel}` : `the latest ${season} begun on or before ${rel}`, 0.75, 'year');
    }
    default:
      return undefined;
  }
}

/** The latest (month, day) on or before `ref`: last year's when this year's is still to come. */
function latestDate(month: number, dayOfMonth: number, ref: string): string | undefined {
  const y = Number(ref.slice(0, 4));
  const d = validDay(y, month, dayOfMonth);
  if (d && d <= ref) return d;
  return validDay(y - 1, month, dayOfMonth) ?? validDay(y - 4, month, dayOfMonth);
}

/** The latest (month, day) on or before `ref` that falls on `weekday`, else the first after it, within a year. */
function dateWithWeekday(month: number, dayOfMonth: number, weekday: number, ref: string): string | undefined {
  const y = Number(ref.slice(0, 4));
  const candidates = [y + 1, y, y - 1].map((year) => validDay(year, month, dayOfMonth)).filter((d): d is string => !!d && isoWeekday(d) === weekday);
  const past = candidates.find((d) => d <= ref && d > addDays(ref, -366));
  return past ?? candidates.reverse().find((d) => d > ref && d < addDays(ref, 366));
}

function latestSeason(season: Season, ref: string, over: boolean): { from: string; to: string } {
  const y = Number(ref.slice(0, 4));
  for (let year = y + 1; year > y - 3; year--) {
    const s = seasonInterval(season, year);
    if (over ? s.to < ref : s.from <= ref) return s;
  }
  return seasonInterval(season, y - 1);
}

function numberOf(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

function amount(grammar: TimeGrammar, text: string | undefined): number | undefined {
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  return numberOf(lookup(grammar, 'number', text));
}

/** `7 day`, `hour`, `1` → [7, 'day'], [undefined, 'hour'], [1, undefined]. */
function parseDefault(value: string): [number | undefined, string | undefined] {
  let n: number | undefined;
  let unit: string | undefined;
  for (const token of value.split(/\s+/)) {
    if (/^\d+$/.test(token)) n = Number(token);
    else if (token && token !== '-') unit = token;
  }
  return [n, unit];
}
