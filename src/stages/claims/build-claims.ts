import { createHash } from 'node:crypto';
import { DENIES_OWN_PART, type Claim, type ClaimPlace, type Claimant, type ExplainEntry } from '../../model/claim.js';
import type { TimeMention } from '../../model/mention.js';
import type { TextSpan } from '../../model/span.js';
import { attachCasualties } from './attach-casualties.js';
import { findAttribution } from './attribution.js';
import type { CasualtyLexicon } from './casualties.js';
import type { DeniedSpan, SentenceAttribution } from './attribution.js';
import type { ClaimDraft } from './claim-draft.js';
import { crowdBefore, newDraft } from './claim-draft.js';
import { matchesIn } from './claim-lexicon.js';
import { claimTime } from './claim-time.js';
import { splitClauses } from './clauses.js';
import type { ReferenceTracker } from './coreference.js';
import { fillRoles } from './fill-roles.js';
import { findTriggers, generalVerbHits, type TriggerHit } from './find-triggers.js';
import { hypotheticalSpans } from './hypothetical.js';
import { findResponsibility, type ResponsibilityClaim } from './responsibility.js';
import { actorRef, claimantFromActor, insideAny, mentionBefore } from './mention-lookup.js';
import { subjectOf } from './roles.js';
import type { SentenceContext } from './sentence-context.js';
import { findInstrument } from './instrument.js';
import { refineType } from './refine-type.js';
import { wordingStatus } from './status.js';
import { genericOfPlace } from './generic-of-place.js';
import { speakersOwnForces } from './speaker-forces.js';
import { HAPPENINGS, PROTESTS, RELATIONAL, SPEAKER_ACTS, VIOLENT } from './type-families.js';

const ARMED = new Set(['state-force', 'non-state-armed-group', 'militia', 'group', 'state']);

/** Violent types whose attempt is no act of that type: "tried to retake the town" took nothing. */
const ATTEMPT_IS_INTENT: ReadonlySet<string> = new Set(['take-control', 'besiege', 'cross-border']);

export interface SentenceResult {
  claims: Claim[];
  attribution: SentenceAttribution;
  /** "Islamic State claimed responsibility": who claims the attack told before. */
  responsibility?: ResponsibilityClaim;
  /** Claims told in an aside between commas ("Les rebelles du M23, soutenus par le Rwanda, affirment …"): an answer in
   *  the sentence speaks of them only when nothing else was told. */
  asides: Set<Claim>;
  /** Claims told after a relative answer ("…, ce qu'a démenti Kiev, selon qui ses troupes tiennent …"). */
  afterAnswer: Set<Claim>;
}

/** Whether the trigger at `at` sits in a comma-enclosed aside that a participle opens (`aside`: ", soutenus par le
 *  Rwanda,", ", backed by Iran,"). */
function inAside(aside: RegExp, view: string, sentence: TextSpan, at: number): boolean {
  const open = view.lastIndexOf(',', at);
  const close = view.indexOf(',', at);
  if (open < sentence.start || close < 0 || close > sentence.end) return false;
  return aside.test(view.slice(open + 1, close));
}

