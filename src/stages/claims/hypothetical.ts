import type { TextSpan } from '../../model/span.js';
import { matchesIn } from './claim-lexicon.js';
import type { SentenceContext } from './sentence-context.js';

/**
 * The clauses a condition opens ("if Ukraine attacked Crimea again", "si les rebelles prennent Goma"): from the
 * `hypothetical` cue of claim-scope.tsv to the next comma, semicolon or colon, or the sentence end.
 */
export function hypotheticalSpans(ctx: SentenceContext): TextSpan[] {
  const { start, end } = ctx.sentence.span;
  return ctx.lex.scope
    .filter((c) => c.kind === 'hypothetical')
    .flatMap((c) => matchesIn(c.re, ctx.view, start, end))
    .map((m) => {
      const stop = ctx.view.slice(m.end, end).search(/[,;:]/u);
      return { start: m.start, end: stop < 0 ? end : m.end + stop };
    });
}
