import type { ActorRef, Claimant } from '../../model/claim.js';
import type { ActorMention, Mention, PlaceMention } from '../../model/mention.js';
import type { TextSpan } from '../../model/span.js';

export function mentionsWithin<M extends Mention>(mentions: readonly M[], span: TextSpan): M[] {
  return mentions.filter((m) => m.span.start >= span.start && m.span.end <= span.end);
}

/** The first mention starting within `maxGap` characters after `pos`, if the gap holds nothing but what `lead` allows
 *  (the language's articles and possessives: ClaimLexicon.mentionLead). */
export function mentionAfter<M extends Mention>(mentions: readonly M[], view: string, pos: number, lead: RegExp, maxGap = 12): M | undefined {
  return mentions
    .filter((m) => m.span.start >= pos && m.span.start - pos <= maxGap)
    .sort((a, b) => a.span.start - b.span.start)
    .find((m) => lead.test(view.slice(pos, m.span.start)));
}

/** The last mention ending within `maxGap` characters before `pos`. */
export function mentionBefore<M extends Mention>(mentions: readonly M[], pos: number, maxGap = 40): M | undefined {
  return mentions
    .filter((m) => m.span.end <= pos && pos - m.span.end <= maxGap)
    .sort((a, b) => b.span.end - a.span.end)[0];
}

export function actorRef(m: ActorMention, via = 'lexicon'): ActorRef {
  return {
    actorId: m.actorId,
    label: m.label,
    actorType: m.actorType,
    mentionId: m.id,
    span: m.span,
    via: m.rule.startsWith('self-reference') ? m.rule : m.antecedent ? `anaphor→${m.antecedent}` : via,
    ...(m.affiliation ? { affiliation: m.affiliation } : {}),
    ...(m.nationality ? { nationality: m.nationality } : {}),
  };
}

export function claimantFromActor(m: ActorMention, cue: string, channel?: string): Claimant {
  const base = { actorId: m.actorId, label: m.label, span: m.span, cue, ...(channel ? { channel } : {}) };
  if (m.actorType === 'person') {
    return { kind: 'person', ...base, ...(m.personRole ? { role: m.personRole } : {}), ...(m.affiliation ? { affiliation: m.affiliation } : {}) };
  }
  return { kind: 'actor', ...base };
}

export function isPlace(m: Mention): m is PlaceMention {
  return m.kind === 'place';
}

export function isActor(m: Mention): m is ActorMention {
  return m.kind === 'actor';
}

export function insideAny(span: TextSpan, spans: readonly TextSpan[]): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end);
}