/** All claims of one sentence. */
export function claimsOfSentence(
  base: Omit<SentenceContext, 'scopes' | 'masks' | 'clauses'>,
  refs: ReferenceTracker,
  times: readonly TimeMention[],
  outlet: Claimant,
  casualtyLexicon: CasualtyLexicon,
  { answersPrevious = true, attackToldBefore = false }: { answersPrevious?: boolean; attackToldBefore?: boolean } = {},
): SentenceResult {
  const attribution = findAttribution({ ...base, clauses: [] }, answersPrevious);
  const ctx: SentenceContext = { ...base, clauses: splitClauses(base.view, base.sentence.span, base.lex, base.actors), scopes: attribution.scopes, masks: attribution.masks };
  // "claimed the attack": the cue's words tell no attack of their own.
  const responsibility = findResponsibility(ctx);
  if (responsibility) ctx.masks = [...ctx.masks, ...responsibility.masks];
  // "Switzerland said it had expelled …": the speaker is who "it" names next.
  // "Russia denied that it had bombed …": so is the denier.
  for (const sc of [...attribution.scopes, ...attribution.deniedSpans]) {
    const speaker = sc.speaker?.mentionId ? base.actors.find((a) => a.id === sc.speaker?.mentionId) : undefined;
    if (speaker) refs.noteSpeaker(speaker);
  }
  const found = findTriggers(ctx);
  // "… and the attack was claimed by Islamic State", « l'attentat a été revendiqué par … »: the noun the claim of
  // responsibility is said of is the attack told before, not a second one.
  const claimedNoun = (h: TriggerHit) =>
    responsibility !== undefined && attackToldBefore && h.trigger.voice === 'nominal' && VIOLENT.has(h.trigger.type) && h.span.end <= responsibility.span.start && /^\s*(?:\S+\s+){0,2}$/u.test(ctx.view.slice(h.span.end, responsibility.span.start));
  const hits = found.filter((h) => !claimedNoun(h));
  // "Hamas claimed responsibility for the suicide bombing in Jerusalem", the first the report says of it: the cue's
  // object is the only telling of the attack, so its trigger is read; told before, it is the same attack again.
  const toldInCue = responsibility && !attackToldBefore ? attackInsideCue(ctx, responsibility, hits) : [];
  const fromCue = (d: ClaimDraft) => toldInCue.some((h) => h.span.start === d.triggerSpan.start);
  if (responsibility && toldInCue.length) {
    hits.push(...toldInCue);
    // Its place and target are the cue's words ("blamed the attack in Cauca on the ELN").
    ctx.masks = ctx.masks.filter((m) => !responsibility.masks.includes(m));
  }
  let drafts = draftClaims(ctx, hits, refs, times, attribution);
  // … but the one blamed for it is not its target.
  for (const d of drafts) if (responsibility && d.target?.mentionId === responsibility.claimer.id && fromCue(d)) d.target = undefined;
  // "Uzbekistan reopened the Friendship Bridge": a sentence none of the triggers matched is read with the verbs of
  // the general list. Where a trigger matched and made no claim worth keeping ("IS seized both towns in 2014, when
  // it swept down the valley"), the sentence is background or a state of affairs, and stays without one.
  // "… if Ukraine attacked Crimea again", "Si les rebelles prennent Goma, …": what a condition supposes is no claim.
  const supposed = hypotheticalSpans(ctx);
  if (ctx.lex.generalVerbs && hits.length === 0) drafts = draftClaims(ctx, generalVerbHits(ctx, ctx.lex.generalVerbs, supposed), refs, times, attribution);
  // "… took full control of Albu Kamal, the last town held by Islamic State": who held a place the sentence says changed
  // hands is how it was before; the change is the news, and a control claim of the day would contradict it.
  const changed = new Set(drafts.filter((x) => CONTROL_CHANGES.has(x.type)).flatMap((x) => x.eventPlaces.map((p) => p.mention.id)));
  const heldBefore = (d: ClaimDraft) => d.type === 'control' && d.trigger.voice === 'participle' && d.eventPlaces.length > 0 && d.eventPlaces.every((p) => changed.has(p.mention.id));
  // An attack claimed or blamed is news at its place, though the outlet's telling names no doer.
  const claimedHere = (d: ClaimDraft) => d.eventPlaces.length > 0 && fromCue(d);
  const placed = drafts.filter((d) => (isWorthKeeping(d, ctx) || claimedHere(d)) && !insideAny(d.triggerSpan, supposed) && !heldBefore(d)).flatMap((d) => finalize(ctx, d, times, outlet, attribution, supposed).map((claim) => ({ claim, at: d.triggerSpan.start, triggerType: d.trigger.type })));
  const claims = attachCasualties(ctx, placed, casualtyLexicon);
  const answerAt = attribution.answerAt ?? ctx.sentence.span.end;
  const idsWhere = (test: (at: number) => boolean) => new Set(placed.filter((p) => test(p.at)).map((p) => p.claim.id));
  const asideIds = idsWhere((at) => inAside(ctx.lex.patterns.aside, ctx.view, ctx.sentence.span, at));
  const afterIds = idsWhere((at) => at > answerAt);
  const asides = new Set(claims.filter((c) => asideIds.has(c.id)));
  const afterAnswer = new Set(claims.filter((c) => afterIds.has(c.id)));
  return { claims, attribution, asides, afterAnswer, ...(responsibility ? { responsibility } : {}) };
}

