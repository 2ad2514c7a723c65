import type { ActorRef, ClaimType, ExplainEntry } from '../../model/claim.js';
import type { PlaceMention } from '../../model/mention.js';
import type { TextSpan } from '../../model/span.js';
import { matchesIn, type Trigger } from './claim-lexicon.js';
import { actWords } from './clauses.js';
import type { Clause, SentenceContext } from './sentence-context.js';

/** A claim being assembled from one trigger, before status, time and claimant are settled. */
export interface ClaimDraft {
  type: ClaimType;
  trigger: Trigger;
  triggerSpan: TextSpan;
  clause: Clause;
  sentenceSpan: TextSpan;
  agent?: ActorRef;
  coAgents: ActorRef[];
  target?: ActorRef;
  supporters: ActorRef[];
  fromActor?: ActorRef;
  /** Where it happened (several for a state claim over a list of places: one claim each). */
  eventPlaces: { mention: PlaceMention; relation?: string }[];
  otherPlaces: { mention: PlaceMention; relation?: string }[];
  explain: ExplainEntry[];
  /** Set when the doer is the object of an ordering verb ("ordered his troops to withdraw"): the act is ordered,
   *  not yet done. Holds the ordering words. */
  orderedBy?: string;
  /** Who condemns the harm this noun names ("L'ONU a dénoncé des exécutions"): its claimant when no one else is. */
  condemnedBy?: ActorRef;
  /** A violent noun that is the subject of the violent verb after it ("An attack on a checkpoint killed ten"). */
  subjectOfHarm?: boolean;
  /** An aid noun followed by the verb of its arrival ("Twenty trucks carrying food crossed into Gaza"). */
  aidArrives?: boolean;
  /** Read from a reduced relative clause ("soldiers killed in the ambush"): the patient is the noun right before. */
  reduced?: boolean;
  /** The words of the act itself (`actWordsOf`), kept once found. */
  actWords?: TextSpan;
}

/** Where the side struck is named ("destroyed two Russian tanks"): a weapon word there names the target, not the means. */
export function struckSpans(d: ClaimDraft): TextSpan[] {
  return [d.target?.span, d.fromActor?.span].filter((x): x is TextSpan => x !== undefined);
}

/**
 * The words that describe the draft's act (`actWords`; a killing keeps its "when" clause), found once per draft:
 * type refinement and the instrument both read them, and neither the clause nor the trigger changes in between.
 */
export function actWordsOf(ctx: SentenceContext, d: ClaimDraft): TextSpan {
  return (d.actWords ??= actWords(ctx.view, d.clause.span, d.triggerSpan, ctx.lex, d.trigger.type === 'killing'));
}

/** "Hundreds of people protested", "des milliers d'Irakiens ont manifesté": a crowd word before the trigger in its clause. */
export function crowdBefore(ctx: SentenceContext, d: ClaimDraft): boolean {
  return ctx.lex.crowds.some((c) => matchesIn(c.re, ctx.view, d.clause.span.start, d.triggerSpan.start).length > 0);
}

export function newDraft(trigger: Trigger, triggerSpan: TextSpan, clause: Clause, sentenceSpan: TextSpan): ClaimDraft {
  return {
    type: trigger.type,
    trigger,
    triggerSpan,
    clause,
    sentenceSpan,
    coAgents: [],
    supporters: [],
    eventPlaces: [],
    otherPlaces: [],
    explain: [{ field: 'type', value: trigger.type, because: `trigger ${trigger.id} (${trigger.ref}), ${trigger.voice} voice` }],
  };
}
