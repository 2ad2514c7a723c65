import type { Claimant } from '../../model/claim.js';
import type { ActorMention } from '../../model/mention.js';
import type { TextSpan } from '../../model/span.js';
import { matchesIn } from './claim-lexicon.js';
import { actorRef, claimantFromActor, mentionAfter, mentionBefore } from './mention-lookup.js';
import type { AttributionScope, SentenceContext } from './sentence-context.js';

export interface SentenceAttribution {
  scopes: AttributionScope[];
  masks: TextSpan[];
  /** "L'information est confirmée par X": X confirms the previous sentence. */
  confirmations: Claimant[];
  /** "X a démenti" with no complement: X denies the previous sentence. */
  denialsOfPrevious: Claimant[];
  /** "X a démenti que ...": the complement is denied. */
  deniedSpans: { span: TextSpan; claimant: Claimant }[];
}

/**
 * Finds who says what in one sentence, from the attribution cues of the language.
 * Each cue kind has its own geometry: "selon X" covers the sentence, "», a indiqué X" covers the quotation
 * before it, "X soutient que" covers what follows.
 */
export function findAttribution(ctx: Omit<SentenceContext, 'scopes' | 'masks'>): SentenceAttribution {
  const { view, sentence, actors, lex } = ctx;
  const s = sentence.span;
  const out: SentenceAttribution = { scopes: [], masks: [], confirmations: [], denialsOfPrevious: [], deniedSpans: [] };
  const channelNear = (pos: number) =>
    lex.attribution.filter((c) => c.kind === 'communique').some((c) => matchesIn(c.re, view, pos, Math.min(s.end, pos + 60)).length > 0)
      ? 'communique'
      : undefined;

  for (const cue of lex.attribution) {
    for (const m of matchesIn(cue.re, view, s.start, s.end)) {
      const cueText = view.slice(m.start, m.end);
      if (cue.kind === 'unnamed') {
        out.scopes.push({ span: { start: m.end, end: s.end }, hedged: true, claimant: { kind: 'unnamed', label: unnamedLabel(cueText), span: m, cue: cue.ref } });
        out.masks.push({ start: m.start, end: m.end });
      } else if (cue.kind === 'prefix') {
        const who = mentionAfter(actors, view, m.end);
        if (!who) continue;
        out.scopes.push({ span: s, hedged: false, claimant: claimantFromActor(who, cue.ref, 'report') });
        out.masks.push({ start: m.start, end: who.span.end });
      } else if (cue.kind === 'after-quote') {
        const who = mentionAfter(actors, view, m.end, 25);
        const quote = sentence.quotes.filter((q) => q.end <= m.start + 1).at(-1);
        if (!who || !quote) continue;
        const claimant = claimantFromActor(who, cue.ref, channelNear(who.span.end) ?? cue.extra);
        out.scopes.push({ span: quote, hedged: false, claimant, speaker: actorRef(who, 'speaker of the quotation') });
        out.masks.push({ start: m.start, end: s.end });
      } else if (cue.kind === 'speech-verb') {
        const who = speakerBefore(actors, m.start, ctx);
        if (!who) continue;
        out.scopes.push({ span: { start: m.end, end: s.end }, hedged: false, claimant: claimantFromActor(who, cue.ref, channelNear(m.end) ?? cue.extra) });
        out.masks.push({ start: s.start, end: m.end });
      } else if (cue.kind === 'confirm') {
        const who = mentionAfter(actors, view, m.end) ?? mentionBefore(actors, m.start, 20);
        if (!who) continue;
        out.confirmations.push(claimantFromActor(who, cue.ref, 'confirmation'));
        out.masks.push(s);
      } else if (cue.kind === 'deny') {
        const who = mentionBefore(actors, m.start, 30);
        if (!who) continue;
        const claimant = claimantFromActor(who, cue.ref, 'denial');
        const rest = view.slice(m.end, s.end);
        if (/^\s*(?:que|qu'|that)/iu.test(rest)) out.deniedSpans.push({ span: { start: m.end, end: s.end }, claimant });
        else out.denialsOfPrevious.push(claimant);
        out.masks.push({ start: s.start, end: m.end });
      }
    }
  }
  return out;
}

/** The speaker of "X soutient que": the actor right before the verb, reaching past an apposition ("Le directeur de l'OSDH, Rami Abdel Rahmane, soutient"). */
function speakerBefore(actors: readonly ActorMention[], pos: number, ctx: Omit<SentenceContext, 'scopes' | 'masks'>): ActorMention | undefined {
  const near = mentionBefore(actors, pos, 8);
  if (near && near.span.start >= ctx.sentence.span.start) return near;
  const persons = actors.filter((a) => a.actorType === 'person' && a.span.end <= pos && a.span.start >= ctx.sentence.span.start);
  return persons.at(-1) ?? mentionBefore(actors, pos, 40);
}

/** "Diverses sources indiquent d'ailleurs que" → "Diverses sources"; "selon plusieurs sources" → "plusieurs sources". */
function unnamedLabel(cueText: string): string {
  return cueText
    .replace(/^(?:selon|according\s+to)\s+/iu, '')
    .replace(/\s+(?:indiquent|affirment|rapportent|font|assurent|ont|said|say|reported|told)(?:\s.*)?$/iu, '')
    .trim();
}