/** One draft per trigger hit of each clause, its roles filled, its type refined. */
function draftClaims(ctx: SentenceContext, hits: TriggerHit[], refs: ReferenceTracker, times: readonly TimeMention[], attribution: SentenceAttribution): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  for (const clause of ctx.clauses) {
    const subj = subjectOf(ctx, clause.span, clause.span.end)[0] ?? refs.resolveAt(ctx.view, clause.span, ctx.masks);
    const inClause = hits.filter((h) => h.span.start >= clause.span.start && h.span.end <= clause.span.end);
    // "suspended military aid to Niger", "rejected the ceasefire": what a sanction or a rejection is aimed at did not
    // take place; the noun is the act's object, not a claim of its own.
    const cancelled = new Set<TriggerHit>();
    // "L'ONU a dénoncé des exécutions sommaires de civils": the harm a condemnation names is the condemner's claim.
    const condemnedBy = new Map<TriggerHit, ClaimDraft>();
    // "a bombardé des zones tenues par les rebelles": the strike whose object a holder participle describes.
    const struckGroundOf = new Map<TriggerHit, ClaimDraft>();
    inClause.forEach((hit, i) => {
      if (cancelled.has(hit)) return;
      // "Russian missiles struck Kyiv, killing at least 11 people", "…, tuant 11 personnes": a participle after a
      // comma tells what the violence before it did; its toll is that happening's, with no doer of its own.
      const prev = inClause[i - 1];
      if (prev && VIOLENT.has(prev.trigger.type) && VIOLENT.has(hit.trigger.type) && hit.trigger.voice === 'active' && ctx.lex.patterns['adjunct-participle'].test(ctx.view.slice(prev.span.end, hit.span.end))) return;
      const next = inClause.slice(i + 1).find((h) => h.trigger.voice !== 'adverbial' || hit.trigger.type === 'take-part');
      // "Des milliers de manifestants ont défilé à Alger": a crowd noun (an actor too) that is the subject of the protest
      // verb after it is that protest's doer, not a second protest.
      const crowd = hit.trigger.voice === 'nominal' && PROTESTS.has(hit.trigger.type) && ctx.actors.some((a) => a.span.start < hit.span.end && hit.span.start < a.span.end);
      if (crowd && next && next.trigger.voice === 'active' && PROTESTS.has(next.trigger.type) && ctx.lex.patterns['noun-subject-gap'].test(ctx.view.slice(hit.span.end, next.span.start))) return;
      // "Israeli air strikes killed 20 people in Gaza": a violent noun that is the subject of the violent verb after
      // it reaches over that verb, so the place and toll of the verb's complement are the strike's too.
      // A gerund right before that verb is such a noun too ("Rebel shelling killed three people in Damascus").
      const gerund = hit.trigger.voice === 'active' && /ing$/u.test(ctx.lower.slice(hit.span.start, hit.span.end)) && next !== undefined && /^\s+$/u.test(ctx.view.slice(hit.span.end, next.span.start));
      const subjectOfNext =
        next !== undefined &&
        (hit.trigger.voice === 'nominal' || gerund) &&
        VIOLENT.has(hit.trigger.type) &&
        next.trigger.voice === 'active' &&
        VIOLENT.has(next.trigger.type) &&
        ctx.lex.patterns['noun-subject-gap'].test(ctx.view.slice(hit.span.end, next.span.start));
      // "were killed in an attack on a UN camp at Aguelhok": a toll told with the violent noun it came from reaches over
      // that noun, whose place is the toll's too.
      const tollOfNext = next !== undefined && hit.trigger.type === 'killing' && next.trigger.voice === 'nominal' && VIOLENT.has(next.trigger.type) && ctx.lex.patterns['toll-link'].test(withoutTimes(ctx.view, hit.span.end, next.span.start, times));
      // "an offensive to retake Mosul", "une offensive pour reprendre Raqqa": an offensive goes where its aim lies.
      const aimOfNext = next !== undefined && hit.trigger.type === 'offensive' && next.trigger.type === 'take-control' && ctx.lex.patterns['offensive-aim'].test(ctx.view.slice(hit.span.end, next.span.start));
      // "ont arrêté des dizaines de manifestants à Dakar": a noun trigger that is the verb's object (an article or a
      // quantity between) does not end the verb's complement.
      // A time between the verb and its object is no part of the gap ("a dénoncé vendredi l'exécution de …").
      const gap = next ? withoutTimes(ctx.view, hit.span.end, next.span.start, times) : '';
      const quantity = next ? ctx.lex.objectQuantity.exec(ctx.view.slice(hit.span.end, next.span.end)) : null;
      const objectIsNext = next !== undefined && hit.trigger.voice === 'active' && next.trigger.voice === 'nominal' && (ctx.lex.mentionLead.test(gap) || (quantity !== null && quantity[0].length >= gap.length));
      if (objectIsNext && next && CANCELS_OBJECT.has(hit.trigger.type)) cancelled.add(next);
      // "threatened sanctions against …": what is threatened, named right after, is not done (whatever its voice).
      // "threatened Belarus with new sanctions", « a menacé Minsk de sanctions »: so is what the threat holds out.
      // « a menacé la Serbie de frappes aériennes »: the noun's trigger may take in the link word ("de frappes").
      const nextLead = next ? (/^\S+\s+/u.exec(ctx.view.slice(next.span.start, next.span.end))?.[0] ?? '') : '';
      if (next && hit.trigger.type === 'threaten' && (ctx.lex.mentionLead.test(gap) || ctx.lex.patterns['threat-content'].test(gap) || ctx.lex.patterns['threat-content'].test(gap + nextLead))) cancelled.add(next);
      // "Twenty trucks carrying food entered Gaza": aid that arrives reaches over the verb of its arrival to the place.
      const arrives = hit.trigger.type === 'aid' && hit.trigger.voice === 'nominal' && ctx.lex.patterns['aid-arrival'].test(ctx.view.slice(hit.span.end, clause.span.end));
      // "shelled rebel-held areas of Aleppo", "bombed IS-held villages near Palmyra": a holder's participle inside the
      // object names whose ground was struck; the object, and its place, reach on past it to the trigger after.
      const heldObject = next !== undefined && VIOLENT.has(hit.trigger.type) && next.trigger.type === 'control' && next.trigger.voice === 'participle' && ctx.lex.patterns['held-object-gap'].test(withoutTimes(ctx.view, hit.span.end, next.span.start, times));
      const afterHeld = heldObject ? inClause.slice(i + 1).find((h) => h !== next && h.span.start >= next.span.end)?.span.start : undefined;
      const reach = hit.trigger.type === 'take-part' || subjectOfNext || aimOfNext || objectIsNext || arrives || tollOfNext ? clause.span.end : heldObject ? (afterHeld ?? clause.span.end) : (next?.span.start ?? clause.span.end);
      // An act denied as the denier's own has its roles inside the denial ("…, despite a report by UN experts" is not).
      const ownDenial = ownPartDenialAround(hit.span, attribution);
      const rightEnd = ownDenial ? Math.min(reach, ownDenial.span.end) : reach;
      const d = newDraft(hit.trigger, hit.span, clause, ctx.sentence.span);
      if (subjectOfNext) d.subjectOfHarm = true;
      if (arrives) d.aidArrives = true;
      if (hit.reduced) d.reduced = true;
      const condemner = condemnedBy.get(hit)?.agent;
      if (condemner) d.condemnedBy = condemner;
      fillRoles(ctx, d, rightEnd, refs);
      if (ownDenial) applyOwnPartDenial(d, ownDenial);
      applyAccusation(ctx, d);
      refineType(ctx, d);
      // "were ready to resume fighting if the talks failed", "promised to retaliate with force": willingness to use
      // force is a threat (CAMEO 13), not an offer to cooperate.
      if (d.type === 'agree' && d.trigger.voice === 'active' && next && VIOLENT.has(next.trigger.type) && ctx.lex.patterns['force-intent-gap'].test(ctx.view.slice(hit.span.end, next.span.start))) {
        d.type = 'threaten';
        d.explain.push({ field: 'type', value: 'threaten', because: `willingness or a promise to use force ("${ctx.view.slice(hit.span.start, next.span.end)}") is a threat` });
      }
      applyAnnouncement(ctx, d);
      // "condemned the summary execution of": an adjective may stand between the article and the harm.
      const condemned = next && (objectIsNext || (hit.trigger.voice === 'active' && next.trigger.voice === 'nominal' && ctx.lex.mentionLead.test(gap.replace(/\p{Ll}+\s+$/u, ''))));
      if (condemned && next && d.type === 'disapprove' && CONDEMNABLE.has(next.trigger.type)) condemnedBy.set(next, d);
      if (heldObject && next) struckGroundOf.set(next, d);
      // The holder of the ground struck is whom the strike was aimed at, when nothing else names a target.
      const strike = struckGroundOf.get(hit);
      if (strike && !strike.target && d.agent && d.agent.actorId !== strike.agent?.actorId) {
        strike.target = d.agent;
        strike.explain.push({ field: 'target', value: d.agent.actorId, because: `holder of the ground struck ("${ctx.view.slice(hit.span.start, hit.span.end)}")` });
      }
      drafts.push(d);
    });
    if (subj) refs.noteSubject(subj);
  }
  attachAdverbialSupport(drafts);
  return drafts;
}

