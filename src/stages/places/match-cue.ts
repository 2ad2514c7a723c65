import type { TextSpan } from '../../model/span.js';
import { cueText } from './cue-text.js';
import { DATELINE_CUE, isDateline } from './dateline.js';
import { dropLoneListCues, listRuns, spreadListCues, type ListedSpan } from './list-mates.js';
import type { PlaceCue } from './place-lexicon.js';
import type { PlaceWords } from './place-words.js';

const WINDOW = 60;

/** The text before `start` back to the sentence start (or a clause break), in cue normal form. */
function leftWindow(text: string, start: number, sentence?: TextSpan): string {
  const from = Math.max(sentence?.start ?? 0, start - WINDOW);
  const raw = text.slice(from, start);
  const cut = Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(';'), raw.lastIndexOf('\n'), raw.lastIndexOf('!'));
  return cueText(raw.slice(cut + 1));
}

function rightWindow(text: string, end: number, sentence?: TextSpan): string {
  const to = Math.min(sentence?.end ?? text.length, end + WINDOW);
  return cueText(text.slice(end, to));
}

/**
 * Find the cue next to a toponym: the longest listed cue ending right before it (an article in between is
 * skipped: "à l’est de la Syrie"), or one right after it ("Anbar province"). A cue that names a kind of place wins
 * over a bare preposition.
 */
export function matchCue(text: string, span: TextSpan, cues: PlaceCue[], words: Pick<PlaceWords, 'trailingArticle'>, sentence?: TextSpan): PlaceCue | undefined {
  const left = leftWindow(text, span.start, sentence);
  const lefts = [left];
  const stripped = left.replace(words.trailingArticle, ' ');
  if (stripped !== left) lefts.push(stripped);
  const right = rightWindow(text, span.end, sentence);
  let before: PlaceCue | undefined;
  let after: PlaceCue | undefined;
  for (const c of cues) {
    if (c.position === 'before' && !before && lefts.some((w) => w.endsWith(` ${c.norm} `))) before = c;
    if (c.position === 'after' && !after && right.startsWith(` ${c.norm}`) && !/\p{L}/u.test(right[c.norm.length + 1] ?? '')) {
      after = c;
    }
  }
  if (after && after.prefer !== 'any' && (!before || before.prefer === 'any')) return after;
  return before ?? after;
}

/** The sentence a span starts in, when sentences are known. */
export function sentenceAround(sentences: readonly { span: TextSpan }[], s: TextSpan): TextSpan | undefined {
  return sentences.find((x) => x.span.start <= s.start && s.start < x.span.end)?.span;
}

/** A mention's own cue, looked for inside its own sentence; a wire dateline is one too. */
export function ownCue(text: string, span: TextSpan, cues: PlaceCue[], sentences: readonly { span: TextSpan }[], words: PlaceWords): PlaceCue | undefined {
  return matchCue(text, span, cues, words, sentenceAround(sentences, span)) ?? (isDateline(text, span) ? DATELINE_CUE : undefined);
}

/**
 * The cue of each mention, in text order (`ownCue`); a plural cue of a list ("Idlib and Hama provinces") goes to
 * every member that has none of its own.
 */
export function matchCues(text: string, spans: readonly ListedSpan[], cues: PlaceCue[], sentences: readonly { span: TextSpan }[], words: PlaceWords): (PlaceCue | undefined)[] {
  const runs = listRuns(text, spans, words);
  return spreadListCues(runs, dropLoneListCues(text, spans, runs, spans.map((s) => ownCue(text, s, cues, sentences, words)), words));
}
