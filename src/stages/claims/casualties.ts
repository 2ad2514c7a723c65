/**
 * Reads counts of people killed, wounded and captured from one sentence ("au moins 12 soldats syriens ont été tués",
 * "killing 3 civilians", "faisant une trentaine de morts"). Pure and data-driven: every word it knows comes from
 * resources/lexicons/<lang>/number-words.tsv and casualty-*.tsv, compiled once per language. See docs/casualties.md.
 */
import type { Casualties, Victims } from '../../model/claim.js';
import type { ActorMention } from '../../model/mention.js';
import type { DataLine } from '../../resources/line-file.js';
import { readDataLines } from '../../resources/line-file.js';
import { namesAPeople } from '../actors/group-descriptions.js';
import { skipWs } from './text-view.js';

type Kind = Casualties['kind'];
type Civilians = 'yes' | 'no' | 'same';
type QualifierKind = 'at-least' | 'more-than' | 'fewer-than' | 'nearly' | 'about' | 'up-to' | 'between';

const KINDS: readonly Kind[] = ['killed', 'wounded', 'captured'];
const QUALIFIERS: readonly QualifierKind[] = ['at-least', 'more-than', 'fewer-than', 'nearly', 'about', 'up-to', 'between'];
const CUE_ROLES = ['define', 'after', 'after-bare', 'before', 'subset-lead', 'subset-tail', 'partitive', 'link', 'coord', 'stop', 'object', 'adjunct'] as const;
type CueRole = (typeof CUE_ROLES)[number];

/** A compiled data line: a sticky regex (or a global one for scans) and the line it came from. */
interface Entry {
  re: RegExp;
  ref: string;
}
interface NumberWord extends Entry {
  kind: 'word' | 'article' | 'scale';
  value: number;
}
interface VagueEntry extends Entry {
  min: number;
  max?: number;
  nominal: number;
}
interface KindCue extends Entry {
  kind: Kind;
  /** A bare participle that may be an active verb ("killed"): refused when an object follows. */
  bare: boolean;
}
interface QualifierEntry extends Entry {
  qualifier: QualifierKind;
}
interface VictimNoun extends Entry {
  civilians: Civilians;
}

/** Everything the casualty reader knows about one language, compiled once (see loadCasualtyLexicon). */
export interface CasualtyLexicon {
  lang: string;
  /** True when the language has no casualty cues: findCasualties then returns nothing. */
  empty: boolean;
  /** Global: where a quantity may start (a qualifier, an approximate noun, a number word or a digit). */
  starter?: RegExp;
  words: NumberWord[];
  vague: VagueEntry[];
  qualifiers: QualifierEntry[];
  /** Sticky: the word between "entre N" and "M"; the joiner of "N à M"; between two number words. */
  betweenAnd?: RegExp;
  range?: RegExp;
  joiner: RegExp;
  after: KindCue[];
  /** Global regexes, scanned once per sentence. */
  before: KindCue[];
  victims: VictimNoun[];
  /** Sticky lookbehind tested at a count's start: "dont ", "including ". */
  subsetLead?: RegExp;
  /** Sticky: a subset clause opening right after a victims noun: ", dont 5 civils,". */
  subsetClause?: RegExp;
  subsetTail?: RegExp;
  partitive?: RegExp;
  /** Anchored, over the gap between a victims noun and an actor mention. */
  linkGap?: RegExp;
  /** Anchored, over the gap between two coordinated counts. */
  coordGap?: RegExp;
  stop?: RegExp;
  object?: RegExp;
  /** Sticky: what may follow a bare count after a before cue ("killed 12 on Monday", "killed 12."). */
  bareEnd: RegExp;
  unit?: RegExp;
  /** Sticky lookbehinds tested at a number's start. */
  prefix?: RegExp;
  yearPrefix?: RegExp;
}

// Boundaries: a form that begins (ends) with a letter or digit must not touch another one; accents count as letters.
const L = '(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))';
const R = '(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))';
const bounded = (forms: string): string => `${L}(?:${forms})${R}`;

const DIGITS = /(?<![\p{L}\p{N}.,:/])(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\p{N}])|\d+)(?:[.,](\d+))?(?![\p{L}\p{N}:])/uy;
const WORD = /\s*([\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*(?:(?<=\.\p{L})\.)?)/uy;
const CLOSER = /[,)]/g;
const ACRONYM = /^\p{Lu}{2,}$/u;
const FOUR_DIGITS = /^\d{4}$/;
const NON_DIGITS = /[^\d]/g;
const TRAILING_PUNCT = /[\s,.;:]+$/u;