/** "l'armée a annoncé la chute de Y": the army says so, and, naming no other taker, took it. */
function applyAnnouncement(ctx: SentenceContext, d: ClaimDraft): void {
  if (d.trigger.voice === 'active' || d.trigger.voice === 'apposition' || d.trigger.voice === 'adverbial') return;
  const cue = ctx.lex.announce.flatMap((c) => matchesIn(c.re, ctx.view, d.clause.span.start, d.triggerSpan.start)).at(-1);
  if (!cue) return;
  const who = subjectOf(ctx, d.clause.span, cue.start)[0] ?? mentionBefore(ctx.actors, cue.start, 12);
  if (!who) return;
  ctx.scopes.push({ span: { start: cue.end, end: d.clause.span.end }, hedged: false, claimant: claimantFromActor(who, `announcement "${cue.text}"`, 'announcement') });
  // A state's leader speaks for its forces ("Iraqi Prime Minister Haider al-Abadi a proclamé la victoire"); the
  // director of a monitor does not.
  const leader = who.actorType === 'person' && (who.affiliationType === 'state' || who.affiliationType === 'state-force');
  if (!d.agent && (ARMED.has(who.actorType) || leader) && HAPPENINGS.has(d.type)) {
    d.agent = actorRef(who, 'announcer');
    d.explain.push({ field: 'agent', value: who.actorId, because: `${leader ? "a state's leader" : 'an armed actor'} announcing "${d.type}" with no other agent named announces its own (${cue.text})` });
  } else if (!d.agent && SPEAKER_ACTS.has(d.type) && !VIOLENT.has(d.type)) {
    // "Karim Khan a annoncé l'ouverture d'une enquête", "the EU announced new sanctions": words and measures are the
    // announcer's own.
    d.agent = actorRef(who, 'announcer');
    d.explain.push({ field: 'agent', value: who.actorId, because: `one announcing "${d.type}" with no other agent named announces its own (${cue.text})` });
  }
}

/** Acts whose object noun names what they stop, refuse, forbid or threaten: the object is no happening of its own. */
const CANCELS_OBJECT: ReadonlySet<string> = new Set(['sanction', 'reject', 'threaten', 'coerce']);
/** Types whose trigger's own tense or modal is the act: "will not accept" rejects, "boycottera … à moins que" threatens. */
const OWN_TENSE: ReadonlySet<string> = new Set(['reject', 'threaten']);

