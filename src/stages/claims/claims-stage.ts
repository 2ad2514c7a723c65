import { BLAMED_BY_ANOTHER, DENIES_OWN_PART, type ActorRef, type Claim, type Claimant } from '../../model/claim.js';
import type { ActorMention, PlaceMention, TimeMention } from '../../model/mention.js';
import type { Stage } from '../../pipeline/stage.js';
import { claimsOfSentence } from './build-claims.js';
import type { ClaimLexicon } from './claim-lexicon.js';
import { loadClaimLexicon } from './claim-lexicon.js';
import { loadCasualtyLexicon } from './casualties.js';
import { ReferenceTracker, resolveDescriptors } from './coreference.js';
import { actorRef, mentionBefore } from './mention-lookup.js';
import { VIOLENT } from './type-families.js';
import { applyIdentities, mergeWithinReport, supportFromSupporters } from './merge-claims.js';
import { RESPONSIBILITY_REACH, claimedAttack } from './responsibility.js';
import { roleOf } from './roles.js';
import type { SentenceContext } from './sentence-context.js';
import { lowerView, matchingView } from './text-view.js';
import { languageCodes } from '../../resources/languages.js';

/**
 * Claims: who did what to whom, where, when, and who says so. Rules and word lists come from
 * `resources/lexicons/<lang>/`, so a language is added by data files alone.
 */
export function createClaimStage(langs: readonly string[] = languageCodes()): Stage {
  const lexicons = new Map<string, ClaimLexicon>(langs.map((l) => [l, loadClaimLexicon(l)]));
  const fallback = lexicons.get('en') ?? [...lexicons.values()][0]!;
  const casualtyLexicons = new Map(langs.map((l) => [l, loadCasualtyLexicon(l)]));
  return {
    id: 'claims.patterns@1',
    requires: ['sentences', 'actors', 'places', 'times'],
    assigns: ['claims', 'coref'],
    run(doc) {
      const lex = lexicons.get(doc.lang) ?? fallback;
      const view = matchingView(doc.report.text);
      const lower = lowerView(view);
      const named = doc.mentions.filter((m): m is ActorMention => m.kind === 'actor');
      const { added: descriptors, replaced } = resolveDescriptors(lex, view, named, named.length + 1);
      const actors = [...named.filter((a) => !replaced.has(a.id)), ...descriptors].sort((a, b) => a.span.start - b.span.start);
      const places = doc.mentions.filter((m): m is PlaceMention => m.kind === 'place');
      const times = doc.mentions.filter((m): m is TimeMention => m.kind === 'time');
      const refs = new ReferenceTracker(lex, actors, named.length + descriptors.length);
      const outlet: Claimant = { kind: 'outlet', label: doc.report.source.outlet ?? 'the outlet', cue: 'default: the report itself' };
      const bySentence: Claim[][] = [];
      const identities = new Map<string, ActorRef>();
      for (const sentence of doc.sentences) {
        const base: Omit<SentenceContext, 'scopes' | 'masks' | 'clauses'> = { doc, lex, view, lower, sentence, actors, places };
        const previous = bySentence.at(-1) ?? [];
        const casualtyLexicon = casualtyLexicons.get(lex.lang) ?? loadCasualtyLexicon(lex.lang);
        const attackToldBefore = bySentence.slice(-RESPONSIBILITY_REACH).some((cs) => cs.some((c) => VIOLENT.has(c.type)));
        let read = claimsOfSentence(base, refs, times, outlet, casualtyLexicon, { attackToldBefore });
        // "The minister confirmed that the army had retaken Kidal" with nothing before it to confirm: the minister's
        // own claim.
        if (read.attribution.confirmations.length && previous.length === 0) read = claimsOfSentence(base, refs, times, outlet, casualtyLexicon, { answersPrevious: false, attackToldBefore });
        const { claims: found, attribution, responsibility, asides, afterAnswer } = read;
        const claimed = responsibility ? claimedAttack(responsibility, found, bySentence, sentence.span) : undefined;
        if (claimed) addClaimed(found, claimed);
        // "L'information est confirmée par X" and "X a démenti" speak of the sentence before.
        if (attribution.confirmations.length) bySentence[bySentence.length - 1] = previous.map((c) => confirm(c, attribution.confirmations, sentence.span));
        // "X denied that the city had fallen": a denial whose own words make no claim speaks of the sentence before.
        const spanDenier = !found.some((c) => c.status === 'denied') ? attribution.deniedSpans[0]?.claimant : undefined;
        const denier = attribution.denialsOfPrevious[0] ?? spanDenier;
        const inSentence = attribution.denialsInSentence[0];
        // One who denies their own part ("a démenti toute implication") denies the harm, not the protest it met.
        const own = (by: Claimant) => attribution.deniersOfOwnPart.has(by);
        const deniable = (by: Claimant) => (c: Claim) => !own(by) || BLAMEABLE.has(c.type);
        if (inSentence) found.push(...answered(found.filter((c) => c.status !== 'denied' && deniable(inSentence)(c)), asides, afterAnswer).map((c) => deny(c, inSentence, sentence.span, own(inSentence), 'in the same sentence')));
        const confirmedHere = attribution.confirmationsInSentence;
        if (confirmedHere.length) {
          const targets = new Set(answered(found.filter((c) => c.status === 'asserted'), asides, afterAnswer));
          found.splice(0, found.length, ...found.map((c) => (targets.has(c) ? confirm(c, confirmedHere, sentence.span, 'in the same sentence') : c)));
        }
        // "Washington blamed Iran for it, which Tehran denied": the one blamed denies the blame laid on it here, not
        // the sentence before.
        const blamedOnDenier = denier ? found.filter((c) => c.roles.agent?.via === BLAMED_BY_ANOTHER && c.roles.agent.actorId === denier.actorId) : [];
        if (denier && blamedOnDenier.length) found.push(...blamedOnDenier.map((c) => deny(c, denier, sentence.span, true, 'in the same sentence')));
        else if (denier) found.push(...previous.filter(deniable(denier)).map((c) => deny(c, denier, sentence.span, own(denier))));
        noteIdentities({ ...base, clauses: [], scopes: [], masks: attribution.masks }, found, identities);
        if (found.length || !attribution.confirmations.length) bySentence.push(found);
      }
      const claims = bySentence.flat();
      const coref = refs.created();
      const finished = mergeWithinReport(supportFromSupporters(applyIdentities(claims, identities)));
      const mentions = doc.mentions.filter((m) => !replaced.has(m.id));
      return { ...doc, mentions: [...mentions, ...descriptors, ...coref], claims: finished };
    },
  };
}

