import type { Casualties, Claim, ClaimType } from '../../model/claim.js';
import type { CasualtyLexicon } from './casualties.js';
import { findCasualties } from './casualties.js';
import type { SentenceContext } from './sentence-context.js';
import { VIOLENT } from './type-families.js';

/** A claim of the sentence with where its trigger starts (counts go to the happening told just before them). */
export interface PlacedClaim {
  claim: Claim;
  at: number;
  /** The trigger's own type: a killing refined into an air strike ("jets ... killing 39") is still the toll. */
  triggerType: ClaimType;
}

/** Happenings a count of dead, wounded or captured belongs to; a killing is the last resort. */
const HOSTS: ReadonlySet<ClaimType> = new Set<ClaimType>([...VIOLENT, 'take-control', 'cross-border', 'riot', 'arrest', 'surrender']);
/** A killing told beside the strike that did it is that strike's toll, not a second event. */
const TOLL_CARRIERS: ReadonlySet<ClaimType> = new Set<ClaimType>(['attack', 'offensive', 'fighting', 'shelling', 'airstrike', 'bombing']);

/**
 * Reads the sentence's counts and gives each to the violent claim it belongs to: the nearest one before it in the
 * sentence, else the first after it. "Russian jets bombed the market, killing 39 people" is one air strike with 39
 * killed, so a killing claim beside a strike, shelling or clash by the same (or no named) hand is folded into it.
 */
export function attachCasualties(ctx: SentenceContext, found: readonly PlacedClaim[], lex: CasualtyLexicon): Claim[] {
  const carriers = found.filter(({ claim: c }) => TOLL_CARRIERS.has(c.type) && c.status !== 'negated');
  const carrierOf = (f: PlacedClaim) => (f.triggerType === 'killing' ? carriers.find((k) => k !== f && k.triggerType !== 'killing' && sameHand(k.claim, f.claim)) : undefined);
  const folded = found.map((f) => ({ f, carrier: carrierOf(f) }));
  // "Syrian government shelling killed seven Turkish soldiers in Idlib province": where the killing was told is
  // where the strike that did it struck, when the strike's own words name no place.
  const placeFrom = new Map<Claim, Claim>();
  for (const { f, carrier } of folded) if (carrier && !carrier.claim.place && f.claim.place && !placeFrom.has(carrier.claim)) placeFrom.set(carrier.claim, f.claim);
  // "The army said it had killed 20 rebels in fighting near Bamut": the clash that names no side is fought by the
  // killer, against the killed; "a drone strike killed four militants in North Waziristan" struck the killed.
  const sidesFrom = new Map<Claim, Claim>();
  const lacks = (carrier: Claim, killing: Claim) => (!carrier.roles.agent && killing.roles.agent) || (!carrier.roles.target && killing.roles.target);
  for (const { f, carrier } of folded) if (carrier && lacks(carrier.claim, f.claim) && !sidesFrom.has(carrier.claim)) sidesFrom.set(carrier.claim, f.claim);
  const kept = folded
    .filter(({ carrier }) => !carrier)
    .map(({ f }) => withSidesOf(withPlaceOf(f, placeFrom.get(f.claim)), sidesFrom.get(f.claim)));
  const hosts = kept.filter(({ claim: c }) => HOSTS.has(c.type) && c.status !== 'negated');
  // Counts only matter for a happening that can carry them: most sentences have none, and are not read.
  if (!hosts.length) return kept.map((k) => k.claim);
  const counts = findCasualties(ctx.view, ctx.sentence.span, lex, ctx.actors);
  if (!counts.length) return kept.map((k) => k.claim);
  const byHost = new Map<Claim, Casualties[]>();
  for (const count of counts) {
    const before = hosts.filter((h) => h.at <= count.span.start).at(-1);
    const host = (before ?? hosts[0]!).claim;
    byHost.set(host, [...(byHost.get(host) ?? []), count]);
  }
  return kept.map(({ claim: c }) => {
    const own = byHost.get(c);
    if (!own) return c;
    const because = own.map((k) => `${k.kind} ${k.min}${k.max === undefined ? '+' : k.max !== k.min ? `–${k.max}` : ''}${k.victims ? ` (${k.victims.label})` : ''}: ${k.rule}`).join('; ');
    return struckFromToll({ ...c, casualties: own, explain: [...c.explain, { field: 'casualties', value: String(own.length), because }] });
  });
}

/**
 * "Russian forces shelled Kharkiv, killing at least eight civilians", « … tuant au moins huit civils »: a strike that
 * names no side struck those its toll names, when an actor names them.
 */
function struckFromToll(c: Claim): Claim {
  if (c.roles.target || !TOLL_CARRIERS.has(c.type)) return c;
  const victims = c.casualties?.find((k) => (k.kind === 'killed' || k.kind === 'wounded') && k.victims?.actorId)?.victims;
  if (!victims?.actorId) return c;
  const target = { actorId: victims.actorId, label: victims.label, via: 'the victims of its toll', ...(victims.span ? { span: victims.span } : {}) };
  return { ...c, roles: { ...c.roles, target }, explain: [...c.explain, { field: 'target', value: target.actorId, because: `the ${victims.label} its toll names` }] };
}

/**
 * The killing was done by the carrier's hand: same or unnamed doer — or the carrier's target read as the killer, as
 * the subject of a passive is before ", killing …" ("a camp for refugees was attacked by militiamen, killing 156").
 */
function sameHand(carrier: Claim, killing: Claim): boolean {
  const a = carrier.roles.agent?.actorId;
  const b = killing.roles.agent?.actorId;
  return !a || !b || a === b || b === carrier.roles.target?.actorId;
}

/** The carrier placed where the killing it did was told, when its own words name no place. */
function withPlaceOf(f: PlacedClaim, killing: Claim | undefined): PlacedClaim {
  if (!killing?.place) return f;
  const explain = [...f.claim.explain, { field: 'place', value: killing.place.placeId, because: `the place of the killing it did ("${killing.place.name}")` }];
  return { ...f, claim: { ...f.claim, place: killing.place, explain } };
}

/** The carrier's sides taken from the killing it did, when it names no doer: the killer acts, the killed are struck. */
function withSidesOf(f: PlacedClaim, killing: Claim | undefined): PlacedClaim {
  if (!killing) return f;
  const own = f.claim.roles;
  const agent = own.agent ?? killing.roles.agent;
  const target = own.target ?? killing.roles.target;
  const roles = { ...own, ...(agent ? { agent } : {}), coAgents: own.agent ? own.coAgents : killing.roles.coAgents, ...(target ? { target } : {}) };
  const explain = [...f.claim.explain];
  if (agent && !own.agent) explain.push({ field: 'agent', value: agent.actorId, because: `the doer of the killing it carries (${agent.via})` });
  if (target && !own.target) explain.push({ field: 'target', value: target.actorId, because: `the killed of the killing it carries (${target.via})` });
  return { ...f, claim: { ...f.claim, roles, explain } };
}