/** The happenings that move a place from one side to another. */
const CONTROL_CHANGES: ReadonlySet<string> = new Set(['take-control', 'lose-control', 'withdraw']);

/** The text from `start` to `end` with the time mentions inside it left out. */
function withoutTimes(view: string, start: number, end: number, times: readonly TimeMention[]): string {
  let out = '';
  let at = start;
  for (const t of times.filter((x) => x.span.start >= start && x.span.end <= end).sort((a, b) => a.span.start - b.span.start)) {
    out += view.slice(at, t.span.start);
    at = t.span.end;
  }
  return out + view.slice(at, end);
}

/** Harms and abuses whose naming in a condemnation is the condemner's claim. */
const CONDEMNABLE: ReadonlySet<string> = new Set([...VIOLENT, 'arrest', 'repress', 'coerce']);

/** The condemner of a harm named as a condemnation's object, as its claimant. */
function condemnerClaimant(ctx: SentenceContext, d: ClaimDraft): Claimant | undefined {
  const mention = d.condemnedBy?.mentionId ? ctx.actors.find((a) => a.id === d.condemnedBy?.mentionId) : undefined;
  return mention ? claimantFromActor(mention, 'object of a condemnation (claim-triggers.tsv, disapprove)', 'statement') : undefined;
}

/**
 * "X accused Y of shelling civilian areas": the violence is the accused's, as the accuser tells it; so is another act
 * right after the link ("of supplying drones"). What else the sentence goes on to tell ("… and imposed sanctions")
 * is the accuser's own act.
 */
function applyAccusation(ctx: SentenceContext, d: ClaimDraft): void {
  const scope = ctx.scopes.find((s) => s.accused !== undefined && d.triggerSpan.start >= s.span.start && d.triggerSpan.start < s.span.end);
  if (!scope) return;
  // "accused Iran of supplying drones to Russia", "accused Chad of allowing arms to reach the RSF": outside
  // violence, only the act right after the link, in place of the accuser read as its subject.
  const accuser = scope.claimant.actorId;
  // At most one word between the link and the act ("of allowing", "d'avoir fourni"; not "for allowing the protest").
  const rightAfter = /^\s*(?:\p{L}+\s+)?$/u.test(ctx.view.slice(scope.span.start, d.triggerSpan.start));
  if (!VIOLENT.has(d.type) && (!scope.accused || !rightAfter || d.agent?.actorId !== accuser)) return;
  d.coAgents = [];
  if (scope.accused) {
    d.agent = scope.accused;
    d.explain.push({ field: 'agent', value: scope.accused.actorId, because: `the accused: ${scope.claimant.label} says they did it (${scope.claimant.cue})` });
  } else {
    d.agent = undefined;
    d.explain.push({ field: 'agent', value: '-', because: `both sides accuse each other: no doer is claimed (${scope.claimant.cue})` });
  }
}

/** "reprise avec l'aide de l'armée de l'air russe": the helper supports the happening next to it. */
function attachAdverbialSupport(drafts: ClaimDraft[]): void {
  for (const d of drafts.filter((x) => x.trigger.voice === 'adverbial')) {
    const host = drafts.filter((x) => x !== d && x.clause === d.clause && x.trigger.voice !== 'adverbial' && HAPPENINGS.has(x.type)).sort((a, b) => Math.abs(a.triggerSpan.start - d.triggerSpan.start) - Math.abs(b.triggerSpan.start - d.triggerSpan.start))[0];
    if (!host || !d.agent) continue;
    if (!host.supporters.some((s) => s.actorId === d.agent?.actorId)) host.supporters.push(d.agent);
    d.target = host.agent;
    d.eventPlaces = [];
  }
}

/**
 * "Russia denied any involvement in the strike on the dam", "le Rwanda dément tout soutien au M23": the act denied as
 * the denier's own has the denier as its doer when its own words name none.
 */
function applyOwnPartDenial(d: ClaimDraft, own: DeniedSpan): void {
  if (d.agent || !own.speaker) return;
  d.agent = { ...own.speaker, via: DENIES_OWN_PART };
  d.explain.push({ field: 'agent', value: own.speaker.label, because: `${own.speaker.label} denies its own part: the one said to have done it` });
}

/** The denial of one's own part a trigger lies in, if any. */
function ownPartDenialAround(span: TextSpan, attribution: SentenceAttribution): DeniedSpan | undefined {
  return attribution.deniedSpans.find((s) => s.ownPart && s.span.start <= span.start && span.end <= s.span.end);
}

