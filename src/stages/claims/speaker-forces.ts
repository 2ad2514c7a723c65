import type { ActorRef, Claimant } from '../../model/claim.js';
import { describedWithoutCountry, groupCountries } from '../actors/group-descriptions.js';
import type { CountryActor, Nationalities } from './nationality-targets.js';
import type { SentenceContext } from './sentence-context.js';

/** Who speaks for a state: the state itself and its forces. */
const STATE_VOICES: ReadonlySet<string> = new Set(['state', 'state-force']);

/** Forces a speaker can call its own without naming their country. */
const FORCE_TYPES: ReadonlySet<string> = new Set(['state-force']);

const byActorId = new WeakMap<Nationalities, Map<string, CountryActor>>();

/** The country of a state's actor id ("egy" → Egypt), read off the nationality words once per lexicon. */
function countryOfState(n: Nationalities, actorId: string): CountryActor | undefined {
  let index = byActorId.get(n);
  if (!index) {
    index = new Map([...n.byIso2.values()].map((c) => [c.actorId, c]));
    byActorId.set(n, index);
  }
  return index.get(actorId);
}

/**
 * "A spokesman for the Ugandan army said troops had killed 40 rebels", "Egypt's interior ministry said security
 * forces had arrested 35 …": forces of no nationality that a state, or its forces, tells of are its own. Returns
 * the agent with the speaker's country, or undefined when the rule does not apply.
 */
export function speakersOwnForces(ctx: SentenceContext, agent: ActorRef | undefined, claimant: Claimant | undefined): ActorRef | undefined {
  if (!agent || !claimant?.span || !FORCE_TYPES.has(agent.actorType ?? '')) return undefined;
  // "troops" (group:troops) or, unresolved by the report's focus, "les soldats" (generic:army).
  const generic = agent.actorId.startsWith('generic:') && !agent.nationality;
  if (!describedWithoutCountry(agent) && !generic) return undefined;
  const speaker = ctx.actors.find((a) => a.span.start === claimant.span!.start && a.span.end === claimant.span!.end);
  if (!speaker || !STATE_VOICES.has(speaker.actorType)) return undefined;
  const iso3 = speaker.nationality ?? groupCountries(speaker.actorId)[0] ?? countryOfState(ctx.lex.nationalities, speaker.actorId)?.iso3;
  if (!iso3) return undefined;
  const actorId = generic ? `group:${agent.actorId.slice('generic:'.length)}:${iso3}` : `${agent.actorId}:${iso3}`;
  return { ...agent, actorId, label: `${agent.label} (${iso3})`, nationality: iso3, via: `${agent.via}; the speaker's own forces ("${speaker.label}")` };
}
