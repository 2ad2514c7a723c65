import type { TextSpan } from '../../model/span.js';
import { spansOverlap } from '../../model/span.js';
import type { Trigger } from './claim-lexicon.js';
import { matchesIn, triggerMayMatch } from './claim-lexicon.js';
import { findGeneralVerbs, type GeneralVerbs } from './general-verbs.js';
import { insideAny } from './mention-lookup.js';
import type { SentenceContext } from './sentence-context.js';

/** Where a sentence's claims start: the trigger matches, read as verbs or nouns, and the general verbs when none. */

export interface TriggerHit {
  trigger: Trigger;
  span: TextSpan;
  /** A participle read as a reduced relative clause ("soldiers killed in the ambush"): its patient is the noun before. */
  reduced?: boolean;
}

/** An actor mention ends right before `at` (spaces apart). */
export function actorEndsBefore(ctx: SentenceContext, at: number): boolean {
  return ctx.actors.some((a) => a.span.end <= at && /^\s*$/.test(ctx.view.slice(a.span.end, at)));
}

/** Non-overlapping trigger matches; on overlap the longer wins, then the one listed first. */
export function findTriggers(ctx: SentenceContext): TriggerHit[] {
  const { start, end } = ctx.sentence.span;
  const all: (TriggerHit & { order: number })[] = [];
  // The anchors are tested on the same lower-cased view the patterns run on.
  const lower = ctx.lower.slice(start, end);
  ctx.lex.triggers.forEach((trigger, order) => {
    // A sentence without any of the trigger's literal anchors cannot match it: the regex is not run.
    if (!triggerMayMatch(trigger, lower)) return;
    for (const m of matchesIn(trigger.re, ctx.lower, start, end)) {
      if (readsAsTrigger(ctx, trigger, m)) all.push({ trigger, span: { start: m.start, end: m.end }, order });
    }
  });
  // "Shelling in Kharkiv killed two people": a verb's form opening its sentence, with no subject before it, is a noun
  // (a declarative sentence does not open on its verb) where a noun trigger reads the same word.
  const nounAt = new Set(all.filter((o) => o.trigger.voice === 'nominal').map((o) => o.span.start));
  const opensAsNoun = (h: TriggerHit) => h.trigger.voice === 'active' && nounAt.has(h.span.start) && /^[\s"“«'‘]*$/u.test(ctx.view.slice(start, h.span.start));
  // "L'ONU a livré de l'aide humanitaire à Alep": a noun of the same type that a verb's match runs into is that
  // verb's object, however long the noun's own match.
  const objectOfVerb = (h: TriggerHit) =>
    h.trigger.voice === 'nominal' && all.some((v) => v.trigger.voice === 'active' && v.trigger.type === h.trigger.type && v.span.start < h.span.start && h.span.start < v.span.end);
  const hits = all.filter((h) => !opensAsNoun(h) && !objectOfVerb(h)).map((h) => asReducedRelative(ctx, h));
  hits.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.order - b.order);
  const kept: TriggerHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.span.start < k.span.end && k.span.start < h.span.end)) kept.push(h);
  return kept.sort((a, b) => a.span.start - b.span.start);
}

