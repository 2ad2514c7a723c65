import type { ClaimType } from '../../model/claim.js';
import { CLAIM_TYPES } from '../../model/claim.js';
import type { TextSpan } from '../../model/span.js';
import { readDataLines } from '../../resources/line-file.js';
import { inflect, type Morphology } from './inflect.js';

/**
 * The general verb list: a language's broad inventory of event verbs with their CAMEO codes and the words around a
 * verb that change its code (lexicons/<lang>/cameo-verbs.tsv, English from the PETRARCH2 dictionary). It is read
 * only for a sentence none of the language's own triggers matched, so it widens what Sitrep hears ("Uzbekistan
 * reopened the bridge", "the minister rebuked the envoy") without second-guessing the curated patterns. A code
 * becomes a claim type through resources/ontology/cameo-claim-types.tsv.
 */
export interface GeneralVerbs {
  /** Entries by the first word of each of their forms. */
  byFirstWord: Map<string, VerbEntry[]>;
  blocks: Map<string, VerbBlock>;
  /** Words that make a participle right after them passive ("was", "were", "been"). */
  auxiliaries: Set<string>;
  /** "prepared to attend": the word after which a verb of the list is the act, and the verb before only leads to it. */
  infinitive: Set<string>;
  /** "a senior al-Qaeda suspect": words after which a verb's bare form is a noun. */
  determiners: Set<string>;
  /** Code prefix → claim type, longest prefix first. */
  types: { prefix: string; type: ClaimType }[];
  /** A form the language's curated triggers read on their own: not used from this list (`withOwnedForms`). */
  owns?: (form: string) => boolean;
}

interface VerbEntry {
  block: string;
  lemma: string;
  /** The words of one form: "shoots down" → ["shoots", "down"]. */
  words: string[];
  /** The lemma's own form (not inflected): a bare lemma after an auxiliary is no passive. */
  participle: boolean;
  code?: string;
  ref: string;
}

interface VerbBlock {
  code: string;
  patterns: WordPattern[];
}

interface WordPattern {
  before: PatternElement[];
  after: PatternElement[];
  code: string;
  ref: string;
  /** The first words of the alternatives of one element: a sentence holding none of them (as words or stems)
   *  cannot match, and the pattern is not tried there. */
  anchors: string[];
}

interface PatternElement {
  /** Alternatives, each a sequence of words. */
  alts: string[][];
  /** How many words may stand between it and the element before it (or the verb): 0 in a compound ("relief
   *  assistance"), 1 for a preposition ("broke off with"), GAP otherwise. */
  gap: number;
}

/** A verb of the list found in a sentence, with the code its context gives it. */
export interface GeneralVerbHit {
  span: TextSpan;
  type: ClaimType;
  code: string;
  passive: boolean;
  /** The block and its lemma, for the trigger id: `general.kill.190`. */
  lemma: string;
  ref: string;
}

/** How many words may stand between a verb and the next word of its pattern ("rushed [emergency food] aid"). */
const GAP = 3;