/** A claim needs someone or somewhere: "Cette attaque a été lancée" alone says nothing new. */
function isWorthKeeping(d: ClaimDraft, ctx: SentenceContext): boolean {
  // Help given is news whatever it answers: "sent relief supplies to earthquake victims" is aid (CAMEO 07).
  if (d.type !== 'aid' && ctx.lex.offTopic.some((c) => matchesIn(c.re, ctx.view, d.clause.span.start, d.clause.span.end).length > 0)) return false;
  // A verb of the general list is weak evidence: it makes a claim only with a known actor doing it, and someone or
  // somewhere it was done to or at.
  if (d.trigger.general && !(d.agent && (d.target || d.eventPlaces.length || d.fromActor))) return false;
  // "An attack on a checkpoint in Kidal killed ten soldiers": a strike that harmed at a named place is news, whoever
  // struck.
  if (d.subjectOfHarm && d.eventPlaces.length) return true;
  // "dans leur offensive contre l'EI": a noun with neither doer nor place is a reference, not news.
  if (d.trigger.voice === 'nominal' && !d.agent && !d.eventPlaces.length) return false;
  if (d.type === 'support' || d.type === 'alliance') return Boolean(d.agent && d.target);
  // "Hundreds of refugees crossed into Chad": unarmed people crossing a border flee; no armed side crossed.
  if (d.type === 'cross-border' && d.agent?.actorType === 'civilians') return false;
  // "Twenty trucks carrying food crossed into Gaza", "l'aide humanitaire est entrée à Gaza": aid that arrives at a
  // named place is news, whoever sent it.
  if (d.aidArrives && d.eventPlaces.length) return true;
  // "No attack was reported overnight in Kidal", "aucun convoi n'est entré dans la Ghouta": a harm or help said not to
  // have come to a named place is news, whoever would have brought it.
  if (d.trigger.voice === 'nominal' && d.eventPlaces.length && (VIOLENT.has(d.type) || d.type === 'aid') && deniedNoun(ctx, d)) return true;
  if (d.type === 'lose-control') return Boolean(d.fromActor || d.eventPlaces.length);
  // "les combats se poursuivent aux abords de la ville": fighting at a place is news even with no side named.
  if (d.type === 'fighting') return Boolean(d.agent || d.target || d.eventPlaces.length);
  // "Kharkiv was attacked overnight": a place attacked is news whoever attacked it — unless the passive names a doer
  // no actor answers to ("struck by lightning", "attacked by fans").
  const placeOnly = d.trigger.voice !== 'passive' || !namesUnknownDoer(ctx, d);
  if (d.type === 'attack') return Boolean(d.agent || d.target || (d.trigger.voice === 'passive' && placeOnly && d.eventPlaces.length));
  // "le lancement de l'offensive pour reprendre Mossoul": an offensive at a named place is news, whoever leads it.
  if (d.type === 'offensive') return Boolean(d.agent || d.target || d.eventPlaces.length);
  // "Three soldiers were killed near Tikrit", "air strikes on Idlib": harm at a place is news, whoever did it.
  // An active verb whose subject is no actor ("a hurricane pounded Florida", "runners took to the streets") is
  // not about the conflict, whatever the place.
  // A bomb that "exploded" and a crowd of "hundreds of people" that "protested" are subjects of their own.
  if (d.trigger.voice === 'active' && d.type === 'protest' && !d.agent) return Boolean(d.eventPlaces.length && crowdBefore(ctx, d));
  if (d.trigger.voice === 'active' && VIOLENT.has(d.type) && d.trigger.type !== 'bombing') return Boolean(d.agent || d.target);
  if (VIOLENT.has(d.type)) return Boolean(d.agent || d.target || (placeOnly && d.eventPlaces.length));
  if (d.type === 'protest') return Boolean(d.agent || d.eventPlaces.length);
  // "Aung San Suu Kyi … were detained in early morning raids", "a US national has been put under investigation":
  // an arrest or an investigation is news with only the person it is aimed at named.
  // "A truce took hold in Tripoli": a ceasefire at a named place is news though its parties go unnamed; so is a
  // curfew or state of emergency declared there ("Emergency rule was declared in Colombo").
  const declared = d.type === 'coerce' && d.trigger.voice === 'passive' && ctx.lex.patterns['declared-measure'].test(ctx.view.slice(d.triggerSpan.start, d.triggerSpan.end));
  if ((d.type === 'ceasefire' || declared) && d.eventPlaces.length) return true;
  // "Two French hostages were released in Mali": so is a release with only its captives named.
  if (RELATIONAL.has(d.type)) return Boolean(d.agent || ((d.type === 'arrest' || d.type === 'investigate' || d.type === 'release') && d.target));
  // "a repris une centaine de km² aux jihadistes de l'EI": ground taken from a named side is news without a place name.
  return Boolean(d.agent && (d.eventPlaces.length || d.target || d.fromActor || d.type === 'cross-border' || d.type === 'withdraw' || d.type === 'take-part'));
}

/** The trigger opens with a determiner that denies it, or follows one ("no attack", "aucun raid aérien"). */
function deniedNoun(ctx: SentenceContext, d: ClaimDraft): boolean {
  const head = ctx.view.slice(Math.max(d.clause.span.start, d.triggerSpan.start - 16), d.triggerSpan.start);
  const own = ctx.view.slice(d.triggerSpan.start, d.triggerSpan.end).split(/\s+/u)[0] ?? '';
  return ctx.lex.patterns['no-determiner'].test(head) || ctx.lex.patterns['no-determiner'].test(`${own} `);
}

