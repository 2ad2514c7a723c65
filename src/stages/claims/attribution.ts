import type { ActorRef, Claimant } from '../../model/claim.js';
import type { ActorMention } from '../../model/mention.js';
import type { TextSpan } from '../../model/span.js';
import { cueMayMatch, matchesIn, type ClaimLexicon } from './claim-lexicon.js';
import type { ClausePatterns } from './clause-patterns.js';
import { actorRef, claimantFromActor, mentionAfter, mentionBefore } from './mention-lookup.js';
import type { AttributionScope, SentenceContext } from './sentence-context.js';
import { skipWs } from './text-view.js';

/** Words a denier denies: "X denied that …" (the complement), "X denied any involvement in …" (`ownPart`: the act
 *  is the denier's own). */
export interface DeniedSpan {
  span: TextSpan;
  claimant: Claimant;
  speaker?: ActorRef;
  ownPart?: boolean;
}

export interface SentenceAttribution {
  scopes: AttributionScope[];
  masks: TextSpan[];
  /** "L'information est confirmée par X": X confirms the previous sentence. */
  confirmations: Claimant[];
  /** "X a démenti" with no complement: X denies the previous sentence. */
  denialsOfPrevious: Claimant[];
  /** "X a démenti que ...": the complement is denied. */
  deniedSpans: DeniedSpan[];
  /** "…, residents said, but the commanders denied it", "…, ce que dément Kinshasa": X denies what this sentence told
   *  before the link. */
  denialsInSentence: Claimant[];
  /** "…, ce qu'a confirmé la coalition", "…, une information confirmée par X": X confirms what this sentence told. */
  confirmationsInSentence: Claimant[];
  /** Where a relative answer ("…, ce que dément Kinshasa") starts: it speaks only of what is told before. */
  answerAt?: number;
  /** Deniers whose words deny their own part ("a démenti toute implication", "denied any involvement"): they are
   *  the one said to have done it. */
  deniersOfOwnPart: Set<Claimant>;
}

/**
 * Finds who says what in one sentence, from the attribution cues of the language.
 * Each cue kind has its own geometry: "selon X" covers the sentence, "», a indiqué X" covers the quotation
 * before it, "X soutient que" covers what follows.
 *
 * `answersPrevious`: whether a confirmation ("X confirmed that …", "a confirmé que …") may speak of the sentence
 * before. With no claim there to confirm, the claims stage reads the sentence again without it, and the words after
 * the verb are X's own claim.
 */
export function findAttribution(ctx: Omit<SentenceContext, 'scopes' | 'masks'>, answersPrevious = true): SentenceAttribution {
  const { view, actors, lex } = ctx;
  const s = ctx.sentence.span;
  // "…, ce qu'a confirmé la coalition", "…, ce que dément Kinshasa": a relative answer closes the sentence; the cues
  // before it are read on the sentence up to its comma, so a trailing speaker's name stops there.
  // Most sentences hold no answer: the literal anchors of the answer cues spare their lookbehind patterns.
  const lower = ctx.lower.slice(s.start, s.end);
  const relative = lex.attribution
    .filter((c) => (c.kind === 'confirm-relative' || c.kind === 'deny-relative') && cueMayMatch(c, lower))
    .flatMap((c) => matchesIn(c.re, view, s.start, s.end).map((m) => ({ cue: c, m, comma: view.lastIndexOf(',', m.start) })))
    .filter((r) => r.comma >= s.start)
    .sort((a, b) => a.m.start - b.m.start)[0];
  if (!relative) return readCues(ctx, answersPrevious);
  const out = readCues({ ...ctx, sentence: { ...ctx.sentence, span: { start: s.start, end: relative.comma } } }, answersPrevious);
  out.answerAt = relative.comma;
  const who = mentionAfter(actors, view, relative.m.end, ctx.lex.mentionLead, 25);
  // "un bilan confirmé par le ministère provincial": a description the lexicon lacks names the one who answers.
  const named = who ? undefined : (namedOutsideLexicon(ctx.lex, view, relative.m.end, s.end) ?? phraseAfter(view, relative.m.end, s.end));
  const channel = relative.cue.kind === 'confirm-relative' ? 'confirmation' : 'denial';
  const claimant: Claimant | undefined = who
    ? claimantFromActor(who, relative.cue.ref, channel)
    : named
      ? { kind: 'person', label: ctx.doc.report.text.slice(named.start, named.end), span: named, cue: `${relative.cue.ref} (claimant not in the actor lexicon)`, channel }
      : undefined;
  if (claimant) (relative.cue.kind === 'confirm-relative' ? out.confirmationsInSentence : out.denialsInSentence).push(claimant);
  // Only the answer is masked: what its author adds after it (", selon qui ses troupes tiennent encore …") is read.
  const answerEnd = who?.span.end ?? named?.end ?? relative.m.end;
  const next = view.indexOf(',', answerEnd);
  out.masks.push({ start: relative.comma, end: next >= 0 && next < s.end ? next : s.end });
  return out;
}