export function loadGeneralVerbs(lang: string, morphology: Morphology, root?: string): GeneralVerbs | undefined {
  const lines = readDataLines(`lexicons/${lang}/cameo-verbs.tsv`, root);
  if (lines.length === 0) return undefined;
  const byFirstWord = new Map<string, VerbEntry[]>();
  const blocks = new Map<string, VerbBlock>();
  const auxiliaries = new Set<string>();
  const infinitive = new Set<string>();
  const determiners = new Set<string>();
  const blockOf = (name: string) => blocks.get(name) ?? blocks.set(name, { code: '---', patterns: [] }).get(name)!;
  for (const { fields, ref } of lines) {
    const [kind, a = '', b = '', c = '', d = ''] = fields;
    if (kind === 'auxiliary') a.split('|').forEach((w) => auxiliaries.add(w));
    else if (kind === 'infinitive') a.split('|').forEach((w) => infinitive.add(w));
    else if (kind === 'determiner') a.split('|').forEach((w) => determiners.add(w));
    else if (kind === 'block') blockOf(a).code = b;
    else if (kind === 'pattern') {
      const before = elements(b);
      const after = elements(c);
      const first = after[0] ?? before[0];
      blockOf(a).patterns.push({ before, after, code: d, ref, anchors: first ? first.alts.map((alt) => alt[0] ?? '') : [] });
    }
    else if (kind === 'verb') {
      const lemmaWords = b.split('_');
      const [head = '', ...rest] = lemmaWords;
      const forms = c === '-' ? inflect(head, morphology).map((f) => [f, ...rest]) : c.split('|').map((f) => f.split('_'));
      for (const words of forms) {
        const entry: VerbEntry = { block: a, lemma: b, words, participle: isParticiple(words[0] ?? '', head), ref, ...(d !== '-' ? { code: d } : {}) };
        const first = words[0] ?? '';
        byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
      }
    } else throw new Error(`${ref}: a general verb row is auxiliary, infinitive, block, pattern or verb; fix the line`);
  }
  const types = readDataLines('ontology/cameo-claim-types.tsv', root).map(({ fields, ref }) => {
    const [prefix, type] = fields;
    if (!prefix || !CLAIM_TYPES.includes(type as ClaimType)) throw new Error(`${ref}: a CAMEO code prefix and one of the claim types are needed; fix the line`);
    return { prefix, type: type as ClaimType };
  });
  types.sort((x, y) => y.prefix.length - x.prefix.length);
  // "shoot down" before "shoot": the longer form is tried first.
  for (const list of byFirstWord.values()) list.sort((x, y) => y.words.length - x.words.length);
  return { byFirstWord, blocks, auxiliaries, infinitive, determiners, types };
}

/** A form that may be a past participle: neither the lemma nor its present forms ("attacked", "fought"). */
function isParticiple(form: string, lemma: string): boolean {
  if (form === lemma || form.endsWith('ing')) return false;
  return ![`${lemma}s`, `${lemma}es`, `${lemma.slice(0, -1)}ies`].includes(form);
}

/**
 * The list told which forms a curated trigger reads on its own ("took", "captured", "hold"): those are skipped, for
 * where the triggers passed over such a word, they did so on purpose ("took office", "soldiers captured on the
 * front"). `reads` is asked once per form, the first time a sentence holds it, not for the whole list at load time.
 */
export function withOwnedForms(gv: GeneralVerbs, reads: (form: string) => boolean): GeneralVerbs {
  const known = new Map<string, boolean>();
  const owns = (form: string) => known.get(form) ?? known.set(form, reads(form)).get(form)!;
  return { ...gv, owns };
}

