import type { TextSpan } from '../../model/span.js';
import { matchesIn } from './claim-lexicon.js';
import type { SentenceContext } from './sentence-context.js';

/**
 * The clauses a condition opens ("if Ukraine attacked Crimea again", "si les rebelles prennent Goma"): from the
 * `hypothetical` cue of claim-scope.tsv to the next comma, semicolon or colon, or the sentence end.
 */
export function hypotheticalSpans(ctx: SentenceContext): TextSpan[] {
  const { start, end } = ctx.sentence.span;
  // `hypothetical-before-name`: a cue that opens a condition only before a named actor or place ("si Israël ne
  // respectait pas …"); elsewhere the word has other senses (« si grave », « se demande si »).
  const beforeName = (m: { end: number }) => {
    const next = m.end + (/^\s*/u.exec(ctx.view.slice(m.end, end))?.[0].length ?? 0);
    return ctx.actors.some((a) => a.span.start === next) || ctx.places.some((p) => p.span.start === next);
  };
  return ctx.lex.scope
    .filter((c) => c.kind === 'hypothetical' || c.kind === 'hypothetical-before-name')
    .flatMap((c) => matchesIn(c.re, ctx.view, start, end).filter((m) => c.kind === 'hypothetical' || beforeName(m)))
    .map((m) => {
      const stop = ctx.view.slice(m.end, end).search(/[,;:]/u);
      return { start: m.start, end: stop < 0 ? end : m.end + stop };
    });
}
