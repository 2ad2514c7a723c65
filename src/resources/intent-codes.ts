import type { ClaimType } from '../model/claim.js';

/**
 * CAMEO and PLOVER code a stated intention by its own verbal category, not as the act intended: "will send aid",
 * "offered to hand over" are an expression of intent to cooperate (CAMEO 03, PLOVER AGREE); "vowed to retake the
 * city" is a threat (CAMEO 13, PLOVER THREATEN). Sitrep keeps the act with status `intended`; this says how the
 * event schemes read it. Verbal acts themselves (a demand, a threat) are already what they are.
 */
const VERBAL: ReadonlySet<ClaimType> = new Set<ClaimType>(['agree', 'sign-agreement', 'threaten', 'demand', 'disapprove', 'reject', 'endorse', 'investigate']);
const HOSTILE: ReadonlySet<ClaimType> = new Set<ClaimType>([
  'take-control', 'attack', 'offensive', 'fighting', 'cross-border', 'shelling', 'airstrike', 'bombing', 'killing', 'abduction',
  'torture', 'sexual-violence', 'looting', 'riot', 'repress', 'besiege', 'arrest', 'coerce', 'sanction', 'mobilize', 'base-established', 'protest',
]);

export interface IntentCodes {
  cameo: string;
  plover: string;
  plover05: string;
}

/**
 * The codes of an intended claim, or undefined when the claim type is coded as itself whatever its status. A
 * condition ("will withdraw unless …") makes any intention a threat.
 */
export function intentCodes(type: ClaimType, conditional = false): IntentCodes | undefined {
  if (VERBAL.has(type)) return undefined;
  // "would meet the mediator if …", "will visit Dakar": an intent to meet or negotiate (CAMEO 036), even on a condition.
  if (type === 'consult') return { cameo: '036', plover: 'AGREE', plover05: 'AGREE' };
  return HOSTILE.has(type) || conditional ? { cameo: '130', plover: 'THREATEN', plover05: 'THREATEN' } : { cameo: '030', plover: 'AGREE', plover05: 'AGREE' };
}