/** Whether a match of a trigger's forms at `m` is that trigger, not a noun, an adjective or a masked phrase. */
function readsAsTrigger(ctx: SentenceContext, trigger: Trigger, m: { start: number; end: number; text: string }): boolean {
  const { start } = ctx.sentence.span;
  if (insideAny(m, ctx.masks) || ctx.masks.some((k) => m.start < k.end && k.start < m.end)) return false;
  // "Cette attaque a été lancée": a demonstrative points back to a happening already told.
  if (ctx.lex.patterns.demonstrative.test(ctx.view.slice(Math.max(start, m.start - 8), m.start))) return false;
  // "before the assault", "a United Nations appeal": a verb's form used as a noun is not the verb.
  // The determiner must not be the end of a name: "Kim Jong Un a signé" is Kim Jong Un signing.
  if (trigger.voice === 'active' && ctx.lex.nounDeterminer.test(ctx.view.slice(Math.max(start, m.start - 18), m.start)) && !actorEndsBefore(ctx, m.start)) return false;
  // "the army's assault on Jisr al-Shughour": a form right after a possessive is a noun.
  if (trigger.voice === 'active' && ctx.lex.patterns['possessive-owner-before'].test(ctx.view.slice(Math.max(start, m.start - 30), m.start))) return false;
  // "citing testimony from released soldiers": a participle after a preposition describes a noun.
  const { before: prep, form: participle } = ctx.lex.participleAdjective;
  if (trigger.voice === 'active' && participle.test(m.text) && prep.test(ctx.view.slice(Math.max(start, m.start - 12), m.start))) return false;
  // "rejected a US offer", "an Iraqi appeal": a bare verb form after a determiner and a name is a noun.
  // A form marked as a verb anywhere in the match keeps it ("had retaken", "stopped work" after "the Serbian
  // Workers' Union").
  if (trigger.voice === 'active' && !ctx.lex.patterns['verb-marked'].test(m.text) && ctx.lex.patterns['noun-phrase-before'].test(ctx.view.slice(Math.max(start, m.start - 40), m.start))) return false;
  return !(trigger.voice === 'active' && headOfOfPhrase(ctx, m));
}

/** Types whose passive reading has rules of its own (a holder named after it, a helper after "by"). */
const NOT_REDUCED: ReadonlySet<string> = new Set(['support', 'control', 'presence']);

/**
 * "Benin welcomed Ghanaians expelled from Nigeria", "the army buried soldiers killed in the ambush": a participle of a
 * verb that takes an object, with a noun right before it and a preposition instead of an object after it, is a
 * reduced relative clause. It is read as passive, so that the clause's subject is not made the doer; its patient is
 * the noun before (fill-roles). The three patterns are the language's; without them no form is read this way.
 */
function asReducedRelative<H extends TriggerHit>(ctx: SentenceContext, h: H): H {
  if (h.trigger.voice !== 'active' || NOT_REDUCED.has(h.trigger.type)) return h;
  const { patterns } = ctx.lex;
  const at = h.span;
  const form = ctx.view.slice(at.start, at.end);
  const after = ctx.view.slice(at.end, at.end + 12);
  // Any past form with "by" and a named doer after it is passive ("villages shelled by the army", not "shortened by
  // one hour"); a listed one with any preposition.
  const listed = patterns['reduced-participle'].test(form) && patterns['reduced-after'].test(after);
  const byDoer = () => {
    const by = patterns['reduced-by'].exec(after);
    return by !== null && ctx.actors.some((a) => a.span.start >= at.end + by[0].length && ctx.lex.mentionLead.test(ctx.view.slice(at.end + by[0].length, a.span.start)));
  };
  if (!listed && !(patterns['past-form'].test(form) && byDoer())) return h;
  if (!patterns['reduced-head-before'].test(ctx.view.slice(Math.max(ctx.sentence.span.start, at.start - 30), at.start))) return h;
  return { ...h, trigger: { ...h.trigger, voice: 'passive' }, reduced: true };
}

/**
 * "turned down the government offer of an amnesty": a bare form with a determiner up to two words before it and
 * "of" right after is the head of a noun phrase, even when the words between name an actor. A verb marked as such
 * ("warned of", "accused of") or agreeing with a singular subject ("approves of") is not bare. The three patterns
 * are the language's (clause-patterns.tsv); a language without them never reads a form this way.
 */
function headOfOfPhrase(ctx: SentenceContext, m: { start: number; end: number; text: string }): boolean {
  const { patterns } = ctx.lex;
  if (patterns['verb-marked'].test(m.text) || !patterns['noun-head-form'].test(m.text) || !patterns['head-of-after'].test(ctx.view.slice(m.end, m.end + 6))) return false;
  // "the jihadists in control of": a preposition before the form makes it part of a phrase, not a head.
  if (patterns['phrase-preposition-before'].test(ctx.view.slice(Math.max(ctx.sentence.span.start, m.start - 8), m.start))) return false;
  return determinerWithinTwoWords(ctx, m.start);
}

