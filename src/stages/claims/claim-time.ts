import type { TimeMention } from '../../model/mention.js';
import type { PartialDate, TimeInterval } from '../../model/time.js';
import { partialDateBounds } from '../../model/time.js';
import { addDays } from '../time/date-math.js';
import { matchesIn } from './claim-lexicon.js';
import type { Clause, SentenceContext } from './sentence-context.js';

/** How far back "récemment" or "a few days after" reach from the report date. */
const RECENT_DAYS = 30;

/**
 * A claim's time: a time expression in its clause wins; otherwise "récemment"/"recently" and clauses that
 * happened before the main one reach back from the report date; otherwise the report date itself,
 * with its own precision (a month-dated report gives a month). A claim yet to happen (`future`) takes a time's
 * forward reading where it has one ("will step down on Wednesday": the next Wednesday).
 */
export function claimTime(ctx: SentenceContext, clause: Clause, times: readonly TimeMention[], anchor: PartialDate, trigger?: { start: number; end: number }, future = false): TimeInterval {
  const bounds = partialDateBounds(anchor);
  const precision = anchor.precision;
  // "a reconnu samedi avoir mené le 17 mars une frappe": of two times in the clause, the one nearest the trigger.
  const distance = (t: TimeMention) => (trigger ? Math.max(0, t.span.start - trigger.end, trigger.start - t.span.end) : t.span.start);
  // "The town of Sinjar, overrun by IS in August 2014, was retaken … on Friday": a time a comma keeps apart from the
  // trigger belongs to another phrase, so one the trigger reaches without crossing a comma goes first.
  const apart = (t: TimeMention) => {
    if (!trigger) return 0;
    const between = t.span.end <= trigger.start ? ctx.view.slice(t.span.end, trigger.start) : ctx.view.slice(trigger.end, t.span.start);
    return /[,;]/.test(between) ? 1 : 0;
  };
  // "Annan said on Monday that he would withdraw the inspectors": a time before the reported words, inside their
  // speaker's phrase, dates the saying; an act yet to happen comes after it, not on the next Monday.
  // "Macron said on Sunday that France will withdraw": so does a time the complementizer follows.
  const spoken = (t: TimeMention) =>
    future &&
    trigger !== undefined &&
    t.span.end <= trigger.start &&
    (ctx.scopes.some((sc) => sc.span.start <= trigger.start && trigger.end <= sc.span.end && t.span.end <= sc.span.start) || ctx.lex.patterns['demand-complement'].test(ctx.view.slice(t.span.end, trigger.start)));
  const inClause = times
    .filter((t) => t.span.start >= clause.span.start && t.span.end <= clause.span.end && !spoken(t))
    .sort((a, b) => apart(a) - apart(b) || distance(a) - distance(b))[0];
  if (inClause) {
    const reading = future && inClause.ifFuture ? inClause.ifFuture : inClause.interval;
    return { ...reading, resolvedBy: `${reading.resolvedBy}: "${ctx.doc.report.text.slice(inClause.span.start, inClause.span.end)}"` };
  }
  // "Iraq lost control of Mosul on Tuesday when IS overran the city": a subordinate clause without a time of its
  // own happened when the clause it hangs on did.
  const main = clause.sharesScene ? ctx.clauses.find((c) => c.span.end === clause.span.start) : undefined;
  if (main) {
    const own = times.filter((t) => t.span.start >= main.span.start && t.span.end <= main.span.end).at(-1);
    if (own) return { ...own.interval, resolvedBy: `${own.interval.resolvedBy}: "${ctx.doc.report.text.slice(own.span.start, own.span.end)}", the time of the clause it depends on` };
  }
  if (clause.beforeMain) {
    return { from: addDays(bounds.from, -RECENT_DAYS), to: bounds.to, precision, resolvedBy: 'a clause that happened before the main one ("après que", "after")', relation: 'before' };
  }
  const recent = ctx.lex.scope
    .filter((c) => c.kind === 'recent')
    .flatMap((c) => matchesIn(c.re, ctx.view, clause.span.start, clause.span.end))[0];
  if (recent) {
    return { from: addDays(bounds.from, -RECENT_DAYS), to: bounds.to, precision, resolvedBy: `"${ctx.view.slice(recent.start, recent.end)}": shortly before the report`, relation: 'before' };
  }
  return { ...bounds, precision, resolvedBy: `the report date (${anchor.value})` };
}