function compile(source: string, flags: string, ref: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new Error(`${ref}: invalid regular expression (${(e as Error).message}); fix the forms column`);
  }
}

const cache = new Map<string, CasualtyLexicon>();

/**
 * Loads and compiles the casualty lexicon of a language from `<root>/lexicons/<lang>/number-words.tsv` and
 * `casualty-cues.tsv`, `casualty-qualifiers.tsv`, `casualty-victims.tsv`, `casualty-blockers.tsv`. Cached per root
 * and language. A language without these files gets an empty lexicon; a malformed line throws, naming file:line.
 */
export function loadCasualtyLexicon(lang: string, root?: string): CasualtyLexicon {
  const key = `${root ?? ''}\u0000${lang}`;
  let lex = cache.get(key);
  if (!lex) {
    lex = buildLexicon(lang, root);
    cache.set(key, lex);
  }
  return lex;
}

function buildLexicon(lang: string, root?: string): CasualtyLexicon {
  const file = (name: string): DataLine[] => readDataLines(`lexicons/${lang}/${name}`, root);
  const defines = new Map<string, string>();
  const expand = (forms: string, ref: string): string =>
    forms.replace(/\{([a-z][\w-]*)\}/g, (_, name: string) => {
      const body = defines.get(name);
      if (body === undefined) throw new Error(`${ref}: {${name}} is not defined; add a "define\t${name}\t<forms>" line above it in casualty-cues.tsv`);
      return `(?:${body})`;
    });
  const need = (value: string | undefined, ref: string, what: string): string => {
    if (!value) throw new Error(`${ref}: missing ${what}; fix the line or comment it out with #`);
    return value;
  };
  const alt = (forms: string[]): string | undefined => (forms.length ? forms.map((f) => `(?:${f})`).join('|') : undefined);
  const sticky = (source: string, ref: string): RegExp => compile(source, 'iuy', ref);

  // number-words.tsv: kind, value, forms
  const words: NumberWord[] = [];
  const vague: VagueEntry[] = [];
  const joiners: string[] = [];
  for (const { fields, ref } of file('number-words.tsv')) {
    const [kind, value, rawForms] = fields;
    const forms = need(rawForms, ref, 'forms (third column)');
    if (kind === 'word' || kind === 'article' || kind === 'scale') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${ref}: a ${kind} needs a whole number above 0 as its value; fix the second column`);
      words.push({ kind, value: n, re: sticky(bounded(forms), ref), ref });
    } else if (kind === 'vague') {
      const m = /^(\d+)(?:-(\d*))?$/.exec(value ?? '');
      if (!m) throw new Error(`${ref}: a vague quantity needs "min-max", "min-" or "n" as its value; fix the second column`);
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[2] === '' ? undefined : Number(m[2]);
      if (min < 1 || (max !== undefined && max < min)) throw new Error(`${ref}: min must be at least 1 and max at least min; fix the second column`);
      const nominal = max === undefined ? min : Math.round((min + max) / 2);
      vague.push({ min, ...(max !== undefined ? { max } : {}), nominal, re: sticky(bounded(forms), ref), ref });
    } else if (kind === 'joiner') {
      joiners.push(forms);
      compile(forms, 'iu', ref);
    } else {
      throw new Error(`${ref}: unknown kind "${kind ?? ''}"; use word, article, scale, joiner or vague`);
    }
  }

  // casualty-cues.tsv: role, kind, forms
  const after: KindCue[] = [];
  const before: KindCue[] = [];
  const byRole = new Map<CueRole, string[]>();
  for (const { fields, ref } of file('casualty-cues.tsv')) {
    const [role, kind, rawForms] = fields;
    if (!CUE_ROLES.includes(role as CueRole)) throw new Error(`${ref}: unknown role "${role ?? ''}"; use one of ${CUE_ROLES.join(', ')}`);
    const forms = need(rawForms, ref, 'forms (third column)');
    if (role === 'define') {
      if (!kind || !/^[a-z][\w-]*$/.test(kind)) throw new Error(`${ref}: a define needs a lower-case name in the second column`);
      const body = expand(forms, ref);
      compile(body, 'iu', ref);
      defines.set(kind, body);
      continue;
    }
    const body = expand(forms, ref);
    compile(body, 'iu', ref);
    if (role === 'after' || role === 'after-bare' || role === 'before') {
      if (!KINDS.includes(kind as Kind)) throw new Error(`${ref}: a ${role} cue needs killed, wounded or captured in the second column`);
      if (role === 'before') before.push({ kind: kind as Kind, bare: false, re: compile(bounded(body), 'giu', ref), ref });
      else after.push({ kind: kind as Kind, bare: role === 'after-bare', re: sticky(`\\s*(${bounded(body)})`, ref), ref });
      continue;
    }
    const list = byRole.get(role as CueRole) ?? [];
    list.push(body);
    byRole.set(role as CueRole, list);
  }
  const roleAlt = (role: CueRole): string | undefined => alt(byRole.get(role) ?? []);

  // casualty-qualifiers.tsv: qualifier, forms
  const qualifiers: QualifierEntry[] = [];
  const betweenAnd: string[] = [];
  const range: string[] = [];
  for (const { fields, ref } of file('casualty-qualifiers.tsv')) {
    const [q, rawForms] = fields;
    const forms = expand(need(rawForms, ref, 'forms (second column)'), ref);
    if (q === 'between-and') betweenAnd.push(forms);
    else if (q === 'range') range.push(forms);
    else if (QUALIFIERS.includes(q as QualifierKind)) {
      qualifiers.push({ qualifier: q as QualifierKind, re: sticky(`${bounded(forms)}(?:(?<=['’])\\s*|\\s+)`, ref), ref });
      continue;
    } else throw new Error(`${ref}: unknown qualifier "${q ?? ''}"; use ${[...QUALIFIERS, 'between-and', 'range'].join(', ')}`);
    compile(forms, 'iu', ref);
  }

  // casualty-victims.tsv: civilians, forms
  const victims: VictimNoun[] = file('casualty-victims.tsv').map(({ fields, ref }) => {
    const [civ, rawForms] = fields;
    if (civ !== 'yes' && civ !== 'no' && civ !== 'same') throw new Error(`${ref}: the first column must be yes, no or same`);
    return { civilians: civ, re: sticky(bounded(expand(need(rawForms, ref, 'forms (second column)'), ref)), ref), ref };
  });

  // casualty-blockers.tsv: role, forms
  const blockers = new Map<string, string[]>();
  for (const { fields, ref } of file('casualty-blockers.tsv')) {
    const [role, rawForms] = fields;
    if (role !== 'unit' && role !== 'prefix' && role !== 'year-prefix') throw new Error(`${ref}: unknown role "${role ?? ''}"; use unit, prefix or year-prefix`);
    const forms = expand(need(rawForms, ref, 'forms (second column)'), ref);
    compile(forms, 'iu', ref);
    blockers.set(role, [...(blockers.get(role) ?? []), forms]);
  }

  const where = `lexicons/${lang}`;
  const opt = (source: string | undefined, make: (s: string) => string, flags = 'iuy'): RegExp | undefined =>
    source === undefined ? undefined : compile(make(source), flags, where);
  const partitive = roleAlt('partitive');
  const bareFollowers = alt((['adjunct', 'stop', 'coord', 'subset-lead'] as const).flatMap((r) => byRole.get(r) ?? []));
  const units = alt(blockers.get('unit') ?? []);
  const starterParts = [
    ...qualifiers.map((q) => q.re.source),
    ...vague.map((v) => v.re.source),
    ...words.map((w) => w.re.source),
    '\\d',
  ];
  const empty = after.length === 0 && before.length === 0;
  return {
    lang,
    empty,
    ...(empty ? {} : { starter: compile(`(?:${starterParts.join('|')})`, 'giu', where) }),
    words,
    vague,
    qualifiers,
    betweenAnd: opt(alt(betweenAnd), (s) => `\\s*${bounded(s)}\\s*`),
    range: opt(alt(range), (s) => `\\s*${bounded(s)}\\s*`),
    joiner: compile(`\\s*-\\s*${joiners.length ? `|\\s+${bounded(alt(joiners) ?? '')}\\s+` : ''}|\\s+`, 'iuy', where),
    after,
    before,
    victims,
    subsetLead: opt(roleAlt('subset-lead'), (s) => `(?<=${bounded(s)}\\s+)`),
    subsetClause: opt(roleAlt('subset-lead'), (s) => `\\s*[,(]\\s*${bounded(s)}`),
    subsetTail: opt(roleAlt('subset-tail'), (s) => `\\s*${bounded(s)}`),
    partitive: opt(partitive, (s) => `\\s*${bounded(s)}`),
    linkGap: opt(roleAlt('link'), (s) => `^\\s*(?:${bounded(s)}(?:(?<=['’])|\\s+))?$`, 'iu'),
    coordGap: opt(roleAlt('coord'), (s) => `^\\s*(?:(?:${bounded(s)})\\s*){1,2}$`, 'iu'),
    stop: opt(roleAlt('stop'), (s) => `^(?:${s})$`, 'iu'),
    object: opt(roleAlt('object'), (s) => `\\s+${bounded(s)}`),
    bareEnd: compile(
      `\\s*(?=[^\\s\\p{L}\\p{N}])${bareFollowers ? `|\\s+${bounded(bareFollowers)}` : ''}`,
      'iuy',
      where,
    ),
    unit: opt(units, (s) => `\\s*(?:${bounded(partitive ?? '(?!)')}(?:(?<=['’])|\\s+))?${bounded(s)}`),
    prefix: opt(alt(blockers.get('prefix') ?? []), (s) => `(?<=${bounded(s)}\\s*)`),
    yearPrefix: opt(alt(blockers.get('year-prefix') ?? []), (s) => `(?<=${bounded(s)}\\s*)`),
  };
}

/** Sticky match of `re` at `pos`; null when it fails or runs past `limit`. */
function at(re: RegExp, text: string, pos: number, limit: number): RegExpExecArray | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m && m.index + m[0].length <= limit ? m : null;
}

function longest<E extends Entry>(entries: readonly E[], text: string, pos: number, limit: number): { e: E; m: RegExpExecArray } | undefined {
  let best: { e: E; m: RegExpExecArray } | undefined;
  for (const e of entries) {
    const m = at(e.re, text, pos, limit);
    if (m && m[0].length > 0 && (!best || m[0].length > best.m[0].length)) best = { e, m };
  }
  return best;
}

interface Core {
  start: number;
  end: number;
  min: number;
  max?: number;
  nominal: number;
  vague: boolean;
  article: boolean;
  yearLike: boolean;
  refs: string[];
}

interface Quantity {
  start: number;
  end: number;
  coreStart: number;
  min: number;
  max?: number;
  approximate: boolean;
  article: boolean;
  yearPrefixed: boolean;
  refs: string[];
}

function parseWords(text: string, pos: number, limit: number, lex: CasualtyLexicon): Core | null {
  let total = 0;
  let current = 0;
  let end = pos;
  let last: NumberWord | undefined;
  let count = 0;
  const refs: string[] = [];
  let p = pos;
  for (;;) {
    const hit = longest(lex.words, text, p, limit);
    if (!hit) break;
    const w = hit.e;
    if (last) {
      const ok =
        w.kind === 'scale'
          ? current > 0 && current < w.value
          : last.kind === 'scale'
            ? w.value < last.value
            : last.value >= 20 && last.value % 10 === 0 && w.value < 20;
      if (!ok) break;
    }
    if (w.kind === 'scale') {
      if (w.value >= 1000) {
        total += (current || 1) * w.value;
        current = 0;
      } else current = (current || 1) * w.value;
    } else current += w.value;
    last = w;
    count++;
    refs.push(w.ref);
    end = p + hit.m[0].length;
    const j = at(lex.joiner, text, end, limit);
    if (!j) break;
    p = end + j[0].length;
  }
  if (!last) return null;
  const value = total + current;
  return { start: pos, end, min: value, max: value, nominal: value, vague: false, article: count === 1 && last.kind === 'article', yearLike: false, refs: [refs[0] ?? ''] };
}

function parseCore(text: string, pos: number, limit: number, lex: CasualtyLexicon): Core | null {
  const v = longest(lex.vague, text, pos, limit);
  if (v) {
    const e = v.e;
    return { start: pos, end: pos + v.m[0].length, min: e.min, ...(e.max !== undefined ? { max: e.max } : {}), nominal: e.nominal, vague: true, article: false, yearLike: false, refs: [e.ref] };
  }
  const d = at(DIGITS, text, pos, limit);
  if (d) {
    const int = (d[1] ?? '').replace(NON_DIGITS, '');
    let value = Number(int);
    let end = pos + d[0].length;
    const sp = skipWs(text, end);
    const scale = sp > end ? longest(lex.words, text, sp, limit) : undefined;
    const refs: string[] = [];
    if (scale && scale.e.kind === 'scale') {
      value = Number(`${int}.${d[2] ?? '0'}`) * scale.e.value;
      end = sp + scale.m[0].length;
      refs.push(scale.e.ref);
    } else if (d[2] !== undefined) return null;
    value = Math.round(value);
    const yearLike = refs.length === 0 && FOUR_DIGITS.test(d[1] ?? '') && value >= 1900 && value <= 2099;
    return { start: pos, end, min: value, max: value, nominal: value, vague: false, article: false, yearLike, refs };
  }
  return parseWords(text, pos, limit, lex);
}

function applyQualifier(c: Core, q: QualifierKind | undefined): Pick<Quantity, 'min' | 'max' | 'approximate'> | null {
  const n = c.nominal;
  const approx = c.vague;
  switch (q) {
    case undefined:
    case 'between':
      return { min: c.min, ...(c.max !== undefined ? { max: c.max } : {}), approximate: approx };
    case 'about':
      return { min: c.min, ...(c.max !== undefined ? { max: c.max } : {}), approximate: true };
    case 'at-least':
      return { min: n, approximate: approx };
    case 'more-than':
      return { min: n + 1, approximate: approx };
    case 'fewer-than':
      return n > 1 ? { min: 1, max: n - 1, approximate: approx } : null;
    case 'nearly':
      return { min: Math.max(1, Math.floor(0.9 * n)), max: n, approximate: true };
    case 'up-to':
      return { min: 1, max: n, approximate: true };
  }
}

function parseQuantity(text: string, pos: number, limit: number, lex: CasualtyLexicon): Quantity | null {
  const qual = longest(lex.qualifiers, text, pos, limit);
  if (qual) {
    const q = parseAfterQualifier(text, pos, pos + qual.m[0].length, limit, lex, qual.e);
    if (q) return q;
  }
  return parseAfterQualifier(text, pos, pos, limit, lex, undefined);
}

function parseAfterQualifier(text: string, start: number, p: number, limit: number, lex: CasualtyLexicon, qual: QualifierEntry | undefined): Quantity | null {
  const c1 = parseCore(text, p, limit, lex);
  if (!c1 || c1.min < 1) return null;
  const refs = [...(qual ? [qual.ref] : []), ...c1.refs];
  let core: Core = c1;
  const exact = (c: Core | null): c is Core => !!c && !c.vague && !c.article;
  if (qual?.qualifier === 'between') {
    const and = lex.betweenAnd && at(lex.betweenAnd, text, c1.end, limit);
    const c2 = and ? parseCore(text, c1.end + and[0].length, limit, lex) : null;
    if (!exact(c1) || !exact(c2) || c2.min <= c1.min) return null;
    core = { ...c1, end: c2.end, max: c2.max ?? c2.min, yearLike: c1.yearLike && c2.yearLike };
  } else if (exact(c1) && lex.range) {
    const r = at(lex.range, text, c1.end, limit);
    const c2 = r ? parseCore(text, c1.end + r[0].length, limit, lex) : null;
    if (exact(c2) && c2.min > c1.min) core = { ...c1, end: c2.end, max: c2.max ?? c2.min, yearLike: c1.yearLike && c2.yearLike };
  }
  const values = applyQualifier(core, qual?.qualifier);
  if (!values) return null;
  // A number that is a percentage, an age, a distance, a date, money, or a reference is no count of people.
  if (lex.unit && at(lex.unit, text, core.end, limit)) return null;
  if (lex.prefix && at(lex.prefix, text, core.start, text.length)) return null;
  const yearPrefixed = core.yearLike && !!lex.yearPrefix && !!at(lex.yearPrefix, text, core.start, text.length);
  return { start, end: core.end, coreStart: core.start, ...values, article: !qual && core.article, yearPrefixed, refs };
}

interface VictimPhrase {
  start: number;
  end: number;
  headStart: number;
  headEnd: number;
  civilians: Civilians;
}

interface Reading {
  q: Quantity;
  kind?: Kind;
  /** after / before: a cue of that role; coord-after / coord-before: shared with a coordinated count; subset. */
  how: 'after' | 'before' | 'coord-after' | 'coord-before' | 'subset';
  cueRef: string;
  start: number;
  end: number;
  victims?: VictimPhrase;
}

/** Context shared by the helpers of one findCasualties call. */
interface Ctx {
  text: string;
  limit: number;
  lex: CasualtyLexicon;
  qStarts: Set<number>;
  mentionAt: Map<number, ActorMention>;
}

function matchAfter(ctx: Ctx, pos: number): { cue: KindCue; start: number; end: number } | undefined {
  let best: { cue: KindCue; start: number; end: number } | undefined;
  for (const cue of ctx.lex.after) {
    const m = at(cue.re, ctx.text, pos, ctx.limit);
    if (!m) continue;
    const end = pos + m[0].length;
    const start = end - (m[1] ?? '').length;
    if (cue.bare && isObjectAfter(ctx, end)) continue;
    if (!best || end > best.end) best = { cue, start, end };
  }
  return best;
}

/** After a bare participle: an object ("the guard"), a number or a named person ("shot dead Shinzo Abe") means it
 *  was an active verb. */
function isObjectAfter(ctx: Ctx, end: number): boolean {
  if (ctx.lex.object && at(ctx.lex.object, ctx.text, end, ctx.limit)) return true;
  const p = skipWs(ctx.text, end);
  return p > end && (ctx.qStarts.has(p) || ctx.mentionAt.get(p)?.actorType === 'person');
}

/** A count with no victims noun after a before cue must stand alone: "killed 12." but not "shot down 2 drones". */
function endsBare(ctx: Ctx, end: number): boolean {
  return skipWs(ctx.text, end) >= ctx.limit || !!at(ctx.lex.bareEnd, ctx.text, end, ctx.limit);
}

function isStop(ctx: Ctx, word: string): boolean {
  // An all-capitals word ("IS") is an acronym, never a function word.
  if (ACRONYM.test(word)) return false;
  return !!ctx.lex.stop?.test(word);
}

function headAt(ctx: Ctx, pos: number): { start: number; end: number; civilians: Civilians } | undefined {
  const hit = longest(ctx.lex.victims, ctx.text, pos, ctx.limit);
  if (!hit) return undefined;
  let end = pos + hit.m[0].length;
  let civilians = hit.e.civilians;
  // "more soldiers", "civilian workers": the last of two nouns in a row is the head.
  const next = skipWs(ctx.text, end);
  const again = next > end ? longest(ctx.lex.victims, ctx.text, next, ctx.limit) : undefined;
  if (again) {
    end = next + again.m[0].length;
    civilians = again.e.civilians === 'same' ? civilians : again.e.civilians;
  }
  return { start: pos, end, civilians };
}

/** A victims noun that ends an actor mention running from `from` to `end`. */
function headInside(ctx: Ctx, from: number, end: number): { start: number; end: number; civilians: Civilians } | undefined {
  for (let pos = from; pos < end; ) {
    const head = headAt(ctx, pos);
    if (head && head.end === end) return head;
    const w = at(WORD, ctx.text, pos, end);
    if (!w) return undefined;
    pos = skipWs(ctx.text, pos + w[0].length);
  }
  return undefined;
}

/** Up to three words (an actor mention counts as one) and a victims noun. */
function parseVictims(ctx: Ctx, from: number): VictimPhrase | undefined {
  let pos = skipWs(ctx.text, from);
  const start = pos;
  for (let mods = 0; mods <= 3; mods++) {
    const head = headAt(ctx, pos);
    if (head) return { start, end: head.end, headStart: head.start, headEnd: head.end, civilians: head.civilians };
    if (mods === 3 || (mods > 0 && ctx.qStarts.has(pos))) return undefined;
    const mention = ctx.mentionAt.get(pos);
    if (mention && mention.span.end <= ctx.limit) {
      // "two British soldiers", "one U.S. soldier": the actor mention holds the victims noun itself.
      const inner = headInside(ctx, pos, mention.span.end);
      if (inner) return { start, end: mention.span.end, headStart: inner.start, headEnd: inner.end, civilians: inner.civilians };
      // "killing at least eight Palestinians": a people named by its nationality is who was counted (armed or not
      // is not said).
      if (namesAPeople(mention.actorId)) return { start, end: mention.span.end, headStart: mention.span.start, headEnd: mention.span.end, civilians: 'no' };
      pos = skipWs(ctx.text, mention.span.end);
      continue;
    }
    const w = at(WORD, ctx.text, pos, ctx.limit);
    if (!w || isStop(ctx, w[1] ?? '') || matchAfter(ctx, pos)) return undefined;
    pos = skipWs(ctx.text, pos + w[0].length);
  }
  return undefined;
}

/** From the end of a victims noun, up to six words (or a subset clause) to an after cue. */
function walkToCue(ctx: Ctx, from: number): { cue?: { cue: KindCue; start: number; end: number }; victimsEnd: number } {
  let pos = from;
  let lastEnd = from;
  for (let words = 0; words <= 6; words++) {
    const cue = matchAfter(ctx, pos);
    if (cue) return { cue, victimsEnd: lastEnd };
    if (words === 6) break;
    const clause = ctx.lex.subsetClause && at(ctx.lex.subsetClause, ctx.text, pos, ctx.limit);
    if (clause) {
      CLOSER.lastIndex = pos + clause[0].length;
      const close = CLOSER.exec(ctx.text);
      if (!close || close.index >= ctx.limit || close.index - pos > 120) break;
      pos = close.index + 1;
      continue;
    }
    const p = skipWs(ctx.text, pos);
    const mention = ctx.mentionAt.get(p);
    if (mention && mention.span.end <= ctx.limit) {
      pos = lastEnd = mention.span.end;
      continue;
    }
    if (ctx.qStarts.has(p)) break;
    const w = at(WORD, ctx.text, pos, ctx.limit);
    if (!w || isStop(ctx, w[1] ?? '')) break;
    pos = lastEnd = pos + w[0].length;
  }
  return { victimsEnd: lastEnd };
}

/** A before cue that ends right before `pos` (spaces or an elision between), found by one scan of the sentence. */
function beforeCues(ctx: Ctx, start: number): Map<number, { cue: KindCue; start: number }> {
  const out = new Map<number, { cue: KindCue; start: number }>();
  for (const cue of ctx.lex.before) {
    cue.re.lastIndex = start;
    let m: RegExpExecArray | null;
    while ((m = cue.re.exec(ctx.text)) !== null && m.index < ctx.limit) {
      if (m[0].length === 0) {
        cue.re.lastIndex++;
        continue;
      }
      const end = m.index + m[0].length;
      if (end > ctx.limit) break;
      const key = skipWs(ctx.text, end);
      const prev = out.get(key);
      // A space between, or an elision glued to the count ("la mort d'au moins 500 personnes").
      const glued = key === end && /['’]$/u.test(m[0]);
      if ((key > end || glued) && (!prev || m.index < prev.start)) out.set(key, { cue, start: m.index });
    }
  }
  return out;
}

/**
 * Every killed, wounded or captured count stated inside `span` of `text`, in text order. `actors` are the actor
 * mentions of the sentence: a victims phrase that contains one, or is joined to one ("fighters of the Islamic State"),
 * takes its actorId.
 */
export function findCasualties(text: string, span: { start: number; end: number }, lex: CasualtyLexicon, actors: readonly ActorMention[]): Casualties[] {
  if (lex.empty || !lex.starter) return [];
  const limit = Math.min(span.end, text.length);
  const mentionAt = new Map<number, ActorMention>();
  for (const a of actors) if (a.span.start >= span.start && a.span.end <= limit && !mentionAt.has(a.span.start)) mentionAt.set(a.span.start, a);
  const ctx: Ctx = { text, limit, lex, qStarts: new Set(), mentionAt };

  const qs: Quantity[] = [];
  const starter = lex.starter;
  // Only the sentence is scanned: a global search over the whole report would run on past its end to the report's
  // next number, however far, for every sentence that holds none. Offsets in `scan` are from `span.start`.
  const scan = text.slice(span.start, limit);
  starter.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = starter.exec(scan)) !== null) {
    const q = parseQuantity(text, span.start + m.index, limit, lex);
    if (q) {
      qs.push(q);
      ctx.qStarts.add(q.start).add(q.coreStart);
      starter.lastIndex = q.end - span.start;
    } else starter.lastIndex = m.index + 1;
  }
  if (qs.length === 0) return [];
  const befores = beforeCues(ctx, span.start);

  const readings: Reading[] = [];
  const pending: Pending[] = [];
  const subsets: { q: Quantity; victims: VictimPhrase; end: number }[] = [];
  for (const q of qs) {
    let p = q.end;
    const lead = !!lex.subsetLead && !!at(lex.subsetLead, text, q.start, text.length);
    const tail = lex.subsetTail && at(lex.subsetTail, text, q.end, limit);
    if (tail) p += tail[0].length;
    const isSubset = lead || !!tail;
    // A part with a cue of its own is read by that cue: "30 victimes, dont 12 morts et 18 blessés".
    const direct = matchAfter(ctx, p);
    if (direct) {
      readings.push({ q, kind: direct.cue.kind, how: 'after', cueRef: direct.cue.ref, start: q.start, end: direct.end });
      continue;
    }
    const part = lex.partitive && at(lex.partitive, text, p, limit);
    if (part) {
      const cue = matchAfter(ctx, p + part[0].length);
      if (cue) {
        readings.push({ q, kind: cue.cue.kind, how: 'after', cueRef: cue.cue.ref, start: q.start, end: cue.end });
        continue;
      }
      p += part[0].length;
    }
    const victims = parseVictims(ctx, p);
    if (isSubset) {
      if (victims) subsets.push({ q, victims, end: victims.end });
      continue;
    }
    const walk = victims && walkToCue(ctx, victims.end);
    if (victims && walk?.cue) {
      const v = { ...victims, end: Math.max(victims.end, walk.victimsEnd) };
      readings.push({ q, kind: walk.cue.cue.kind, how: 'after', cueRef: walk.cue.cue.ref, start: q.start, end: walk.cue.end, victims: v });
      continue;
    }
    const b = befores.get(q.start);
    if (b && (victims || (!q.article && !q.yearPrefixed && endsBare(ctx, q.end)))) {
      readings.push({ q, kind: b.cue.kind, how: 'before', cueRef: b.cue.ref, start: b.start, end: victims?.end ?? q.end, ...(victims ? { victims } : {}) });
      continue;
    }
    if (victims) pending.push({ q, victims, end: victims.end, walkedEnd: walk?.victimsEnd ?? victims.end });
  }

  coordinate(ctx, readings, pending);

  for (const s of subsets) {
    let parent: Reading | undefined;
    for (const r of readings) if (r.how !== 'subset' && r.q.start < s.q.start && (!parent || r.q.start > parent.q.start)) parent = r;
    if (parent?.kind) readings.push({ q: s.q, kind: parent.kind, how: 'subset', cueRef: parent.cueRef, start: s.q.start, end: s.end, victims: s.victims });
  }

  readings.sort((a, b) => a.q.start - b.q.start);
  const out: Casualties[] = [];
  let prevVictims: Victims | undefined;
  for (const r of readings) {
    if (!r.kind) continue;
    let victims: Victims | undefined;
    if (r.victims) {
      victims = describeVictims(ctx, r.victims, r.how === 'before' || r.how === 'coord-before' || r.how === 'subset', actors);
      if (r.victims.civilians === 'same' && prevVictims) {
        victims = { ...prevVictims, ...(victims.span ? { span: victims.span } : {}) };
      } else if (r.victims.civilians !== 'same') prevVictims = victims;
    }
    out.push({
      kind: r.kind,
      min: r.q.min,
      ...(r.q.max !== undefined ? { max: r.q.max } : {}),
      approximate: r.q.approximate,
      ...(victims ? { victims } : {}),
      span: { start: r.start, end: Math.max(r.end, victims?.span?.end ?? 0) },
      rule: [`${r.how} ${r.cueRef}`, ...r.q.refs].join(' + '),
    });
  }
  return out;
}