/** Words right after a passive trigger that name its doer ("by"), with no actor found for it: a storm, a crowd. */
function namesUnknownDoer(ctx: SentenceContext, d: ClaimDraft): boolean {
  if (d.agent) return false;
  const words = ctx.view.slice(d.triggerSpan.end, d.triggerSpan.end + 30).trim().split(/\s+/u);
  const leads = [words.slice(0, 1), words.slice(0, 2)].map((w) => ` ${w.join(' ')}`);
  if (!ctx.lex.roleCues.some((c) => c.kind === 'agent' && leads.some((lead) => c.re.test(lead)))) return false;
  // "frappée par des drones", "struck by missiles": the means of force, not an unknown doer.
  const phrase = { start: d.triggerSpan.end, end: Math.min(d.sentenceSpan.end, d.triggerSpan.end + 30) };
  return !ctx.lex.instruments.some((c) => matchesIn(c.re, ctx.view, phrase.start, phrase.end).length > 0);
}

/** `supposed`: the sentence's conditions (hypotheticalSpans), read once per sentence. */
function finalize(ctx: SentenceContext, d: ClaimDraft, times: readonly TimeMention[], outlet: Claimant, attribution: SentenceAttribution, supposed: readonly TextSpan[]): Claim[] {
  const wording = wordingStatus(ctx, d.triggerSpan, d.clause.span, OWN_TENSE.has(d.type) || d.trigger.voice === 'obligation');
  const attributed = ctx.scopes.filter((s) => s.span.start <= d.triggerSpan.start && d.triggerSpan.end <= s.span.end).sort((a, b) => b.span.start - a.span.start)[0];
  const denied = attribution.deniedSpans.find((s) => s.span.start <= d.triggerSpan.start && d.triggerSpan.end <= s.span.end);
  const explain: ExplainEntry[] = [...d.explain, ...wording.explain];
  let status = wording.status;
  // An apposition ("le Hezbollah, allié du régime") is the outlet describing an actor, whoever the sentence quotes.
  const ownVoice = d.trigger.voice === 'apposition';
  const scope = ownVoice ? undefined : attributed;
  const condemner = !scope && !denied ? condemnerClaimant(ctx, d) : undefined;
  const claimants: Claimant[] = [denied?.claimant ?? scope?.claimant ?? condemner ?? outlet];
  const claimantWhy = scope || denied ? `attribution cue ${claimants[0]!.cue}` : condemner ? `the one who condemns it (${condemner.cue})` : 'no attribution in the sentence: the outlet asserts it';
  explain.push({ field: 'claimant', value: claimants[0]!.label, because: claimantWhy });
  const ownForces = speakersOwnForces(ctx, d.agent, claimants[0]);
  if (ownForces) explain.push({ field: 'agent', value: ownForces.actorId, because: `forces of no nationality that "${claimants[0]!.label}" tells of are its own` });
  const placeOwned = ownForces ? undefined : genericOfPlace(ctx, d.agent);
  if (placeOwned) explain.push({ field: 'agent', value: placeOwned.actorId, because: `a description with no country, and a place after "of": ${placeOwned.via}` });
  const agent = ownForces ?? placeOwned ?? d.agent;
  // "tried to assassinate the prime minister", "a tenté de prendre d'assaut la base", "tried to hack into the army's
  // computers": a violent or coercive act attempted happened as an attempt, whatever its outcome; a place only tried
  // for was not taken.
  if (status === 'intended' && wording.qualifiers.includes('attempted') && (VIOLENT.has(d.type) || d.type === 'coerce') && !ATTEMPT_IS_INTENT.has(d.type)) {
    status = 'asserted';
    explain.push({ field: 'status', value: 'asserted', because: `an attempted ${d.type} took place as an attempt (qualifier "attempted")` });
  }
  if (denied) status = 'denied';
  else if (d.orderedBy && status === 'asserted') {
    status = 'intended';
    explain.push({ field: 'status', value: 'intended', because: `ordered ("${d.orderedBy}"), not yet done` });
  } else if (scope?.hedged && status === 'asserted') {
    status = 'hedged';
    explain.push({ field: 'status', value: 'hedged', because: `unnamed sources ("${scope.claimant.label}")` });
  }
  const qualifiers = [...wording.qualifiers, ...scopeQualifiers(ctx, d)];
  // "will withdraw its force unless …": an intention with a condition is a threat (CAMEO 13), not a promise.
  const condition =
    status === 'intended'
      ? (ctx.lex.scope.filter((c) => c.kind === 'conditional').flatMap((c) => matchesIn(c.re, ctx.view, d.triggerSpan.end, d.sentenceSpan.end))[0] ??
        supposed.find((h) => h.end <= d.triggerSpan.start))
      : undefined;
  if (condition) {
    qualifiers.push('conditional');
    explain.push({ field: 'qualifiers', value: 'conditional', because: `"${ctx.view.slice(condition.start, condition.end)}" after an intended ${d.type}` });
  }
  // A condemned harm's time is its own: "vendredi" before the noun is when it was condemned.
  const ownTimes = d.condemnedBy ? times.filter((t) => t.span.start >= d.triggerSpan.start) : times;
  const time = claimTime(ctx, d.clause, ownTimes, ctx.doc.report.publishedAt, d.triggerSpan, status === 'intended' && wording.future === true);
  explain.push({ field: 'time', value: `${time.from}..${time.to} (${time.precision})`, because: time.resolvedBy });
  const found = findInstrument(ctx, d);
  if (found) explain.push(found.explain);
  const instrument = found?.instrument;
  const places = d.eventPlaces.length ? d.eventPlaces : [undefined];
  return places.map((p) => {
    const place = p ? toClaimPlace(p.mention, 'event', p.relation) : undefined;
    const id = claimId(ctx.doc.report.id, d, place?.placeId);
    return {
      id,
      reportId: ctx.doc.report.id,
      type: d.type,
      roles: { ...(agent ? { agent } : {}), coAgents: d.coAgents, ...(d.target ? { target: d.target } : {}), supporters: d.supporters, ...(d.fromActor ? { fromActor: d.fromActor } : {}) },
      ...(place ? { place } : {}),
      otherPlaces: d.otherPlaces.map((o) => toClaimPlace(o.mention, 'mentioned', o.relation)),
      time,
      claimants: [...claimants],
      status,
      qualifiers,
      ...(instrument ? { instrument } : {}),
      evidence: [d.sentenceSpan],
      trigger: { start: d.triggerSpan.start, end: d.triggerSpan.end },
      confidence: confidenceOf(status, d),
      extractor: `${d.trigger.id}@1`,
      explain,
    };
  });
}

