import { readDataLines, type DataLine } from '../../resources/line-file.js';

/**
 * A language's time grammar, compiled once per stage from data files alone, so a language is added by files:
 *
 * - `lexicons/<lang>/time-parts.tsv` (kind, value, forms): `part`, `month`, `year-lead` (also read by the claims stage);
 * - `lexicons/<lang>/time-words.tsv` (kind, value, forms): `weekday`, `daypart`, `number`, `unit`, `season`,
 *   `day-suffix`, `since`, `capitalized`, `not-a-date`;
 * - `lexicons/<lang>/time-patterns.tsv` (kind, value, pattern): one expression per line, a regex in which `{slot}`
 *   stands for a word list (`{weekday}`, `{month}`, `{part}` …; `{weekday2}` for a second one) and `{day}`,
 *   `{year}`, `{num}` for digits. The kind says how the match is resolved (see resolve-time.ts).
 */
export interface WordEntry {
  value: string;
  re: RegExp;
}

export interface TimePattern {
  kind: string;
  value: string;
  /** `lexicons/fr/time-patterns.tsv:12`, for `--explain`. */
  ref: string;
  /** Sticky: tried at the positions `scan` finds. */
  re: RegExp;
  /** Position in the file: on equal spans, the earlier line wins. */
  order: number;
}

export interface TimeGrammar {
  lang: string;
  patterns: TimePattern[];
  /** All patterns in one regex without their groups: finds where any of them starts, in one pass. */
  scan: RegExp;
  words: Map<string, WordEntry[]>;
  /** "depuis", "since" right before a time, or opening it ("depuis 2014"). */
  sinceBefore?: RegExp;
  sinceStart?: RegExp;
  /** Forms that only count when written with a capital ("May" the month, not "may" the verb). */
  capitalized?: RegExp;
  /** chrono readings that are no date ("for two years", "deux jours après"), matched whole. */
  notADate?: RegExp;
}

/** Slot name in a pattern → kind of word list (`num`, `day`, `year` are digits, words optional). */
const SLOT_KINDS: Record<string, string> = {
  weekday: 'weekday',
  daypart: 'daypart',
  num: 'number',
  unit: 'unit',
  season: 'season',
  part: 'part',
  month: 'month',
  yearlead: 'year-lead',
};

/**
 * A letter or digit, spelt as ranges: `\p{L}` in a lookbehind tried at every position made the scan five times
 * slower. Latin, Greek, Cyrillic, Arabic … up to U+1FFF, then the CJK and compatibility blocks; general
 * punctuation (U+2000–U+206F: ’ – …) is not a word character.
 */
const WORD_CHAR = String.raw`[0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]`;
const BOUNDARY_BEFORE = `(?<!${WORD_CHAR})`;
const BOUNDARY_AFTER = `(?!${WORD_CHAR})`;

