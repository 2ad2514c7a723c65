/**
 * Literal anchors of a trigger pattern: strings of which every match of the pattern must contain at least one.
 * A sentence holding none of them cannot match, so the pattern is not run there. Most sentences hold none of most
 * triggers' verbs, and running some 200 patterns with lookbehinds over every sentence was most of the claim
 * stage's time.
 *
 * The analysis is conservative: whenever a part of the pattern could match without a known literal (a class such as
 * `\p{L}+`, an optional group), the answer is `undefined` and the pattern always runs.
 */

type Node =
  | { kind: 'lit'; text: string }
  | { kind: 'any'; space?: boolean } // a class, an escape such as \s or \p{L}, `.` (`space`: whitespace only)
  | { kind: 'empty' } // an anchor or a lookaround: consumes nothing the analysis can use
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'rep'; node: Node; min: number };

/** Shortest anchor worth testing: shorter ones are in nearly every sentence and filter nothing. */
const MIN_ANCHOR = 3;

/** The anchors of a regex source (lower-cased), or undefined when no safe set exists. */
export function regexAnchors(source: string): string[] | undefined {
  const parser = new Parser(source);
  const tree = parser.parseAlternation();
  if (!parser.done()) return undefined;
  const anchors = required(tree);
  if (!anchors || anchors.some((a) => a.length < MIN_ANCHOR)) return undefined;
  return [...new Set(anchors.map((a) => a.toLowerCase()))];
}

/**
 * Literal prefixes one of which every match starts with (lower-cased, at most `PREFIX_CHARS` long), or undefined
 * when some match may start with a class or an escape. Lookarounds consume nothing and are passed over.
 */
export function regexPrefixes(source: string): string[] | undefined {
  const parser = new Parser(source);
  const tree = parser.parseAlternation();
  if (!parser.done()) return undefined;
  const f = firsts(tree);
  if (!f || f.nullable || !f.prefixes.length) return undefined;
  return [...new Set(f.prefixes.map((p) => p.slice(0, PREFIX_CHARS).toLowerCase()))];
}

const PREFIX_CHARS = 4;

/**
 * Whether some branch of the pattern must end on whitespace ("prévoit\s+de\s"). Wrapped by `wordRegex`, whose
 * closing word boundary wants no letter after the match, such a branch can never match before a word: a lexicon
 * bug the tests look for.
 */
export function mustEndInSpace(source: string): boolean {
  const parser = new Parser(source);
  const tree = parser.parseAlternation();
  return parser.done() && endsInSpace(tree);
}

function endsInSpace(node: Node): boolean {
  switch (node.kind) {
    case 'lit':
      return node.text === ' ';
    case 'any':
      return node.space === true;
    case 'empty':
      return false;
    case 'rep':
      return node.min >= 1 && endsInSpace(node.node);
    case 'alt':
      return node.options.some(endsInSpace);
    case 'seq': {
      // The last item that must consume something decides; optional ones after it may be skipped.
      const last = [...node.items].reverse().find((x) => !isSkippable(x));
      return last !== undefined && endsInSpace(last);
    }
  }
}

/** An item a match may pass without consuming anything: a lookaround, an anchor, an optional part. */
function isSkippable(node: Node): boolean {
  if (node.kind === 'empty') return true;
  if (node.kind === 'rep') return node.min === 0 || isSkippable(node.node);
  if (node.kind === 'alt') return node.options.some(isSkippable);
  if (node.kind === 'seq') return node.items.every(isSkippable);
  return false;
}

/** How a node's matches may start: the literal prefixes, and whether it may match the empty string. */
function firsts(node: Node): { prefixes: string[]; nullable: boolean } | undefined {
  switch (node.kind) {
    case 'lit':
      return { prefixes: [node.text], nullable: false };
    case 'any':
      return undefined;
    case 'empty':
      return { prefixes: [], nullable: true };
    case 'rep': {
      const f = firsts(node.node);
      return f && { prefixes: f.prefixes, nullable: f.nullable || node.min === 0 };
    }
    case 'alt': {
      const out: string[] = [];
      let nullable = false;
      for (const o of node.options) {
        const f = firsts(o);
        if (!f) return undefined;
        out.push(...f.prefixes);
        nullable ||= f.nullable;
      }
      return { prefixes: out, nullable };
    }
    case 'seq': {
      const out: string[] = [];
      const items = mergeLiterals(node.items);
      for (const item of items) {
        const f = firsts(item);
        if (!f) return undefined;
        out.push(...f.prefixes);
        if (!f.nullable) return { prefixes: out, nullable: false };
      }
      return { prefixes: out, nullable: true };
    }
  }
}