/** Counts with a victims noun but no cue of their own share the cue of a count joined to them by "et", "and", ",". */
interface Pending {
  q: Quantity;
  victims: VictimPhrase;
  end: number;
  /** Where the words after the victims noun stop ("soldats syriens| et"). */
  walkedEnd: number;
}

function coordinate(ctx: Ctx, readings: Reading[], pending: Pending[]): void {
  const gapOk = (from: number, to: number): boolean => from <= to && !!ctx.lex.coordGap?.test(ctx.text.slice(from, to));
  // Right to left: "3 soldats et 2 civils ont été tués".
  for (let i = pending.length - 1; i >= 0; i--) {
    const p = pending[i];
    if (!p) continue;
    const next = readings.filter((r) => r.q.start > p.q.start).sort((a, b) => a.q.start - b.q.start)[0];
    if (next && (next.how === 'after' || next.how === 'coord-after') && gapOk(p.walkedEnd, next.q.start)) {
      const victims = { ...p.victims, end: p.walkedEnd };
      readings.push({ q: p.q, kind: next.kind, how: 'coord-after', cueRef: next.cueRef, start: p.q.start, end: p.walkedEnd, victims });
      pending.splice(i, 1);
    }
  }
  // Left to right: "killing 3 soldiers and 2 civilians".
  for (const p of pending) {
    const prev = readings.filter((r) => r.q.start < p.q.start).sort((a, b) => b.q.start - a.q.start)[0];
    if (prev && (prev.how === 'before' || prev.how === 'coord-before') && gapOk(Math.max(prev.end, prev.q.end), p.q.start)) {
      readings.push({ q: p.q, kind: prev.kind, how: 'coord-before', cueRef: prev.cueRef, start: p.q.start, end: p.end, victims: p.victims });
    }
  }
}