/**
 * What an answer in the same sentence speaks to ("…, a annoncé l'armée nigérienne, ce qu'a confirmé le Pentagone"):
 * the claims of its main clauses (not of an aside: "Les rebelles du M23, soutenus par le Rwanda, affirment … , ce que
 * dément Kinshasa" is no denial of Rwanda's support), those someone is said to have made first.
 */
function answered(found: Claim[], asides: ReadonlySet<Claim>, afterAnswer: ReadonlySet<Claim>): Claim[] {
  const before = found.filter((c) => !afterAnswer.has(c));
  const main = before.filter((c) => !asides.has(c));
  const pool = main.length ? main : before;
  const attributed = pool.filter((c) => c.claimants[0]?.kind !== 'outlet');
  return attributed.length ? attributed : pool;
}

function confirm(c: Claim, by: Claimant[], span: { start: number; end: number }, where = 'in the next sentence'): Claim {
  const extra = by.filter((b) => !c.claimants.some((x) => x.label === b.label));
  if (!extra.length) return c;
  const status = c.status === 'asserted' ? 'confirmed' : c.status;
  return {
    ...c,
    claimants: [...c.claimants, ...extra],
    status,
    evidence: [...c.evidence, span],
    confidence: status === 'confirmed' ? Math.max(c.confidence, 0.9) : c.confidence,
    explain: [...c.explain, { field: 'status', value: status, because: `confirmed by ${extra.map((e) => e.label).join(', ')} ${where} (${extra[0]!.cue})` }],
  };
}

/** Acts someone is blamed for: violence, arrests and coercion. */
const BLAMEABLE: ReadonlySet<Claim['type']> = new Set([...VIOLENT, 'arrest', 'coerce']);

/**
 * The claim as its denier tells it. One who denies their own part ("L'armée syrienne a démenti toute
 * responsabilité") denies having done it: the denied claim names them as its doer.
 */
function deny(c: Claim, by: Claimant, span: { start: number; end: number }, ownPart = false, where = 'in the next sentence'): Claim {
  const explain = [...c.explain, { field: 'status', value: 'denied', because: `${by.label} denies it ${where} (${by.cue})` }];
  const roles = ownPart && by.actorId ? { ...c.roles, agent: { actorId: by.actorId, label: by.label, via: DENIES_OWN_PART }, coAgents: [] } : c.roles;
  if (roles !== c.roles) explain.push({ field: 'agent', value: by.label, because: `${by.label} denies its own part: the one said to have done it` });
  return {
    ...c,
    id: `${c.id}d`,
    roles,
    claimants: [by],
    status: 'denied',
    evidence: c.evidence.some((e) => e.start === span.start) ? c.evidence : [...c.evidence, span],
    confidence: 0.6,
    explain,
  };
}

/** "Ces derniers, regroupés sous la bannière des FDS, ...": the group the anaphor names is the SDF. */
function noteIdentities(ctx: SentenceContext, found: Claim[], identities: Map<string, ActorRef>): void {
  for (const a of ctx.actors.filter((m) => m.span.start >= ctx.sentence.span.start && m.span.end <= ctx.sentence.span.end)) {
    if (roleOf(ctx, a, ctx.sentence.span) !== 'identity') continue;
    const described = found.map((c) => c.roles.agent).find((r) => r && r.span && r.span.end <= a.span.start && r.actorId !== a.actorId);
    const host = described ?? (() => {
      const m = mentionBefore(ctx.actors, a.span.start, 60);
      return m ? actorRef(m) : undefined;
    })();
    if (host && host.actorId.startsWith('group:')) identities.set(host.actorId, actorRef(a, 'identity apposition'));
  }
}

/**
 * Adds the claimer's own claim about an attack. "Al-Shabaab said it carried out the bombing": the attack read in the
 * sentence is already the group's word (the claimant), so it is that claim completed with its doer, not a second one.
 */
function addClaimed(found: Claim[], claimed: Claim): void {
  const at = found.findIndex((c) => claimed.id === `${c.id}r`);
  const base = found[at];
  const sameSayer = base?.claimants.some((k) => k.actorId !== undefined && claimed.claimants.some((j) => j.actorId === k.actorId));
  if (base && sameSayer) found[at] = { ...claimed, id: base.id, evidence: base.evidence };
  else found.push(claimed);
}
