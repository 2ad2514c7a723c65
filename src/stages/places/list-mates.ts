import type { PlaceWords } from './place-words.js';

/**
 * Names written in one list are names of one kind: "Mexico, China, Japan, Ukraine and Brazil" are countries, so
 * this "Mexico" is not the town in Missouri; "Alaska, Alabama, …, Washington, West Virginia" are states, so this
 * "Washington" is not the capital. The kind the other members resolve to is evidence for each member's reading.
 */

/** The links a language writes between the members of a list (place-words.tsv: "and", "et de"). */
type ListWords = Pick<PlaceWords, 'listLink' | 'listComma'>;

/** A mention in text order, with the key its group resolves. */
export interface ListedSpan {
  start: number;
  end: number;
  key: string;
}

/**
 * The lists among the mentions, as runs of indices into `spans`. Two names joined by "and", "or", "et", "ou" or a
 * slash are a list; names joined by commas only when the run has three names or more, or ends with such a link —
 * "Paris, Texas" and "Attapeu, Laos" are a place and its unit, not a list.
 */
export function listRuns(text: string, spans: readonly ListedSpan[], words: ListWords): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  let linked = false;
  const close = () => {
    if (run.length > 1 && (linked || run.length >= 3)) out.push(run);
    run = [];
    linked = false;
  };
  spans.forEach((s, i) => {
    const prev = spans[run[run.length - 1] ?? -1];
    const gap = prev ? text.slice(prev.end, s.start) : '';
    if (prev && words.listLink.test(gap)) linked = true;
    else if (!(prev && words.listComma.test(gap))) close();
    run.push(i);
  });
  close();
  return out;
}

/** For each key, the other keys written in one list with one of its mentions. */
export function listMates(text: string, spans: readonly ListedSpan[], words: ListWords): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const run of listRuns(text, spans, words)) {
    const keys = new Set(run.map((i) => spans[i]!.key));
    if (keys.size < 2) continue;
    for (const k of keys) {
      const mates = out.get(k) ?? new Set<string>();
      for (const other of keys) if (other !== k) mates.add(other);
      out.set(k, mates);
    }
  }
  return out;
}

/**
 * A cue that names the kind of every member of a list — "Douglas, Sarpy and Lancaster counties", "Idlib and Hama
 * provinces", "les provinces d'Idlib et de Hama" — stands after the last member or before the first; each member
 * without a cue of its own takes it.
 */
export function spreadListCues<C extends { position: 'before' | 'after'; list?: boolean }>(runs: readonly number[][], cues: (C | undefined)[]): (C | undefined)[] {
  const out = [...cues];
  for (const run of runs) {
    const last = cues[run[run.length - 1]!];
    const first = cues[run[0]!];
    const shared = last?.list && last.position === 'after' ? last : first?.list && first.position === 'before' ? first : undefined;
    if (!shared) continue;
    for (const i of run) if (!out[i]) out[i] = shared;
  }
  return out;
}

/**
 * A plural cue beside a name that is in no list names its parts, not its kind: "Indiana counties" are the counties
 * of Indiana, not a county called Indiana. Such cues are dropped. A name the text links to a previous one counts as
 * listed even when that one is no known place ("Oconee and Oglethorpe counties").
 */
export function dropLoneListCues<C extends { list?: boolean }>(
  text: string,
  spans: readonly ListedSpan[],
  runs: readonly number[][],
  cues: (C | undefined)[],
  words: Pick<PlaceWords, 'afterListLink'>,
): (C | undefined)[] {
  const listed = new Set(runs.filter((r) => r.length > 1).flat());
  return cues.map((c, i) => (c?.list && !listed.has(i) && !words.afterListLink.test(text.slice(Math.max(0, spans[i]!.start - 8), spans[i]!.start)) ? undefined : c));
}