/** Label, civilians flag, span and actor of a victims phrase; `extend` lets it take an actor mention after it. */
function describeVictims(ctx: Ctx, v: VictimPhrase, extend: boolean, actors: readonly ActorMention[]): Victims {
  let end = v.end;
  let actor: ActorMention | undefined;
  for (const a of actors) {
    if (a.span.start < v.headEnd && v.headStart < a.span.end) {
      actor = a;
      break;
    }
  }
  if (!actor) actor = actors.find((a) => a.span.start < end && v.start < a.span.end && a.span.end <= ctx.limit);
  if (actor && actor.span.end > end && actor.span.end <= ctx.limit) end = actor.span.end;
  if (!actor && extend && ctx.lex.linkGap) {
    actor = actors.find((a) => a.span.start >= end && a.span.start - end <= 24 && a.span.end <= ctx.limit && !!ctx.lex.linkGap?.test(ctx.text.slice(end, a.span.start)));
    if (actor) end = actor.span.end;
  }
  const civilians = v.civilians === 'yes' || actor?.actorType === 'civilians';
  return {
    label: ctx.text.slice(v.start, end).replace(TRAILING_PUNCT, ''),
    ...(actor ? { actorId: actor.actorId } : {}),
    civilians,
    span: { start: v.start, end },
  };
}
