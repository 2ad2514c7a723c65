/**
 * What every export needs to know of a claim beyond the claim itself: its ACLED, CAMEO and PLOVER codes (from the
 * ontology data, never stored twice), who acts on whom in the dyadic schemes, and a stable order.
 */
import type { ActorRef, Claim } from '../model/claim.js';
import type { ActorType } from '../model/actor.js';
import type { ClaimRecord } from '../model/situation.js';
import { acledSubEvent, loadOntology, ploverCodeOf, type AcledCode, type CameoCode, type ClaimNature, type Ontology, type PloverCode } from '../resources/ontology.js';
import { compareStrings } from '../situation/claimant-key.js';

export interface ExportCodes {
  nature: ClaimNature;
  fit: 'direct' | 'nearest';
  acled?: AcledCode;
  cameo: CameoCode;
  plover: PloverCode;
  plover05: string;
}

/**
 * The codes of a claim. ACLED's sub-event of a change of territory depends on who gained the place: the agent of a
 * take-control, and also the agent of a lose-control (its losing side is `fromActor`, "IS lost Raqqa to the SDF").
 */
export function exportCodes(claim: Claim, ontology: Ontology = loadOntology()): ExportCodes {
  const entry = ontology.get(claim.type);
  if (!entry) throw new Error(`no ontology entry for claim type ${claim.type}`);
  const agentType = claim.roles.agent?.actorType;
  const target = claim.roles.target?.actorType;
  const acled = acledSubEvent(claim.type, agentType, {
    ontology,
    ...(claim.type === 'lose-control' && agentType ? { winner: agentType } : {}),
    ...(target ? { target } : {}),
    ...(claim.instrument ? { instrument: claim.instrument.kind } : {}),
    killed: countsDead(claim),
  });
  return { nature: entry.nature, fit: entry.fit, ...(acled ? { acled } : {}), cameo: entry.cameo, plover: ploverCodeOf(entry.plover, claim.instrument?.kind), plover05: entry.plover05 };
}

/** The claim counts people killed (ACLED's excessive force against protesters, rather than an intervention). */
export function countsDead(claim: Claim): boolean {
  return (claim.casualties ?? []).some((k) => k.kind === 'killed' && k.min > 0);
}

/** Who does what to whom, in the direction CAMEO and PLOVER read a code. */
export interface Dyad {
  sources: ActorRef[];
  recipients: ActorRef[];
  /** Both sides use force and neither is named as the attacker: PLOVER lists all of them as sources. */
  reciprocal: boolean;
}

/**
 * - take-control (192 Occupy territory): the agent occupies, taking the place from `fromActor`;
 * - lose-control (0874 Retreat or surrender): the side that lost (`fromActor`) retreats before the agent;
 * - withdraw: the agent retreats; nobody receives;
 * - fighting (193): the agent and the target fight each other (reciprocal);
 * - everything else: agent and co-agents act on the target.
 */
export function dyadOf(claim: Claim): Dyad {
  const { agent, coAgents, target, fromActor } = claim.roles;
  const agents = [agent, ...coAgents].filter((a): a is ActorRef => a !== undefined);
  const list = (...refs: (ActorRef | undefined)[]) => refs.filter((a): a is ActorRef => a !== undefined);
  switch (claim.type) {
    case 'take-control':
      return { sources: agents, recipients: list(fromActor ?? target), reciprocal: false };
    case 'lose-control':
      return { sources: list(fromActor), recipients: agents, reciprocal: false };
    case 'withdraw':
      return { sources: agents.length ? agents : list(fromActor), recipients: [], reciprocal: false };
    case 'fighting':
      return { sources: agents, recipients: list(target), reciprocal: true };
    default:
      return { sources: agents, recipients: list(target), reciprocal: false };
  }
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** English country name of an ISO 3166-1 alpha-2 code, from ICU ("SY" → "Syria"); empty when unknown. */
export function countryName(code: string | undefined): string {
  if (!code || !/^[A-Z]{2}$/.test(code)) return '';
  try {
    return regionNames.of(code) ?? '';
  } catch {
    return '';
  }
}

/**
 * ACLED's numeric actor type (inter1/inter2) for a Sitrep actor type. ACLED judges each group by its goals; Sitrep
 * only knows the lexicon type, so: state forces and states 1, non-state armed groups 2 (Rebel groups), militias 3
 * (Political militias), international organisations and coalitions 8 (External/Other forces). Unnamed groups,
 * persons, monitors and media get no code. ACLED also codes a state's forces abroad as 8; Sitrep cannot yet tell a
 * force abroad (actors carry ISO alpha-3 countries, places alpha-2, and there is no table between them).
 */
export function acledInter(type: ActorType | undefined, eventType?: string): number | undefined {
  switch (type) {
    // Unarmed people: protesters in a protest (6), rioters in a riot (5), civilians otherwise (7).
    case 'civilians':
      return eventType === 'Protests' ? 6 : eventType === 'Riots' ? 5 : 7;
    case 'state-force':
    case 'state':
      return 1;
    case 'non-state-armed-group':
      return 2;
    case 'militia':
      return 3;
    case 'international-org':
      return 8;
    default:
      return undefined;
  }
}

/** ACLED interaction: the two inter codes, lowest first ("13"); a lone actor's code followed by 0 ("10"). */
export function acledInteraction(inter1: number | undefined, inter2: number | undefined): string {
  if (inter1 === undefined) return inter2 === undefined ? '' : `${inter2}0`;
  if (inter2 === undefined) return `${inter1}0`;
  return `${Math.min(inter1, inter2)}${Math.max(inter1, inter2)}`;
}

/** The store's order (time, report, evidence offset, id): output does not depend on the order records came in. */
export function sortRecords<T extends ClaimRecord>(records: readonly T[]): T[] {
  const key = (r: T) => [r.claim.time.from, r.claim.reportId, String(r.claim.evidence[0]?.start ?? 0).padStart(10, '0'), r.claim.id].join('\u0000');
  return records
    .map((r) => ({ r, k: key(r) }))
    .sort((a, b) => compareStrings(a.k, b.k))
    .map(({ r }) => r);
}

/** Distinct actors by id, in first-seen order. */
export function distinctActors(refs: readonly (ActorRef | undefined)[]): ActorRef[] {
  const seen = new Map<string, ActorRef>();
  for (const r of refs) if (r && !seen.has(r.actorId)) seen.set(r.actorId, r);
  return [...seen.values()];
}