export function loadTimeGrammar(lang: string, root?: string): TimeGrammar | undefined {
  const patternLines = readDataLines(`lexicons/${lang}/time-patterns.tsv`, root);
  const wordLines = [...readDataLines(`lexicons/${lang}/time-parts.tsv`, root), ...readDataLines(`lexicons/${lang}/time-words.tsv`, root)];
  if (!patternLines.length) return undefined;
  const words = new Map<string, WordEntry[]>();
  const alts = new Map<string, string>();
  for (const l of wordLines) {
    const [kind = '', value = '', forms = ''] = l.fields;
    if (!forms) throw new Error(`${l.ref}: expected kind, value, forms (tab-separated)`);
    checkRegex(forms, l);
    words.set(kind, [...(words.get(kind) ?? []), { value, re: new RegExp(`^(?:${forms})$`, 'iu') }]);
    alts.set(kind, alts.has(kind) ? `${alts.get(kind)}|(?:${forms})` : `(?:${forms})`);
  }
  const suffix = alts.get('day-suffix');
  const builtins: Record<string, (name: string) => string> = {
    day: (n) => String.raw`(?<${n}>3[01]|[12]\d|0?[1-9])(?!\d)${suffix ? `(?:${suffix})?` : ''}`,
    year: (n) => String.raw`(?<${n}>(?:19|20)\d\d)(?!\d)`,
    num: (n) => String.raw`(?<${n}>\d{1,3}(?!\d)${alts.has('number') ? `|${alts.get('number')}` : ''})`,
  };
  const sources: string[] = [];
  const patterns = patternLines.map((l, order): TimePattern => {
    const [kind = '', value = '-', template = ''] = l.fields;
    if (!template) throw new Error(`${l.ref}: expected kind, value, pattern (tab-separated)`);
    const source = template.replace(/\{([a-z]+?)(2?)\}/g, (_, slot: string, two: string) => {
      const name = `${slot}${two}`;
      const builtin = builtins[slot];
      if (builtin) return builtin(name);
      const kindOf = SLOT_KINDS[slot];
      const alt = kindOf ? alts.get(kindOf) : undefined;
      if (!alt) throw new Error(`${l.ref}: unknown slot {${name}} (no "${kindOf ?? slot}" words in time-words.tsv or time-parts.tsv)`);
      return `(?<${name}>${alt})`;
    });
    sources.push(`(?:${source.replace(/\(\?<([a-z0-9]+)>/g, '(?:')})`);
    return { kind, value, ref: l.ref, order, re: checkRegex(`${BOUNDARY_BEFORE}(?:${source})${BOUNDARY_AFTER}`, l, 'iuy') };
  });
  // One boundary check, then every pattern: three times faster than one boundary per alternative.
  const scan = new RegExp(`${BOUNDARY_BEFORE}(?:${sources.join('|')})`, 'giu');
  const since = alts.get('since');
  const capitalized = alts.get('capitalized');
  const notADate = alts.get('not-a-date');
  return {
    lang,
    patterns,
    scan,
    words,
    ...(since
      ? { sinceBefore: new RegExp(`${BOUNDARY_BEFORE}(?:${since})\\s*$`, 'iu'), sinceStart: new RegExp(`^(?:${since})${BOUNDARY_AFTER}`, 'iu') }
      : {}),
    ...(capitalized ? { capitalized: new RegExp(`^(?:${capitalized})$`, 'iu') } : {}),
    ...(notADate ? { notADate: new RegExp(`^(?:${notADate})$`, 'iu') } : {}),
  };
}

function checkRegex(source: string, line: DataLine, flags = 'iu'): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (err) {
    throw new Error(`${line.ref}: bad regex: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The value of the first entry of `kind` whose forms match `text` whole ("Nov." → "11"). */
export function lookup(grammar: TimeGrammar, kind: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = text.replace(/\s+/g, ' ').trim();
  return grammar.words.get(kind)?.find((w) => w.re.test(t))?.value;
}

export interface PatternMatch {
  pattern: TimePattern;
  start: number;
  end: number;
  text: string;
  groups: Record<string, string | undefined>;
}

/** Every match of every pattern, overlapping ones included; the caller picks among them. */
export function matchPatterns(text: string, grammar: TimeGrammar): PatternMatch[] {
  const out: PatternMatch[] = [];
  const scan = grammar.scan;
  scan.lastIndex = 0;
  for (let hit = scan.exec(text); hit; hit = scan.exec(text)) {
    const at = hit.index;
    for (const pattern of grammar.patterns) {
      pattern.re.lastIndex = at;
      const m = pattern.re.exec(text);
      if (m?.[0]) out.push({ pattern, start: at, end: at + m[0].length, text: m[0], groups: m.groups ?? {} });
    }
    scan.lastIndex = at + 1;
  }
  return out;
}

/** A month word written in lower case where the language wants a capital ("may" the verb). */
export function miscased(grammar: TimeGrammar, word: string | undefined): boolean {
  if (!word || !grammar.capitalized || !grammar.capitalized.test(word)) return false;
  const first = word.charAt(0);
  return first === first.toLowerCase();
}
