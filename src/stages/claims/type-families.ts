import type { ClaimType } from '../../model/claim.js';
import { loadOntology } from '../../resources/ontology.js';

/**
 * Families of claim types that the claim engine treats alike. What a type *means* (its codes, happening or state)
 * lives in resources/ontology; these sets only say which roles a claim of the family needs to be worth keeping and
 * where its target comes from.
 */

/** Things that occurred at a time, as opposed to states held over an interval (from the ontology). */
export const HAPPENINGS: ReadonlySet<ClaimType> = new Set([...loadOntology().values()].filter((e) => e.nature === 'happening').map((e) => e.type));

/** Force used against someone: the target may be named by "against"/"contre" anywhere after the trigger. */
export const VIOLENT: ReadonlySet<ClaimType> = new Set<ClaimType>([
  'attack',
  'offensive',
  'fighting',
  'shelling',
  'airstrike',
  'bombing',
  'killing',
  'abduction',
  'torture',
  'sexual-violence',
  'looting',
  'riot',
  'repress',
  'besiege',
]);

/** One actor doing something to or with another, in words or in kind: meaningless without the one who acts. */
export const RELATIONAL: ReadonlySet<ClaimType> = new Set<ClaimType>([
  'agree',
  'sign-agreement',
  'ceasefire',
  'consult',
  'endorse',
  'cooperate',
  'aid',
  'concede',
  'allow-access',
  'resign',
  'investigate',
  'demand',
  'disapprove',
  'reject',
  'threaten',
  'sanction',
  'release',
  'surrender',
  'mobilize',
  'base-established',
  'coerce',
  'arrest',
]);

/**
 * Acts whose noun names who they fell on: "la répression des manifestants", "the crackdown on protesters", "la
 * libération de ses prisonniers" (the prisoners are freed, they free nobody), "the expulsion of the French
 * ambassador" (France is expelled from, it expels nobody).
 */
export const PATIENT_IN_NOUN: ReadonlySet<ClaimType> = new Set<ClaimType>(['repress', 'release', 'sanction']);

/** Acts with one party, the doer: a resignation has no object, whoever the sentence names after it. */
export const SOLE_PARTY: ReadonlySet<ClaimType> = new Set<ClaimType>(['resign']);

/** Verbal conflict: the target may be introduced by "against" too ("accusations against", "a warning to"). */
export const HOSTILE_WORDS: ReadonlySet<ClaimType> = new Set<ClaimType>(['disapprove', 'threaten', 'sanction', 'demand', 'reject', 'coerce', 'arrest']);

/** Words and diplomacy: they happen where they are said or held ("talks in Geneva"), never at their subject. */
export const DIPLOMATIC: ReadonlySet<ClaimType> = new Set<ClaimType>([
  'agree',
  'sign-agreement',
  'ceasefire',
  'consult',
  'endorse',
  'cooperate',
  'concede',
  'allow-access',
  'resign',
  'investigate',
  'demand',
  'disapprove',
  'reject',
  'threaten',
  'sanction',
]);

/**
 * What monitors, aid bodies and media do themselves, not only report: speak, ask, accuse, refuse, meet, help,
 * investigate, suspend ("Amnesty International accused…", "the Red Cross suspended aid deliveries"): every relational
 * act but those that take armed force or state power. For every other type they are the ones telling, never acting.
 */
const FORCE_OR_STATE_POWER: ReadonlySet<ClaimType> = new Set<ClaimType>(['ceasefire', 'release', 'surrender', 'mobilize', 'base-established', 'coerce', 'arrest']);
export const SPEAKER_ACTS: ReadonlySet<ClaimType> = new Set([...RELATIONAL].filter((t) => !FORCE_OR_STATE_POWER.has(t)));

/** Crowds out in the streets, peaceful or not. */
export const PROTESTS: ReadonlySet<ClaimType> = new Set<ClaimType>(['protest', 'riot']);
