/**
 * A subject the actor lexicon does not know: "Ethopia has agreed to …", "The Umma party rejected …". Words and
 * diplomacy are news with their speaker however it is spelled, so the claim keeps the subject's own words as an
 * unresolved actor (`unknown:<slug>`) rather than dropping the claim or borrowing some other actor. Only a whole
 * capitalised noun phrase from the clause start to the trigger qualifies (the language's `unnamed-subject` pattern),
 * with no actor or place mention inside it.
 */
import type { ActorRef } from '../../model/claim.js';
import type { TextSpan } from '../../model/span.js';
import { spansOverlap } from '../../model/span.js';
import type { SentenceContext } from './sentence-context.js';

export function unnamedSubject(ctx: SentenceContext, clause: TextSpan, triggerStart: number): ActorRef | undefined {
  const span = { start: clause.start, end: triggerStart };
  if (span.end <= span.start) return undefined;
  if ([...ctx.actors, ...ctx.places].some((m) => spansOverlap(m.span, span))) return undefined;
  if (ctx.masks.some((m) => spansOverlap(m, span))) return undefined;
  const m = ctx.lex.patterns['unnamed-subject'].exec(ctx.view.slice(span.start, span.end));
  const name = m?.groups?.name;
  if (!m || !name) return undefined;
  // "Negotiators agreed", "Officials rejected": a lone plural at the sentence start is a common noun capitalised by
  // its place, not a name.
  if (!/\s/u.test(name) && /s$/u.test(name) && m[0].trimStart().startsWith(name)) return undefined;
  const start = span.start + m[0].indexOf(name);
  const slug = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return { actorId: `unknown:${slug}`, label: name, span: { start, end: start + name.length }, via: 'unnamed-subject' };
}
