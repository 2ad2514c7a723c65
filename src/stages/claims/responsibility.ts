import { BLAMED_BY_ANOTHER, CLAIMS_RESPONSIBILITY, type Claim, type Claimant } from '../../model/claim.js';
import type { ActorMention } from '../../model/mention.js';
import type { TextSpan } from '../../model/span.js';
import { matchesIn } from './claim-lexicon.js';
import { actorRef, claimantFromActor, mentionBefore } from './mention-lookup.js';
import type { SentenceContext } from './sentence-context.js';
import { VIOLENT } from './type-families.js';

/** A group's claim to have carried out an attack: who claims it, and the words that say so. */
export interface ResponsibilityClaim {
  /** Who did it, by the claim: the group that claims it, or the one a third party blames. */
  claimer: ActorMention;
  /** "the government attributed the attack to the ELN": who blames another for the attack, and so says who did it. */
  blamer?: ActorMention;
  /** "a drone strike blamed on the United States": blamed by no one the report names. */
  blamedByUnnamed?: boolean;
  cue: string;
  span: TextSpan;
  /** The words no other claim may read: the cue's, and a doer blamed by no one named (no role of the outlet's own
   *  account). A blaming verb stays readable: "Kabul blamed the Haqqani network" is an accusation as well. */
  masks: TextSpan[];
}

/** How far the claimer may stand from the cue: "Islamic State's Afghan branch claimed". */
const CLAIMER_REACH = 30;

/** How many sentences back the attack a claim of responsibility speaks of may be told. */
export const RESPONSIBILITY_REACH = 2;

/**
 * "Islamic State claimed responsibility", "l'EI a revendiqué l'attentat", "an attack claimed by al-Shabaab": the
 * cue (responsibility-cues.tsv) and the group that claims; "blamed the attack on the ELN" (kind blame): the group
 * blamed and who blames it. The cue's words are masked, so "claimed the attack" adds
 * no attack of its own; the attack claimed is one the report told already.
 */
export function findResponsibility(ctx: SentenceContext): ResponsibilityClaim | undefined {
  const s = ctx.sentence.span;
  for (const cue of ctx.lex.responsibility) {
    for (const m of matchesIn(cue.re, ctx.view, s.start, s.end)) {
      // "claimed" is also a verb of saying, so the claimer may sit inside an attribution mask: all mentions count.
      const inSentence = ctx.actors.filter((a) => a.span.start >= s.start && a.span.end <= s.end);
      const after = inSentence.find((a) => a.span.start >= m.end && a.span.start - m.end <= CLAIMER_REACH);
      const before = mentionBefore(inSentence, m.start, CLAIMER_REACH);
      const said = { cue: `${cue.ref}: "${ctx.view.slice(m.start, m.end)}"`, span: { start: m.start, end: m.end }, masks: [{ start: m.start, end: m.end }] };
      // "qui a imputé l'attentat aux shebab": kind blame names the doer after the cue and the one who blames before.
      if (cue.kind === 'blame') {
        const verbEnd = m.start + (/^\S+/u.exec(m.text)?.[0].length ?? 0);
        const masks = verbEnd < m.end ? [{ start: verbEnd, end: m.end }] : [];
        if (after && before && after.actorId !== before.actorId) return { claimer: after, blamer: before, ...said, masks };
        continue;
      }
      if (cue.kind === 'blamed') {
        if (after) return { claimer: after, blamedByUnnamed: true, ...said, masks: [...said.masks, after.span] };
        continue;
      }
      const claimer = cue.kind === 'passive' ? after : before;
      if (claimer) return { claimer, ...said };
    }
  }
  return undefined;
}

/**
 * The claimer's own claim about the attack: the last violent claim of this sentence (the cue's own words tell none),
 * else of the RESPONSIBILITY_REACH sentences before, with the claimer as its doer and as the one who says so. The
 * report's own account stays as it is beside it: the outlet did not say who did it, the group did.
 */
export function claimedAttack(r: ResponsibilityClaim, here: readonly Claim[], before: readonly (readonly Claim[])[], sentence: TextSpan): Claim | undefined {
  const violent = (c: Claim) => VIOLENT.has(c.type) && c.status !== 'denied' && c.status !== 'negated' && c.status !== 'intended';
  const pool = [here, ...before.slice(-RESPONSIBILITY_REACH).reverse()];
  for (const claims of pool) {
    const attack = [...claims].reverse().find(violent);
    if (!attack) continue;
    const sayer = r.blamer ?? r.claimer;
    if (attack.roles.agent?.actorId === r.claimer.actorId && attack.claimants.some((k) => k.actorId === sayer.actorId)) return undefined;
    const blamed = Boolean(r.blamer || r.blamedByUnnamed);
    const agent = actorRef(r.claimer, blamed ? BLAMED_BY_ANOTHER : CLAIMS_RESPONSIBILITY);
    // "blamed on the United States" with no one named who blames: others' word, which the outlet only passes on.
    const claimant: Claimant = r.blamedByUnnamed ? { kind: 'unnamed', label: 'unnamed sources', cue: r.cue } : claimantFromActor(sayer, r.cue);
    return {
      ...attack,
      id: `${attack.id}r`,
      roles: { ...attack.roles, agent, coAgents: [] },
      claimants: [claimant],
      status: r.blamedByUnnamed ? 'hedged' : 'asserted',
      evidence: attack.evidence.some((e) => e.start === sentence.start) ? attack.evidence : [...attack.evidence, sentence],
      confidence: 0.7,
      explain: [
        ...attack.explain.filter((e) => e.field !== 'agent' && e.field !== 'claimant' && e.field !== 'status'),
        { field: 'agent', value: agent.actorId, because: r.blamer ? `blamed for it by ${r.blamer.label} (${r.cue})` : blamed ? `blamed for it (${r.cue})` : `claims to have done it (${r.cue})` },
        { field: 'claimant', value: claimant.label, because: r.blamer ? `who lays the blame (${r.cue})` : blamed ? `the blame is laid by no one named (${r.cue})` : `its own claim of responsibility (${r.cue})` },
        ...(r.blamedByUnnamed ? [{ field: 'status', value: 'hedged', because: `a doer others blame, not one the outlet asserts (${r.cue})` }] : []),
      ],
    };
  }
  return undefined;
}
