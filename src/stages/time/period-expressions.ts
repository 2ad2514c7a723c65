import type { TimeMention } from '../../model/mention.js';
import type { TimeInterval } from '../../model/time.js';
import { readDataLines } from '../../resources/line-file.js';
import { monthBounds } from './date-math.js';

/**
 * Periods chrono does not parse: "début novembre", "mi-octobre", "fin 2017", "in mid-2014", "en 2014".
 * They matter most for background: "IS seized the city in mid-2014" must not be dated to the report.
 */
export interface PeriodGrammar {
  re: RegExp;
  parts: Map<string, 'early' | 'mid' | 'late'>;
  months: { value: number; re: RegExp }[];
  ref: string;
}

export function loadPeriodGrammar(lang: string): PeriodGrammar | undefined {
  const lines = readDataLines(`lexicons/${lang}/time-parts.tsv`);
  if (!lines.length) return undefined;
  const forms = (kind: string) => lines.filter((l) => l.fields[0] === kind);
  const alt = (kind: string) => forms(kind).map((l) => `(?:${l.fields[2]})`).join('|');
  const partRes = forms('part').map((l) => ({ value: l.fields[1] as 'early' | 'mid' | 'late', re: new RegExp(`^(?:${l.fields[2]})$`, 'iu') }));
  const months = forms('month').map((l) => ({ value: Number(l.fields[1]), re: new RegExp(`^(?:${l.fields[2]})$`, 'iu') }));
  const re = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:(?<part>${alt('part')})[\s-]+(?:(?:de\s+|d'|of\s+)?(?<month>${alt('month')}))?[\s,]*(?<year>(?:19|20)\d\d)?|(?:${alt('year-lead')})\s+(?:(?<month2>${alt('month')})(?:\s+(?<year2>(?:19|20)\d\d))?|(?<year3>(?:19|20)\d\d)))(?![\p{L}\p{N}])`,
    'giu',
  );
  return { re, parts: new Map(partRes.map((p) => [p.re.source, p.value])), months, ref: `lexicons/${lang}/time-parts.tsv` };
}

export function findPeriods(text: string, grammar: PeriodGrammar, anchor: { from: string; to: string }): Omit<TimeMention, 'id'>[] {
  const out: Omit<TimeMention, 'id'>[] = [];
  const anchorYear = Number(anchor.to.slice(0, 4));
  for (const m of text.matchAll(grammar.re)) {
    const g = m.groups ?? {};
    const monthWord = g.month ?? g.month2;
    const yearText = g.year ?? g.year2 ?? g.year3;
    if (!monthWord && !yearText) continue; // "fin" alone is not a date
    const part = g.part ? partOf(grammar, g.part) : undefined;
    const month = monthWord ? grammar.months.find((x) => x.re.test(monthWord.replace(/\s+/g, ' ')))?.value : undefined;
    let year = yearText ? Number(yearText) : anchorYear;
    if (!yearText && month && monthBounds(year, month).from > anchor.to) year -= 1;
    const interval = periodInterval(year, month, part);
    if (!interval) continue;
    out.push({ kind: 'time', span: { start: m.index, end: m.index + m[0].length }, rule: grammar.ref, confidence: 0.8, interval });
  }
  return out;
}

function partOf(grammar: PeriodGrammar, word: string): 'early' | 'mid' | 'late' | undefined {
  for (const [source, value] of grammar.parts) if (new RegExp(source, 'iu').test(word.trim())) return value;
  return undefined;
}

function periodInterval(year: number, month: number | undefined, part: 'early' | 'mid' | 'late' | undefined): TimeInterval | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month) {
    const b = monthBounds(year, month);
    if (!part) return { ...b, precision: 'month', resolvedBy: 'month and year' };
    const last = Number(b.to.slice(8));
    const [d1, d2] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
    return { from: `${year}-${pad(month)}-${pad(d1)}`, to: `${year}-${pad(month)}-${pad(d2)}`, precision: 'month', resolvedBy: `${part} part of the month` };
  }
  if (!part) return { from: `${year}-01-01`, to: `${year}-12-31`, precision: 'year', resolvedBy: 'a year' };
  const [m1, m2] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return { from: `${year}-${pad(m1)}-01`, to: monthBounds(year, m2).to, precision: 'year', resolvedBy: `${part} part of the year` };
}
