import * as chrono from 'chrono-node';
import type { TimeMention } from '../../model/mention.js';
import type { TimeInterval, TimePrecision } from '../../model/time.js';
import { partialDateBounds } from '../../model/time.js';
import type { Stage } from '../../pipeline/stage.js';
import { isoDay, monthBounds } from './date-math.js';
import { findPeriods, loadPeriodGrammar } from './period-expressions.js';

const PARSERS: Record<string, chrono.Chrono> = { fr: chrono.fr.casual, en: chrono.en.casual };

/**
 * Finds time expressions and resolves them against the report's date, the only "now" a stage may use.
 * Reports speak of the past, so a bare weekday is the latest such day on or before the report date; when the
 * report is only dated to the month, a weekday cannot be pinned and keeps month precision.
 */
export function createTimeStage(langs: readonly string[] = ['fr', 'en']): Stage {
  const periods = new Map(langs.map((l) => [l, loadPeriodGrammar(l)]));
  return {
    id: 'time.chrono@1',
    requires: ['lang'],
    assigns: ['times'],
    run(doc) {
      const parser = PARSERS[doc.lang] ?? chrono.en.casual;
      const anchor = doc.report.publishedAt;
      const bounds = partialDateBounds(anchor);
      const ref = new Date(`${bounds.to}T12:00:00Z`);
      const results = parser.parse(doc.report.text, { instant: ref, timezone: 0 }, { forwardDate: false });
      const mentions: TimeMention[] = [];
      const grammar = periods.get(doc.lang);
      const own = grammar ? findPeriods(doc.report.text, grammar, bounds) : [];
      for (const r of results) {
        // Periods ("mi-2014", "début novembre") are ours; chrono's reading of a part of them is dropped.
        if (own.some((o) => o.span.start < r.index + r.text.length && r.index < o.span.end)) continue;
        const interval = toInterval(r, anchor.precision, bounds);
        if (!interval) continue;
        mentions.push({
          kind: 'time',
          id: `t${mentions.length + 1}`,
          span: { start: r.index, end: r.index + r.text.length },
          rule: `chrono.${doc.lang in PARSERS ? doc.lang : 'en'}`,
          confidence: interval.precision === 'day' ? 0.9 : 0.7,
          interval,
        });
      }
      const all = [...mentions, ...own].sort((a, b) => a.span.start - b.span.start).map((m, i) => ({ ...m, id: `t${i + 1}` }));
      return { ...doc, mentions: [...doc.mentions, ...all] };
    },
  };
}

function toInterval(
  r: chrono.ParsedResult,
  anchorPrecision: 'year' | 'month' | 'day',
  bounds: { from: string; to: string },
): TimeInterval | undefined {
  const c = r.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  let date = c.date();
  // A bare weekday must not land after the report: step back a week.
  if (!known('day') && known('weekday') && isoDay(date) > bounds.to) date = new Date(date.getTime() - 7 * 86400000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  if (known('day') || known('weekday') || isRelative(r)) {
    if (anchorPrecision !== 'day' && !known('month')) {
      // "jeudi", "il y a une semaine" against a month-dated report: only the month is known.
      return { ...bounds, precision: anchorPrecision === 'year' ? 'year' : 'month', resolvedBy: `relative to a ${anchorPrecision}-precision report date` };
    }
    const day = isoDay(date);
    const end = r.end ? isoDay(r.end.date()) : day;
    return { from: day, to: end < day ? day : end, precision: 'day', resolvedBy: known('year') || known('month') ? 'explicit date' : 'weekday or relative day' };
  }
  if (known('month')) {
    let y = year;
    // "en octobre" in a January report is last year's October.
    if (!known('year') && monthBounds(y, month).from > bounds.to) y -= 1;
    return { ...monthBounds(y, month), precision: 'month', resolvedBy: known('year') ? 'explicit month' : 'month without year' };
  }
  if (known('year')) return { from: `${year}-01-01`, to: `${year}-12-31`, precision: 'year' as TimePrecision, resolvedBy: 'explicit year' };
  return undefined;
}

function isRelative(r: chrono.ParsedResult): boolean {
  return /\b(il y a|ago|hier|yesterday|avant-hier|aujourd|today)\b/i.test(r.text);
}