function elements(side: string): PatternElement[] {
  if (side === '-' || side === '') return [];
  return side.split(' ').map((e) => ({ gap: e.startsWith('=') ? 0 : e.startsWith('^') ? 1 : GAP, alts: e.replace(/^[=^]/u, '').split('|').map((alt) => alt.split('_')) }));
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/** The words of `lower` within [start, end), with their offsets. */
function tokens(lower: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (const m of lower.slice(start, end).matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    out.push({ word: m[0], start: start + (m.index ?? 0), end: start + (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** A word and the singulars it may be the plural of ("sanctions" → "sanction", "allies" → "ally"). */
function stemsOf(word: string): string[] {
  return [word, word.replace(/s$/u, ''), word.replace(/es$/u, ''), word.replace(/ies$/u, 'y')];
}

/** A pattern's noun matches its plural too ("sanction" → "sanctions", "ally" → "allies"). */
function wordMatches(want: string, got: string | undefined): boolean {
  return got !== undefined && stemsOf(got).includes(want);
}

/** The length (in words) of the alternative that matches at `at`, or 0. */
function altAt(toks: Token[], at: number, e: PatternElement): number {
  for (const alt of e.alts) if (alt.every((w, k) => wordMatches(w, toks[at + k]?.word))) return alt.length;
  return 0;
}

/**
 * The words after the verb (from `from`) hold the elements in order, each within its gap of the one before: the
 * number of words the match spans (0 for no elements), or -1.
 */
function afterMatches(toks: Token[], from: number, els: PatternElement[]): number {
  let pos = from;
  for (const e of els) {
    let found = -1;
    for (let j = pos; j <= Math.min(toks.length - 1, pos + e.gap); j++) {
      const n = altAt(toks, j, e);
      if (n > 0) {
        found = j + n;
        break;
      }
    }
    if (found < 0) return -1;
    pos = found;
  }
  return pos - from;
}

/** The words before the verb (ending before `to`) hold the elements in order, the last within GAP words of it: the
 *  number of words the match spans, or -1. */
function beforeMatches(toks: Token[], to: number, els: PatternElement[]): number {
  let end = to;
  for (let i = els.length - 1; i >= 0; i--) {
    const e = els[i]!;
    let found = -1;
    for (let j = end - 1; j >= Math.max(0, end - 1 - GAP); j--) {
      const n = altAt(toks, j, e);
      if (n > 0 && j + n <= end) {
        found = j;
        break;
      }
    }
    if (found < 0) return -1;
    end = found;
  }
  return to - end;
}

/**
 * "a senior al-Qaeda suspect", "the US attack on": a determiner up to three words before a bare form, with no plural
 * noun between that could be its subject ("the rebels attack"), makes it a noun.
 */
function afterDeterminer(gv: GeneralVerbs, toks: readonly { word: string }[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = toks[j]!.word;
    if (gv.determiners.has(w)) return true;
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return false;
  }
  return false;
}

/** The claim type a CAMEO code makes (longest listed prefix), if any. */
export function typeOfCode(gv: GeneralVerbs, code: string): ClaimType | undefined {
  return gv.types.find((t) => code.startsWith(t.prefix))?.type;
}

/**
 * The verbs of the list in [start, end) of the lower-cased text, each with the code its most specific matching
 * pattern gives it (the one naming most words), else its own code, else its block's. A verb whose code makes no
 * claim type (statements, `---` for "killed in an accident") is left out.
 */
export function findGeneralVerbs(gv: GeneralVerbs, lower: string, start: number, end: number): GeneralVerbHit[] {
  const toks = tokens(lower, start, end);
  // Every word and the stem a plural may have come from: what a pattern's anchors are looked up in.
  const words = new Set(toks.flatMap((t) => stemsOf(t.word)));
  const hits: GeneralVerbHit[] = [];
  // "rushed emergency aid": the words a pattern took are its verb's, not verbs of their own.
  let taken = 0;
  for (let i = 0; i < toks.length; i++) {
    if (i < taken) continue;
    const entries = gv.byFirstWord.get(toks[i]!.word);
    if (!entries) continue;
    for (const entry of entries) {
      if (!entry.words.every((w, k) => toks[i + k]?.word === w)) continue;
      if (entry.words[0] === entry.lemma.split('_')[0] && afterDeterminer(gv, toks, i)) continue;
      if (gv.owns?.(entry.words.join(' '))) continue;
      const last = i + entry.words.length;
      const block = gv.blocks.get(entry.block);
      // Of two patterns naming as many words, the one naming more nouns ("broke off relations with": "relations"
      // says more than "off"), then the one whose words lie nearer the verb.
      let best: { p: WordPattern; size: number; nouns: number; reach: number; end: number } | undefined;
      for (const p of block?.patterns ?? []) {
        const size = p.before.length + p.after.length;
        if (best && best.size > size) continue;
        if (p.anchors.length > 0 && !p.anchors.some((a) => words.has(a))) continue;
        const after = afterMatches(toks, last, p.after);
        const before = after < 0 ? -1 : beforeMatches(toks, i, p.before);
        if (before < 0) continue;
        const nouns = [...p.before, ...p.after].filter((e) => e.gap !== 1).length;
        const better = !best || size > best.size || nouns > best.nouns || (nouns === best.nouns && after + before < best.reach);
        if (better) best = { p, size, nouns, reach: after + before, end: last + after };
      }
      // "prepared to attend", "wants to help": the verb after "to" is the act.
      if (gv.infinitive.has(toks[last]?.word ?? '') && gv.byFirstWord.has(toks[last + 1]?.word ?? '')) break;
      const code = best?.p.code ?? entry.code ?? block?.code ?? '---';
      const type = code === '---' ? undefined : typeOfCode(gv, code);
      if (!type) continue;
      const prev = toks[i - 1]?.word;
      const passive = entry.participle && (gv.auxiliaries.has(prev ?? '') || gv.auxiliaries.has(toks[i - 2]?.word ?? ''));
      taken = best?.end ?? last;
      hits.push({ span: { start: toks[i]!.start, end: toks[last - 1]!.end }, type, code, passive, lemma: entry.lemma, ref: best ? `${entry.ref}, ${best.p.ref}` : entry.ref });
      break;
    }
  }
  return hits;
}
