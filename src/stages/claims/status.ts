import type { ClaimStatus, ExplainEntry } from '../../model/claim.js';
import type { TextSpan } from '../../model/span.js';
import { matchesIn } from './claim-lexicon.js';
import { insideAny } from './mention-lookup.js';
import type { SentenceContext } from './sentence-context.js';

/** How far before a trigger a "before"-scoped cue may sit ("pour pouvoir attaquer", "has reportedly retaken"). */
const BEFORE_REACH = 14;

export interface StatusDecision {
  status: ClaimStatus;
  qualifiers: string[];
  explain: ExplainEntry[];
  /** An intention told in a future tense: the act lies after the report, so its weekday reads forward. */
  future?: boolean;
}

/**
 * The status a trigger's own wording gives its claim. Attribution (unnamed sources, confirmation, denial)
 * is applied on top by the caller.
 */
export function wordingStatus(ctx: SentenceContext, trigger: TextSpan, clause: TextSpan, ownWords = false): StatusDecision {
  const found = new Map<string, { ref: string; text: string; future?: boolean }>();
  // "are believed to control": an intention word inside a longer cue of another kind is part of it (the "to" of a
  // hedge is no intention). A negation inside "would not" still negates.
  const hits = ctx.lex.status.flatMap((cue) => matchesIn(cue.re, ctx.view, clause.start, clause.end).map((m) => ({ cue, m })));
  const swallowed = (h: (typeof hits)[number]) =>
    h.cue.kind === 'intended' && hits.some((o) => o.cue.kind !== h.cue.kind && o.m.start <= h.m.start && h.m.end <= o.m.end && o.m.end - o.m.start > h.m.end - h.m.start);
  for (const hit of hits) {
    if (swallowed(hit)) continue;
    const { cue, m } = hit;
    if (insideAny(m, ctx.masks)) continue; // "soutient pour sa part que": attribution words set no status
    // A name's own words are no cue: "Reporters Without Borders", "Médecins sans frontières" negate nothing.
    if (ctx.actors.some((a) => a.span.start <= m.start && m.end <= a.span.end)) continue;
    // "will not accept" (a rejection), "must" (a demand): words inside such a trigger are the act itself.
    if (ownWords && m.start >= trigger.start && m.end <= trigger.end) continue;
    // "took to the streets", "menace de", "threatened to": an intention word sharing the trigger's words is part
    // of its phrase; only one before the trigger makes it intended.
    // A `verb`-scoped cue is the reverse: the trigger's own tense ("quittera", "reprendront": a French future).
    const inVerb = cue.extra === 'verb' && m.start >= trigger.start && m.end <= trigger.end;
    if (cue.extra === 'verb' && !inVerb) continue;
    if (cue.kind === 'intended' && !inVerb && m.start < trigger.end && trigger.start < m.end) continue;
    const overlaps = m.start < trigger.end && trigger.start < m.end;
    // "refused to release", "a refusé de libérer": a refusal negates the act refused, not the refusal itself.
    if (cue.kind === 'negated' && cue.extra === 'before' && overlaps && m.start >= trigger.start && m.end > trigger.end) continue;
    // "did not carry out any air strike", "n'a mené aucune frappe": a verb that carries the noun stands between.
    // "returned to villages recaptured by the army": an infinitive marker before a past form marks nothing.
    if (cue.extra === 'infinitive' && !infinitiveBefore(ctx, m.end, trigger)) continue;
    const before = m.end <= trigger.start && (cue.extra === 'clause' || trigger.start - m.end <= BEFORE_REACH || carriedBetween(ctx, m.end, trigger.start));
    const around = cue.extra === 'around' && m.start <= trigger.start && m.end >= trigger.start;
    if (overlaps || before || around || inVerb) {
      const future = cue.future || found.get(cue.kind)?.future;
      found.set(cue.kind, { ref: cue.ref, text: ctx.view.slice(m.start, m.end), ...(future ? { future } : {}) });
    }
  }
  const explain: ExplainEntry[] = [];
  const qualifiers: string[] = [];
  const restrictive = found.get('restrictive');
  if (restrictive) {
    qualifiers.push('only');
    explain.push({ field: 'qualifiers', value: 'only', because: `restrictive "${restrictive.text}" (${restrictive.ref}); not a negation` });
  }
  const pick = (status: ClaimStatus, kind: string): StatusDecision => {
    const cue = found.get(kind)!;
    explain.push({ field: 'status', value: status, because: `"${cue.text}" (${cue.ref})` });
    return { status, qualifiers, explain };
  };
  if (found.has('negated') && !restrictive) return pick('negated', 'negated');
  if (found.has('intended')) return { ...pick('intended', 'intended'), ...(found.get('intended')!.future ? { future: true } : {}) };
  // "tried to kill": intended as far as the act goes; the caller decides whether the attempt itself happened.
  if (found.has('attempted')) {
    qualifiers.push('attempted');
    return pick('intended', 'attempted');
  }
  if (found.has('hedged')) return pick('hedged', 'hedged');
  return { status: 'asserted', qualifiers, explain };
}

/** The words from `from` to `to` are a verb carrying the noun that follows ("carry out any", "mené une série de"). */
function carriedBetween(ctx: SentenceContext, from: number, to: number): boolean {
  const gap = ctx.view.slice(from, to);
  return ctx.lex.lightVerbs.some((c) => c.kind === 'light' && (c.re.exec(gap)?.index ?? Infinity) <= 1);
}

/** A trigger after an infinitive marker that ends at `markerEnd` is in the infinitive: it opens on no past form, or
 *  "be" / "have" stands between ("to be released"). */
function infinitiveBefore(ctx: SentenceContext, markerEnd: number, trigger: TextSpan): boolean {
  const first = /^\p{L}+/u.exec(ctx.view.slice(trigger.start, trigger.end))?.[0] ?? '';
  if (!ctx.lex.patterns['past-form'].test(first)) return true;
  return ctx.lex.patterns['infinitive-auxiliary'].test(ctx.view.slice(markerEnd, trigger.start));
}
