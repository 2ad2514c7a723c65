import * as chrono from 'chrono-node';
import type { TimeMention } from '../../model/mention.js';
import type { PartialDate, TimeInterval, TimePrecision } from '../../model/time.js';
import { partialDateBounds } from '../../model/time.js';
import type { Stage } from '../../pipeline/stage.js';
import { readLanguages, type LanguageInfo } from '../../resources/languages.js';
import { isoDay, maxDay, monthBounds } from './date-math.js';
import { resolveMatch } from './resolve-time.js';
import { loadTimeGrammar, matchPatterns, miscased, type PatternMatch, type TimeGrammar } from './time-grammar.js';

/** chrono-node's casual reader of a locale (languages.tsv's `chrono` column); English when chrono has none. */
function chronoReader(locale: string | undefined): { locale: string; parser: chrono.Chrono } {
  const byLocale = chrono as unknown as Record<string, { casual?: chrono.Chrono } | undefined>;
  const parser = locale ? byLocale[locale]?.casual : undefined;
  return parser && locale ? { locale, parser } : { locale: 'en', parser: chrono.en.casual };
}

type Draft = Omit<TimeMention, 'id'>;

/**
 * Finds time expressions and resolves them against the report's date, the only "now" a stage may use.
 * Our own grammar (lexicons/<lang>/time-patterns.tsv with its word lists, see time-grammar.ts and resolve-time.ts)
 * comes first: weekdays, relative days, dates without a year, periods, ranges, seasons, "la veille". chrono fills
 * in what it does not cover (numeric dates: "03/11/2017"); a chrono reading that overlaps one of ours is dropped, and
 * so are a time of day alone ("à 10h"), a lower-case "may", and the durations of `not-a-date` ("for two years").
 * A "depuis"/"since" before a time turns it into "from then up to the report date" (relation `after`).
 */
export function createTimeStage(languages: readonly LanguageInfo[] = readLanguages(), resourcesRoot?: string): Stage {
  const grammars = new Map(languages.map((l) => [l.lang, loadTimeGrammar(l.lang, resourcesRoot)]));
  const readers = new Map(languages.map((l) => [l.lang, chronoReader(l.chrono)]));
  return {
    id: 'time.chrono@2',
    requires: ['lang'],
    assigns: ['times'],
    run(doc) {
      const text = doc.report.text;
      const anchor = doc.report.publishedAt;
      const bounds = partialDateBounds(anchor);
      const grammar = grammars.get(doc.lang);
      const own = grammar ? ownMentions(text, grammar, anchor, bounds) : [];
      const { locale: parserLang, parser } = readers.get(doc.lang) ?? chronoReader(undefined);
      const ref = new Date(`${bounds.to}T12:00:00Z`);
      const found: Found[] = [...own];
      for (const r of parser.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
        const span = { start: r.index, end: r.index + r.text.length };
        // chrono's word boundaries are ASCII ones: "mar" (mardi) inside "maréchal" is no date.
        if (insideWord(text, span)) continue;
        // Ours win: chrono's reading of a part of them ("2 000", "samedi à dimanche") is dropped.
        if (own.some((o) => o.draft.span.start < span.end && span.start < o.draft.span.end)) continue;
        // "5 may have died": a month name the language writes with a capital; "for two years": a duration.
        if (grammar && (r.text.split(/[^\p{L}]+/u).some((w) => miscased(grammar, w)) || grammar.notADate?.test(r.text.replace(/[\s,;:]+$/u, '').trim()))) continue;
        const interval = toInterval(r, anchor.precision, bounds);
        if (!interval) continue;
        const resolvedBy = `"${r.text.replace(/\s+/g, ' ')}": ${interval.resolvedBy} (chrono)`;
        found.push({ draft: { kind: 'time', span, rule: `chrono.${parserLang}`, confidence: interval.precision === 'day' ? 0.9 : 0.7, interval: { ...interval, resolvedBy } } });
      }
      found.sort((x, y) => x.draft.span.start - y.draft.span.start);
      // "la veille", "two days later": counted from the time mentioned last before them.
      let previous: { interval: TimeInterval; text: string } | null = null;
      const all: TimeMention[] = [];
      for (const f of found) {
        let draft = f.draft;
        if (grammar && f.match?.pattern.kind === 'event-offset') {
          const r = resolveMatch(f.match, { grammar, anchor, bounds, previous });
          if (!r) continue;
          draft = { ...draft, interval: r.interval, confidence: r.confidence };
        }
        previous = { interval: draft.interval, text: text.slice(draft.span.start, draft.span.end) };
        // "depuis trois jours" already runs up to the report date.
        if (grammar && f.match?.pattern.kind !== 'past-span') draft = since(draft, text, grammar, anchor);
        all.push({ ...draft, id: `t${all.length + 1}` });
      }
      return { ...doc, mentions: [...doc.mentions, ...all] };
    },
  };
}