/** Adjacent literal characters of a sequence as one literal: `r`,`e`,`p` → `rep`. */
function mergeLiterals(items: Node[]): Node[] {
  const out: Node[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (item.kind === 'lit' && last?.kind === 'lit') out[out.length - 1] = { kind: 'lit', text: last.text + item.text };
    else out.push(item);
  }
  return out;
}

/** Strings one of which every match contains; undefined when the node can match without any. */
function required(node: Node): string[] | undefined {
  switch (node.kind) {
    case 'lit':
      return node.text.length >= MIN_ANCHOR ? [node.text] : undefined;
    case 'any':
    case 'empty':
      return undefined;
    case 'rep':
      return node.min >= 1 ? required(node.node) : undefined;
    case 'alt': {
      const all: string[] = [];
      for (const o of node.options) {
        const r = required(o);
        if (!r) return undefined;
        all.push(...r);
      }
      return all;
    }
    case 'seq': {
      // Adjacent literals form one longer literal; of the items' anchor sets, the most selective one is kept.
      let best: string[] | undefined;
      const score = (r: string[]) => Math.min(...r.map((s) => s.length)) - r.length / 100;
      const consider = (r: string[] | undefined) => {
        if (r && (!best || score(r) > score(best))) best = r;
      };
      for (const item of mergeLiterals(node.items)) consider(required(item));
      return best;
    }
  }
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  done(): boolean {
    return this.i >= this.s.length;
  }

  parseAlternation(): Node {
    const options: Node[] = [this.parseSequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      options.push(this.parseSequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private parseSequence(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.parseAtom();
      items.push(this.parseQuantifier(atom));
    }
    return { kind: 'seq', items };
  }

  private parseQuantifier(atom: Node): Node {
    const c = this.s[this.i];
    let min: number | undefined;
    if (c === '?' || c === '*') min = 0;
    else if (c === '+') min = 1;
    if (min !== undefined) {
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      this.i += m[0].length;
    } else {
      return atom;
    }
    if (this.s[this.i] === '?') this.i++; // lazy
    // A quantified literal is only its own run: "gardes?" is "garde" + optional "s".
    return { kind: 'rep', node: atom, min };
  }

  private parseAtom(): Node {
    const c = this.s[this.i]!;
    if (c === '(') return this.parseGroup();
    if (c === '[') {
      this.skipClass();
      return { kind: 'any' };
    }
    if (c === '\\') return this.parseEscape();
    this.i++;
    if (c === '.') return { kind: 'any' };
    if (c === '^' || c === '$') return { kind: 'empty' };
    return { kind: 'lit', text: c };
  }

  private parseGroup(): Node {
    const rest = this.s.slice(this.i);
    const look = /^\((?:\?<?[=!])/.exec(rest);
    const named = /^\(\?<[A-Za-z_][A-Za-z0-9_]*>/.exec(rest);
    const plain = /^\(\?:/.exec(rest);
    this.i += look ? look[0].length : named ? named[0].length : plain ? plain[0].length : 1;
    const inner = this.parseAlternation();
    if (this.s[this.i] === ')') this.i++;
    // A lookaround's content is not part of the match; treat it as consuming nothing.
    return look ? { kind: 'empty' } : inner;
  }

  private skipClass(): void {
    this.i++; // [
    if (this.s[this.i] === '^') this.i++;
    if (this.s[this.i] === ']') this.i++;
    while (this.i < this.s.length && this.s[this.i] !== ']') {
      if (this.s[this.i] === '\\') this.i++;
      this.i++;
    }
    this.i++; // ]
  }

  private parseEscape(): Node {
    const next = this.s[this.i + 1] ?? '';
    if (next === 'p' || next === 'P') {
      const end = this.s.indexOf('}', this.i);
      this.i = end < 0 ? this.s.length : end + 1;
      return { kind: 'any' };
    }
    this.i += 2;
    if (/[dDwWsStrnvfbB0]/.test(next)) return next === 'b' || next === 'B' ? { kind: 'empty' } : next === 's' ? { kind: 'any', space: true } : { kind: 'any' };
    if (next === 'u' || next === 'x') return { kind: 'any' };
    return { kind: 'lit', text: next };
  }
}