/**
 * A sentence none of the triggers matched: the verbs of the general list, each as a trigger of the type its CAMEO
 * code makes, under the same checks. A word inside a name ("Hope", "Reading") or capitalised inside the sentence is
 * no verb. `supposed`: the sentence's conditions (hypotheticalSpans), read once by the caller.
 */
export function generalVerbHits(ctx: SentenceContext, gv: GeneralVerbs, supposed: readonly TextSpan[]): TriggerHit[] {
  const named = [...ctx.actors, ...ctx.places].map((m) => m.span);
  const out: TriggerHit[] = [];
  for (const h of generalSegments(ctx, supposed).flatMap((seg) => findGeneralVerbs(gv, ctx.lower, seg.start, seg.end))) {
    if (named.some((n) => spansOverlap(n, h.span))) continue;
    if (h.span.start > ctx.sentence.span.start && /\p{Lu}/u.test(ctx.view[h.span.start] ?? '')) continue;
    // "revoked its military accords": a determiner up to two words before makes the form a noun.
    if (nounAfterDeterminer(ctx, h.span.start)) continue;
    // "refugees fleeing Somalia": an -ing form right after a named group describes it; it is not the sentence's verb.
    if (/^\p{L}+ing\b/u.test(ctx.lower.slice(h.span.start, h.span.end)) && actorEndsBefore(ctx, h.span.start)) continue;
    const trigger: Trigger = { id: `general.${h.lemma}.${h.code}`, type: h.type, voice: h.passive ? 'passive' : 'active', re: NEVER, ref: h.ref, general: true };
    const m = { ...h.span, text: ctx.lower.slice(h.span.start, h.span.end) };
    if (readsAsTrigger(ctx, trigger, m) && !out.some((o) => spansOverlap(o.span, m))) out.push(asReducedRelative(ctx, { trigger, span: h.span }));
  }
  return out;
}

const NEVER = /(?!)/u;

/** A determiner of the language stands right before `at`, or one or two words before it, and no actor named
 *  between ("The Taliban flogged" is a verb). */
function nounAfterDeterminer(ctx: SentenceContext, at: number): boolean {
  return !actorEndsBefore(ctx, at) && determinerWithinTwoWords(ctx, at);
}

/** A determiner of the language stands right before `at`, or one or two words before it. */
function determinerWithinTwoWords(ctx: SentenceContext, at: number): boolean {
  let before = ctx.view.slice(Math.max(ctx.sentence.span.start, at - 40), at);
  for (let words = 0; words <= 2; words++) {
    if (ctx.lex.nounDeterminer.test(before)) return true;
    before = before.replace(/[\p{L}\p{N}'’-]+\s*$/u, '');
  }
  return false;
}

/**
 * Where a general verb and the words of its pattern are looked for: the sentence cut at punctuation, with no parse
 * to tell a verb's phrase from the next, and without what a condition supposes ("could struggle to hold the city if
 * the rebels regroup": no "attack if" threat).
 */
function generalSegments(ctx: SentenceContext, supposed: readonly TextSpan[]): TextSpan[] {
  const { start, end } = ctx.sentence.span;
  const cuts = [...ctx.view.slice(start, end).matchAll(/[,;:()[\]"“”«»]/gu)].map((m) => ({ start: start + (m.index ?? 0), end: start + (m.index ?? 0) + 1 }));
  const out: TextSpan[] = [];
  let at = start;
  for (const cut of [...cuts, ...supposed].sort((a, b) => a.start - b.start)) {
    if (cut.start > at) out.push({ start: at, end: cut.start });
    at = Math.max(at, cut.end);
  }
  if (at < end) out.push({ start: at, end });
  return out;
}