interface Found {
  draft: Draft;
  /** For our own mentions: the pattern match, to resolve again once the text before is known. */
  match?: PatternMatch;
}

/** Our matches, resolved, the longest first where they overlap (on equal spans, the earlier pattern line). */
function ownMentions(text: string, grammar: TimeGrammar, anchor: PartialDate, bounds: { from: string; to: string }): Found[] {
  const resolved = matchPatterns(text, grammar)
    .map((m) => ({ m, r: resolveMatch(m, { grammar, anchor, bounds }) }))
    .filter((x) => x.r !== undefined)
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.m.start - b.m.start || a.m.pattern.order - b.m.pattern.order);
  const kept: Found[] = [];
  for (const { m, r } of resolved) {
    if (!r || kept.some((k) => k.draft.span.start < m.end && m.start < k.draft.span.end)) continue;
    kept.push({ draft: { kind: 'time', span: { start: m.start, end: m.end }, rule: m.pattern.ref, confidence: r.confidence, interval: r.interval, ...(r.ifFuture ? { ifFuture: r.ifFuture } : {}) }, match: m });
  }
  return kept;
}

/**
 * "depuis 2014", "since Nov. 3": from the start of that time up to the report date, relation `after`.
 * The since-word is either inside the match (a `year-lead` of time-parts.tsv) or right before it.
 */
function since(m: Draft, text: string, grammar: TimeGrammar, anchor: PartialDate): Draft {
  if (m.interval.relation) return m;
  const own = text.slice(m.span.start, m.span.end);
  const before = grammar.sinceBefore?.exec(text.slice(Math.max(0, m.span.start - 40), m.span.start));
  if (!before && !grammar.sinceStart?.test(own)) return m;
  const start = before ? m.span.start - before[0].length : m.span.start;
  const quoted = `"${text.slice(start, m.span.end).replace(/\s+/g, ' ')}"`;
  const to = maxDay(partialDateBounds(anchor).to, m.interval.from);
  return {
    ...m,
    span: { start, end: m.span.end },
    interval: {
      from: m.interval.from,
      to,
      precision: m.interval.precision,
      relation: 'after',
      resolvedBy: `${quoted}: since ${m.interval.from}, up to the report date (${anchor.value}); start: ${m.interval.resolvedBy.replace(/^"[^"]*": /, '')}`,
    },
  };
}

function toInterval(r: chrono.ParsedResult, anchorPrecision: PartialDate['precision'], bounds: { from: string; to: string }): TimeInterval | undefined {
  const c = r.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  // A time of day alone ("à 10h", "at 10am") dates nothing.
  if (!known('day') && !known('weekday') && !known('month') && !known('year')) return undefined;
  let date = c.date();
  // A bare weekday must not land after the report: step back a week.
  if (!known('day') && known('weekday') && isoDay(date) > bounds.to) date = new Date(date.getTime() - 7 * 86400000);
  // A day and month without a year are the latest such date on or before the report.
  if (known('day') && known('month') && !known('year') && isoDay(date) > bounds.to) {
    date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
  }
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  if (known('day') || known('weekday')) {
    if (anchorPrecision !== 'day' && !known('month')) {
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

/** A span that starts or ends in the middle of a word (letters on both sides of either edge). */
function insideWord(text: string, span: { start: number; end: number }): boolean {
  const letter = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i] as string);
  return (letter(span.start - 1) && letter(span.start)) || (letter(span.end - 1) && letter(span.end));
}
