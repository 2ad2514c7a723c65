/**
 * Names written in one list are names of one kind: "Mexico, China, Japan, Ukraine and Brazil" are countries, so
 * this "Mexico" is not the town in Missouri; "Alaska, Alabama, …, Washington, West Virginia" are states, so this
 * "Washington" is not the capital. The kind the other members resolve to is evidence for each member's reading.
 */

/** A mention in text order, with the key its group resolves. */
export interface ListedSpan {
  start: number;
  end: number;
  key: string;
}

/** "and", "or" and their French equivalents, with an optional article after them. */
const LINK = /^\s*(?:,\s*)?(?:and|or|as well as|et|ou|\/)\s+(?:the\s+|l[ae]\s+|l['’]|les\s+)?$|^\s*\/\s*$/i;
/** A bare comma between two names, with an optional article: a list only if the run goes on. */
const COMMA = /^\s*,\s*(?:the\s+|l[ae]\s+|l['’]|les\s+)?$/i;

/**
 * For each key, the other keys written in the same list as one of its mentions. Two names joined by "and", "or",
 * "et", "ou" or a slash are a list; names joined by commas only when the run has three names or more, or ends with
 * such a link — "Paris, Texas" and "Attapeu, Laos" are a place and its unit, not a list.
 */
export function listMates(text: string, spans: readonly ListedSpan[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let run: ListedSpan[] = [];
  let linked = false;
  const close = () => {
    const keys = new Set(run.map((s) => s.key));
    if (keys.size > 1 && (linked || run.length >= 3)) {
      for (const k of keys) {
        const mates = out.get(k) ?? new Set<string>();
        for (const other of keys) if (other !== k) mates.add(other);
        out.set(k, mates);
      }
    }
    run = [];
    linked = false;
  };
  for (const s of spans) {
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, s.start) : '';
    if (prev && LINK.test(gap)) linked = true;
    else if (!(prev && COMMA.test(gap))) close();
    run.push(s);
  }
  close();
  return out;
}