/** The attribution cues of one sentence (or of its part before a relative answer). */
function readCues(ctx: Omit<SentenceContext, 'scopes' | 'masks'>, answersPrevious: boolean): SentenceAttribution {
  const { view, sentence, actors, lex } = ctx;
  const s = sentence.span;
  const out: SentenceAttribution = { scopes: [], masks: [], confirmations: [], denialsOfPrevious: [], deniedSpans: [], denialsInSentence: [], confirmationsInSentence: [], deniersOfOwnPart: new Set() };
  const channelNear = (pos: number) =>
    lex.attribution.filter((c) => c.kind === 'communique').some((c) => matchesIn(c.re, view, pos, Math.min(s.end, pos + 60)).length > 0)
      ? 'communique'
      : undefined;

  // Each cue is matched once; the unnamed ones are needed before the loop reaches them. Answers were read already.
  const read = lex.attribution.filter((c) => c.kind !== 'confirm-relative' && c.kind !== 'deny-relative');
  const matched = new Map(read.map((c) => [c, matchesIn(c.re, view, s.start, s.end)] as const));
  const unnamedCues = lex.attribution.filter((c) => c.kind === 'unnamed').flatMap((c) => matched.get(c) ?? []);
  for (const cue of lex.attribution) {
    for (const m of matched.get(cue) ?? []) {
      const cueText = view.slice(m.start, m.end);
      if (cue.kind === 'unnamed') {
        // Unnamed sources govern the whole sentence, wherever the cue stands ("…, selon plusieurs sources").
        out.scopes.push({ span: s, hedged: true, claimant: { kind: 'unnamed', label: unnamedLabel(lex.patterns, cueText), span: { start: m.start, end: m.end }, cue: cue.ref } });
        out.masks.push({ start: m.start, end: m.end });
      } else if (cue.kind === 'prefix') {
        const who = mentionAfter(actors, view, m.end, ctx.lex.mentionLead);
        if (!who) {
          const named = namedOutsideLexicon(lex, view, m.end, s.end);
          // "according to Western security sources": unnamed sources are no named claimant.
          const unnamed = named && unnamedCues.some((u) => u.start < named.end && named.start < u.end);
          if (named && !unnamed) {
            out.scopes.push({ span: s, hedged: false, claimant: { kind: 'actor', label: ctx.doc.report.text.slice(named.start, named.end), span: named, cue: `${cue.ref} (claimant not in the actor lexicon)`, channel: 'report' } });
            out.masks.push({ start: m.start, end: named.end });
          }
          continue;
        }
        // "selon des habitants", "according to residents": witnesses without a name are unnamed sources, not a claimant.
        if (unnamedCues.some((u) => u.start < who.span.end && who.span.start < u.end)) continue;
        out.scopes.push({ span: s, hedged: false, claimant: claimantFromActor(who, cue.ref, 'report') });
        out.masks.push({ start: m.start, end: who.span.end });
      } else if (cue.kind === 'after-quote') {
        const who = mentionAfter(actors, view, m.end, ctx.lex.mentionLead, 25);
        const quote = sentence.quotes.filter((q) => q.end <= m.start + 1).at(-1);
        if (!who || !quote) continue;
        const claimant = claimantFromActor(who, cue.ref, channelNear(who.span.end) ?? cue.extra);
        out.scopes.push({ span: quote, hedged: false, claimant, speaker: actorRef(who, 'speaker of the quotation') });
        out.masks.push({ start: m.start, end: s.end });
      } else if (cue.kind === 'speech-verb') {
        // "X said that …" needs something said after it; "…, the army said." is a trailing claimant.
        if (s.end - m.end < 15) continue;
        const who = speakerBefore(actors, m.start, ctx);
        if (!who) continue;
        // "Britain mobilized reservists while UN inspectors said …": the speaker's own clause starts at the link.
        const clauseStart = Math.max(clauseStartBefore(ctx, who.span.start), linkBefore(lex.patterns['clause-link'], view, s.start, who.span.start));
        const lead = view.slice(clauseStart, who.span.start);
        const comma = lastClauseComma(lead);
        // A comma right after the verb closes a trailing attribution too ("Rebels captured Mosul, the army said, two
        // days after …"): "X said, …" never opens what X says.
        const closed = closedByComma(view, m);
        // "…, parliament speaker Mahinda Yapa Abeywardena said, hours after …": a closed attribution's speaker stands
        // right before its verb; an actor further back is no speaker (the trailing cues read the unknown name).
        if (closed && !/^\s*$/.test(view.slice(who.span.end, m.start))) continue;
        // "Klibi urged the EC to support the PLO, which he said would create a favourable climate", "rejected the
        // proposal, which its foreign minister said ignored …": a speaker right after a relative pronoun speaks inside
        // a relative clause; only that saying is masked, the main verb stays news.
        const relativeSpeaker = lex.patterns['relative-pronoun-speaker'].exec(view.slice(s.start, m.start));
        if (relativeSpeaker) {
          out.scopes.push({ span: { start: m.end, end: s.end }, hedged: false, claimant: claimantFromActor(who, cue.ref, channelNear(m.end) ?? cue.extra) });
          out.masks.push({ start: s.start + relativeSpeaker.index, end: m.end });
          continue;
        }
        if (comma >= 0 && (closed || lead.slice(0, comma).trim().split(/\s+/).length > 6)) {
          // "…recaptured Mayadin, the army said in a statement broadcast on TV": the statement came first.
          out.scopes.push({ span: { start: s.start, end: clauseStart + comma }, hedged: false, claimant: claimantFromActor(who, cue.ref, channelNear(m.start) ?? cue.extra) });
          out.masks.push({ start: clauseStart + comma, end: s.end });
          continue;
        }
        // "Washington froze the assets of companies it says launder money": the pronoun's saying is a relative clause's;
        // it is masked alone, and what precedes stays the outlet's news.
        const contact = lex.patterns['contact-relative-speaker'].exec(view.slice(clauseStart, m.start));
        if (contact) {
          out.scopes.push({ span: { start: m.end, end: s.end }, hedged: false, claimant: claimantFromActor(who, cue.ref, channelNear(m.end) ?? cue.extra) });
          out.masks.push({ start: clauseStart + contact.index, end: m.end });
          continue;
        }
        out.scopes.push({ span: { start: m.end, end: s.end }, hedged: false, claimant: claimantFromActor(who, cue.ref, channelNear(m.end) ?? cue.extra), speaker: actorRef(who, 'speaker') });
        // "The United States defended the right of … and insisted that …": the speaker did something before it
        // spoke; only "and insisted" is the attribution, the first verb stays the speaker's act.
        const and = ctx.lex.patterns['speaker-did-first'].exec(view.slice(who.span.end, m.start));
        out.masks.push({ start: and ? who.span.end + and.index : clauseStart, end: m.end });
      } else if (cue.kind === 'speech-infinitive') {
        // "Prigozhin claimed to have taken Bakhmut", "a affirmé avoir pris": the speaker says it and is the subject of
        // what it says, so only the verb of saying is masked and the speaker stays the doer.
        const who = speakerBefore(actors, m.start, ctx);
        if (!who) continue;
        out.scopes.push({ span: { start: m.end, end: s.end }, hedged: false, claimant: claimantFromActor(who, cue.ref, channelNear(m.end) ?? cue.extra), speaker: actorRef(who, 'speaker') });
        out.masks.push({ start: m.start, end: m.end });
      } else if (cue.kind === 'accusation') {
        // "Azerbaijan accused Armenia of shelling civilian areas", "a accusé le TPLF d'avoir attaqué": what follows the
        // accused and its link is the accuser's claim, with the accused as its doer ("each other": no doer known).
        const who = speakerBefore(actors, m.start, ctx);
        if (!who) continue;
        // « a accusé lundi l'Ukraine d'avoir attaqué »: a day between the verb and the accused is no part of either.
        const accused = mentionAfter(actors, view, pastTimeWord(ctx, m.end), ctx.lex.mentionLead);
        const from = accused?.span.end ?? m.end;
        const reciprocal = accused ? null : ctx.lex.patterns.reciprocal.exec(view.slice(m.end, s.end));
        const linkFrom = reciprocal ? m.end + reciprocal.index + reciprocal[0].length : from;
        const link = (accused || reciprocal) && ctx.lex.patterns['accusation-link'].exec(view.slice(linkFrom, s.end));
        if (!link) continue;
        const start = linkFrom + link[0].length;
        // The accusation holds to the end of its clause: "… as fighting over Nagorno-Karabakh entered a second day"
        // is the outlet's again.
        const clauseEnd = lex.scope
          .filter((c) => c.kind === 'subordinate' || c.kind === 'coordinate')
          .flatMap((c) => matchesIn(c.re, view, start, s.end))
          .reduce((end, x) => Math.min(end, x.start), s.end);
        out.scopes.push({ span: { start, end: clauseEnd }, hedged: false, claimant: claimantFromActor(who, cue.ref, 'statement'), accused: accused ? actorRef(accused, 'the accused') : null });
      } else if (cue.kind === 'trailing-verb-first' || cue.kind === 'trailing-actor-first') {
        const trailing = trailingClaimant(ctx, cue.kind, m);
        if (!trailing) {
          // "…, regional governor Oleh Synehubov said.": a speaker the lexicon lacks still closes the sentence.
          const named = cue.kind === 'trailing-actor-first' ? trailingNamed(ctx, m) : trailingNamedAfter(ctx, m);
          if (named) {
            const label = ctx.doc.report.text.slice(named.start, named.end);
            out.scopes.push({ span: { start: s.start, end: named.comma }, hedged: false, claimant: { kind: 'person', label, span: { start: named.start, end: named.end }, cue: `${cue.ref} (speaker not in the actor lexicon)`, channel: 'statement' } });
            out.masks.push({ start: named.comma, end: s.end });
          }
          continue;
        }
        out.scopes.push({ span: { start: s.start, end: trailing.from }, hedged: false, claimant: claimantFromActor(trailing.who, cue.ref, channelNear(m.start) ?? cue.extra) });
        out.masks.push({ start: trailing.from, end: s.end });
      } else if (cue.kind === 'confirm') {
        if (!answersPrevious) continue;
        const who = mentionAfter(actors, view, m.end, ctx.lex.mentionLead, 25) ?? mentionBefore(actors, m.start, 20);
        const named = who ? undefined : subjectPhrase(ctx, m.start);
        if (!who && !named) continue;
        out.confirmations.push(who ? claimantFromActor(who, cue.ref, 'confirmation') : { ...named!, cue: `${cue.ref} (claimant not in the actor lexicon)`, channel: 'confirmation' });
        out.masks.push(s);
      } else if (cue.kind === 'deny') {
        // "has neither confirmed nor denied carrying out the strike": no denial, an allegation left open (status-cues).
        if (lex.patterns['open-denial'].test(view.slice(Math.max(s.start, m.start - 40), m.start))) continue;
        // The denier is in the sentence: "…, police said. The bandit leader denied it" is not a police denial.
        const near = mentionBefore(actors, m.start, 30);
        const who = near && near.span.start >= s.start ? near : undefined;
        const named = who ? undefined : subjectPhrase(ctx, m.start);
        if (!who && !named) continue;
        const claimant = who ? claimantFromActor(who, cue.ref, 'denial') : { ...named!, cue: `${cue.ref} (claimant not in the actor lexicon)`, channel: 'denial' };
        const rest = view.slice(m.end, s.end);
        const ownParts = lex.attribution.filter((c) => c.kind === 'own-part').flatMap((c) => matchesIn(c.re, view, m.end, s.end).filter((x) => x.start - m.end <= OWN_PART_REACH));
        if (ownParts.length) out.deniersOfOwnPart.add(claimant);
        // "denied any involvement in the attack on the dam", "dément tout soutien aux rebelles du M23": an act named
        // after the denier's own part, or after "any" / "tout", is denied as the denier's own — up to the next comma
        // ("…, despite a UN report" is the outlet's again). Only the verb is masked: the denier stays the subject.
        // An own part that names no act ("a démenti toute implication et dénoncé …") denies the sentence before.
        const namesAct = ownParts.length ? ownParts.some((x) => lex.patterns['own-part-act'].test(view.slice(x.start, s.end))) : lex.patterns['denied-any'].test(rest);
        if (who && namesAct) {
          const comma = /[,;:(]/u.exec(rest);
          out.deniedSpans.push({ span: { start: m.end, end: comma ? m.end + comma.index : s.end }, claimant, speaker: actorRef(who, 'denier'), ownPart: true });
          out.masks.push({ start: m.start, end: m.end });
          continue;
        }
        // "…, residents said, but Peshmerga commanders denied it": the denial follows a told happening in this sentence.
        const link = lex.patterns['contrast-link'].exec(view.slice(s.start, m.start));
        // "denied bombing the theatre", "a démenti avoir bombardé": the act denied is the denier's own, so only the
        // verb is masked and the denier stays the subject of what follows.
        if (who && lex.patterns['denied-own-act'].test(rest)) {
          out.deniedSpans.push({ span: { start: m.end, end: s.end }, claimant, speaker: actorRef(who, 'denier') });
          out.masks.push({ start: m.start, end: m.end });
          continue;
        }
        // "denied that …", "denied on Monday that …", "a démenti lundi que …", "denied reports that …".
        if (lex.patterns['complement-after'].test(rest)) out.deniedSpans.push({ span: { start: m.end, end: s.end }, claimant, ...(who ? { speaker: actorRef(who, 'denier') } : {}) });
        else if (link) out.denialsInSentence.push(claimant);
        else out.denialsOfPrevious.push(claimant);
        out.masks.push({ start: link ? s.start + link.index : s.start, end: m.end });
      }
    }
  }
  return out;
}

/** How far after the verb of denial the words of one's own part may start ("a démenti lundi toute implication"). */
const OWN_PART_REACH = 16;

/** The speaker of "X soutient que": the actor right before the verb, reaching past an apposition ("Le directeur de l'OSDH, Rami Abdel Rahmane, soutient"). */
function speakerBefore(actors: readonly ActorMention[], pos: number, ctx: Omit<SentenceContext, 'scopes' | 'masks'>): ActorMention | undefined {
  // "The US-led coalition, which supports the SDF with air strikes, said …": the speaker stands before the aside.
  const aside = matchesIn(ctx.lex.patterns['relative-aside'], ctx.view, ctx.sentence.span.start, pos).find((a) => /^\s*$/u.test(ctx.view.slice(a.end, pos)));
  const host = aside ? mentionBefore(actors, aside.start, 8) : undefined;
  if (host && host.span.start >= ctx.sentence.span.start) return host;
  const near = mentionBefore(actors, pos, 8);
  if (near && near.span.start >= ctx.sentence.span.start) return near;
  const persons = actors.filter((a) => a.actorType === 'person' && a.span.end <= pos && a.span.start >= ctx.sentence.span.start);
  return persons.at(-1) ?? mentionBefore(actors, pos, 40);
}

/** "Diverses sources indiquent d'ailleurs que" → "Diverses sources"; "selon plusieurs sources" → "plusieurs sources". */
function unnamedLabel(patterns: ClausePatterns, cueText: string): string {
  return cueText.replace(patterns['attribution-lead'], '').replace(patterns['unnamed-tail'], '').trim();
}

/** What may follow a closing claimant: "on Sunday", "in a statement broadcast on state television" — no new clause. */
const CLOSING = /^[^,;:]{0,60}$/u;

/** A verb of saying with a comma right after it (inside its cue or next): "X said, …" never opens what X says. */
function closedByComma(view: string, m: { start: number; end: number }): boolean {
  return /,\s*$/.test(view.slice(m.start, m.end)) || /^\s*,/.test(view.slice(m.end, m.end + 3));
}

/**
 * Where the words after `pos` begin, past a time word that opens them: "a annoncé jeudi le Premier ministre …" —
 * the day is no part of the speaker.
 */
function pastTimeWord(ctx: Omit<SentenceContext, 'scopes' | 'masks'>, pos: number): number {
  const start = skipWs(ctx.view, pos);
  const time = ctx.doc.mentions.find((t) => t.kind === 'time' && t.span.start === start);
  return time ? skipWs(ctx.view, time.span.end) : start;
}

/**
 * "…, a coalition spokesman said." / "…, précise l'Observatoire." — the claimant closes the sentence, after
 * a comma; what comes before the comma is theirs.
 */
function trailingClaimant(
  ctx: Omit<SentenceContext, 'scopes' | 'masks'>,
  kind: string,
  m: { start: number; end: number },
): { who: ActorMention; from: number } | undefined {
  const { view, sentence, actors } = ctx;
  if (kind === 'trailing-verb-first') {
    const who = mentionAfter(actors, view, pastTimeWord(ctx, m.end), ctx.lex.mentionLead);
    // "…, ont assuré des responsables ukrainiens, démentant …": a participle after the speaker's comma adds to what
    // the speaker does ("…, selon l'ONG, mais des renforts …" opens a clause of its own).
    const after = who ? view.slice(who.span.end, sentence.span.end) : '';
    const participle = /^\s*,\s*\p{L}+/u.exec(after)?.[0];
    if (!who || !(CLOSING.test(after) || (participle && ctx.lex.patterns['adjunct-participle'].test(participle)))) return undefined;
    const comma = lastClauseComma(view, m.start);
    if (comma < sentence.span.start || view.slice(comma + 1, m.start).trim() !== '') return undefined;
    return { who, from: comma };
  }
  // "a coalition spokesman said": the organisation speaks through one of its people.
  const who = mentionBefore(actors, m.start, 24);
  if (!who || !ctx.lex.patterns['speaker-noun'].test(view.slice(who.span.end, m.start))) return undefined;
  if (!CLOSING.test(view.slice(m.end, sentence.span.end))) return undefined;
  const comma = lastClauseComma(view, who.span.start);
  if (comma < sentence.span.start || !ctx.lex.patterns['trailing-speaker-gap'].test(view.slice(comma + 1, who.span.start))) return undefined;
  // "…, but Ukraine said fighting was still going on": a link word after the comma opens a clause of its own.
  if (ctx.lex.patterns['clause-link'].test(view.slice(comma, who.span.start))) return undefined;
  // "…, which its foreign minister said ignored …": a relative clause's saying closes nothing.
  if (ctx.lex.patterns['relative-pronoun-speaker'].test(view.slice(sentence.span.start, m.start))) return undefined;
  return { who, from: comma };
}

/** Where the clause holding `pos` starts: after a semicolon or at a "a day after" cue, else the sentence start. */
function clauseStartBefore(ctx: Omit<SentenceContext, 'scopes' | 'masks'>, pos: number): number {
  const s = ctx.sentence.span;
  let start = s.start;
  const semi = ctx.view.lastIndexOf(';', pos);
  if (semi >= s.start) start = semi + 1;
  for (const cue of ctx.lex.scope.filter((c) => c.kind === 'before-main')) {
    for (const m of matchesIn(cue.re, ctx.view, s.start, pos)) if (m.start > start) start = m.start;
  }
  return start;
}

/** "according to Moscow's defence ministry": a claimant the lexicon lacks still names who says it. */
function namedOutsideLexicon(lex: ClaimLexicon, view: string, from: number, end: number): { start: number; end: number } | undefined {
  const rest = view.slice(from, end);
  const m = lex.namedLead.exec(rest);
  if (!m?.[1]) return undefined;
  const start = from + rest.indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/**
 * "…, regional governor Oleh Synehubov said." — after the last comma, a few words holding a capitalised name, then
 * the verb of saying and nothing but a closing phrase: the speaker, though no lexicon entry names them.
 */
function trailingNamed(ctx: Omit<SentenceContext, 'scopes' | 'masks'>, m: { start: number; end: number }): { start: number; end: number; comma: number } | undefined {
  const { view, sentence } = ctx;
  // "…, parliament speaker X said, hours after …": a comma after the verb closes the attribution, whatever follows.
  if (!closedByComma(view, m) && !CLOSING.test(view.slice(m.end, sentence.span.end))) return undefined;
  const comma = lastClauseComma(view, m.start);
  if (comma < sentence.span.start) return undefined;
  const phrase = view.slice(comma + 1, m.start);
  const words = phrase.trim().split(/\s+/);
  // A capitalised name ("regional governor Oleh Synehubov") or a role alone ("the regional governor").
  const named = /\p{Lu}/u.test(phrase) || ctx.lex.roleSpeaker.test(phrase.trim());
  if (words.length < 2 || words.length > 8 || !named || /["”»]/u.test(phrase)) return undefined;
  // "…, but Ukraine said …": a link word after the comma opens a clause, it names no speaker.
  if (ctx.lex.patterns['clause-link'].test(view.slice(comma, m.start))) return undefined;
  const start = comma + 1 + (phrase.length - phrase.trimStart().length);
  return { start, end: comma + 1 + phrase.trimEnd().length, comma };
}

/** The last comma at or before `before` that separates words, not the digits of "1,300". */
function lastClauseComma(text: string, before = text.length): number {
  for (let i = text.lastIndexOf(',', before); i >= 0; i = text.lastIndexOf(',', i - 1)) {
    if (!(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) return i;
    if (i === 0) break;
  }
  return -1;
}

/**
 * Start of the clause a speaker opens, when a link word (`clause-link`: "while", "alors que") stands between the
 * sentence start and the speaker: what precedes it is not the speech.
 */
function linkBefore(link: RegExp, view: string, sentenceStart: number, speakerStart: number): number {
  const lead = view.slice(sentenceStart, speakerStart);
  const m = link.exec(lead);
  return m ? sentenceStart + m.index : sentenceStart;
}

/** "Ukraine's deputy defence minister Hanna Maliar denied": the words before the verb name who, lexicon or not. */
function subjectPhrase(ctx: Omit<SentenceContext, 'scopes' | 'masks'>, cueStart: number): { kind: 'person'; label: string; span: { start: number; end: number } } | undefined {
  const start = ctx.sentence.span.start;
  const lead = ctx.view.slice(start, cueStart);
  const trimmed = lead.trim();
  const words = trimmed.split(/\s+/);
  if (!trimmed || words.length > 8 || !/^\p{Lu}/u.test(trimmed) || /[,;:"“”«»]/u.test(trimmed)) return undefined;
  const from = start + (lead.length - lead.trimStart().length);
  const span = { start: from, end: from + trimmed.length };
  return { kind: 'person', label: ctx.doc.report.text.slice(span.start, span.end), span };
}

/**
 * "…, a annoncé le chef de la junte, le colonel Assimi Goïta." — after the last comma before it, the verb of saying,
 * then a few words naming the speaker up to the end of the sentence.
 */
function trailingNamedAfter(ctx: Omit<SentenceContext, 'scopes' | 'masks'>, m: { start: number; end: number }): { start: number; end: number; comma: number } | undefined {
  const { view, sentence } = ctx;
  const comma = lastClauseComma(view, m.start);
  if (comma < sentence.span.start || view.slice(comma + 1, m.start).trim() !== '') return undefined;
  const rest = view.slice(m.end, sentence.span.end).replace(/[\s.!?»"”]+$/u, '');
  const words = rest.trim().split(/\s+/);
  if (!rest.trim() || words.length > 10 || /[;:"“”«»]/u.test(rest)) return undefined;
  const start = pastTimeWord(ctx, m.end);
  if (start >= m.end + rest.trimEnd().length) return undefined;
  // A speaker is a name or a noun phrase ("le chef de la junte", "Moscou"), not the verb's own complement ("affirment
  // avoir pris le contrôle de Goma").
  if (!ctx.lex.speakerLead.test(view.slice(start, start + 8))) return undefined;
  return { start, end: m.end + rest.trimEnd().length, comma };
}

/** The words after `from` up to the next comma or the end of the sentence, when they are few: a description. */
function phraseAfter(view: string, from: number, end: number): { start: number; end: number } | undefined {
  const m = /^\s*([^,;:]{2,80}?)\s*(?:[,;:]|[.!?]?\s*$)/u.exec(view.slice(from, end));
  if (!m?.[1] || m[1].trim().split(/\s+/).length > 10) return undefined;
  const start = from + view.slice(from, end).indexOf(m[1]);
  return { start, end: start + m[1].length };
}