function scopeQualifiers(ctx: SentenceContext, d: ClaimDraft): string[] {
  const { start, end } = d.clause.span;
  const hits = ctx.lex.scope
    .filter((c) => c.kind === 'partial' || c.kind === 'recent')
    .flatMap((c) => matchesIn(c.re, ctx.view, start, end).map((m) => ({ m, kind: c.kind })));
  if (hits.length === 0) return [];
  // "The SDF, which control much of the eastern bank, had been advancing": a relative aside that does not hold the
  // trigger qualifies its own verb, not the claim. Looked for only when a qualifier matched (a per-claim hot path).
  const asides = matchesIn(ctx.lex.patterns['relative-aside'], ctx.view, start, end).filter((a) => !insideAny(d.triggerSpan, [a]));
  return hits.filter(({ m }) => !insideAny(m, asides)).map(({ m, kind }) => (kind === 'recent' ? 'recent' : `partial: ${ctx.doc.report.text.slice(m.start, m.end)}`));
}

function toClaimPlace(m: import('../../model/mention.js').PlaceMention, role: 'event' | 'mentioned', relation?: string): ClaimPlace {
  const c = m.candidates[0];
  return {
    placeId: c?.placeId ?? 'unresolved',
    name: c?.name ?? '',
    lat: c?.lat ?? 0,
    lon: c?.lon ?? 0,
    countryCode: c?.countryCode ?? '',
    ...(c?.admin1 ? { admin1: c.admin1 } : {}),
    precision: relation && relation !== 'in' && role === 'event' && m.precision === 'locality' ? 'near-locality' : m.precision,
    role,
    ...(relation && relation !== 'in' ? { relation } : {}),
    mentionId: m.id,
    span: m.span,
  };
}

function confidenceOf(status: Claim['status'], d: ClaimDraft): number {
  const base = { asserted: 0.8, confirmed: 0.9, hedged: 0.5, intended: 0.6, negated: 0.7, denied: 0.6 }[status];
  const viaAnaphor = [d.agent, d.target, d.fromActor].some((r) => r?.via.startsWith('anaphor'));
  // A claim read off the general verb list, not a curated trigger, is trusted less.
  const general = d.trigger.general ? 0.75 : 1;
  return Math.round((viaAnaphor ? base * 0.9 : base) * general * 100) / 100;
}

function claimId(reportId: string, d: ClaimDraft, placeId: string | undefined): string {
  const h = createHash('sha256').update(`${reportId}|${d.type}|${d.triggerSpan.start}|${placeId ?? ''}`).digest('hex');
  return `c_${h.slice(0, 16)}`;
}

/** The violent trigger of a claim of responsibility's object, when no violent trigger comes before the cue. */
function attackInsideCue(ctx: SentenceContext, r: ResponsibilityClaim, hits: readonly TriggerHit[]): TriggerHit[] {
  if (hits.some((h) => h.span.end <= r.span.start && VIOLENT.has(h.trigger.type))) return [];
  const inside = (h: TriggerHit) => h.span.start >= r.span.start && h.span.start < r.span.end && VIOLENT.has(h.trigger.type);
  const unmasked = findTriggers({ ...ctx, masks: ctx.masks.filter((m) => !r.masks.includes(m)) }).filter(inside);
  return unmasked.slice(0, 1);
}
