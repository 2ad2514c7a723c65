import { BLAMED_BY_ANOTHER, CLAIMS_RESPONSIBILITY, type ActorRef, type Claim, type Claimant } from '../../model/claim.js';

const sameActor = (a?: ActorRef, b?: ActorRef) => !a || !b || a.actorId === b.actorId;
/** A claim whose doer is a group's own claim of responsibility, or another's blame. */
const claimsIt = (c: Claim): boolean => c.roles.agent?.via === CLAIMS_RESPONSIBILITY || c.roles.agent?.via === BLAMED_BY_ANOTHER;
const unionActors = (a: ActorRef[], b: ActorRef[]) => [...a, ...b.filter((x) => !a.some((y) => y.actorId === x.actorId))];
const unionClaimants = (a: Claimant[], b: Claimant[]) => [...a, ...b.filter((x) => !a.some((y) => y.label === x.label))];

/** Two tellings by different named claimants (not the outlet, not unnamed sources) back each other. */
function independent(a: Claimant[], b: Claimant[]): boolean {
  const named = (x: Claimant[]) => x.filter((k) => k.kind !== 'outlet' && k.kind !== 'unnamed').map((k) => k.actorId ?? k.label);
  const left = named(a);
  return named(b).some((k) => !left.includes(k)) && left.length > 0;
}

/** Every named claimant of both tellings; the outlet's own voice only when nobody else is named. */
function mergeClaimants(a: Claimant[], b: Claimant[]): Claimant[] {
  const all = unionClaimants(a, b);
  const named = all.filter((x) => x.kind !== 'outlet');
  return named.length ? named : all;
}

/**
 * One report often tells the same happening twice ("ont libéré Boukamal" ... "La libération de Boukamal").
 * Claims of one type about one place with compatible actors and the same stance are one claim, with both
 * evidence spans. Fusion across reports is the situation layer's job, not this one.
 */
export function mergeWithinReport(claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const c of claims) {
    const twin = out.find(
      (o) =>
        o.type === c.type &&
        o.place?.placeId === c.place?.placeId &&
        (o.place !== undefined || o.roles.agent?.actorId === c.roles.agent?.actorId) &&
        sameActor(o.roles.agent, c.roles.agent) &&
        // A group's claim to have done it stays apart from an account that names no doer: the outlet did not say so.
        (!claimsIt(o) && !claimsIt(c) || o.roles.agent?.actorId === c.roles.agent?.actorId) &&
        sameActor(o.roles.target, c.roles.target) &&
        (o.status === c.status || c.claimants[0]?.kind === 'outlet') &&
        o.time.relation === c.time.relation &&
        // "samedi ... la veille": the same type at the same place on two days is two happenings.
        o.time.from <= c.time.to &&
        c.time.from <= o.time.to,
    );
    if (!twin) {
      out.push(c);
      continue;
    }
    const merged: Claim = {
      ...twin,
      roles: {
        ...twin.roles,
        ...(twin.roles.agent ?? c.roles.agent ? { agent: twin.roles.agent ?? c.roles.agent } : {}),
        ...(twin.roles.target ?? c.roles.target ? { target: twin.roles.target ?? c.roles.target } : {}),
        ...(twin.roles.fromActor ?? c.roles.fromActor ? { fromActor: twin.roles.fromActor ?? c.roles.fromActor } : {}),
        coAgents: unionActors(twin.roles.coAgents, c.roles.coAgents),
        supporters: unionActors(twin.roles.supporters, c.roles.supporters),
      },
      claimants: mergeClaimants(twin.claimants, c.claimants),
      // A confirmation of either telling confirms the happening; so does a second named claimant asserting it.
      status: c.status === 'confirmed' || (twin.status === 'asserted' && c.status === 'asserted' && independent(twin.claimants, c.claimants)) ? 'confirmed' : twin.status,
      confidence: Math.max(twin.confidence, c.confidence),
      evidence: [...twin.evidence, ...c.evidence.filter((e) => !twin.evidence.some((t) => t.start === e.start))],
      qualifiers: [...new Set([...twin.qualifiers, ...c.qualifiers])],
      ...(twin.casualties ?? c.casualties ? { casualties: twin.casualties ?? c.casualties } : {}),
      explain: [...twin.explain, { field: 'evidence', value: c.extractor, because: `the same ${c.type} told again in this report (claim ${c.id} merged)` }],
    };
    out[out.indexOf(twin)] = merged;
  }
  return out;
}

/** A happening done "with the help of X" also says X supports the doer: a relation the situation layer needs. */
export function supportFromSupporters(claims: Claim[]): Claim[] {
  const derived: Claim[] = [];
  for (const c of claims) {
    if (c.type === 'support' || !c.roles.agent) continue;
    for (const s of c.roles.supporters) {
      const exists = [...claims, ...derived].some((o) => o.type === 'support' && o.roles.agent?.actorId === s.actorId && o.roles.target?.actorId === c.roles.agent?.actorId);
      if (exists) continue;
      derived.push({
        ...c,
        id: `${c.id}s${derived.length}`,
        type: 'support',
        roles: { agent: s, target: c.roles.agent, coAgents: [], supporters: [] },
        otherPlaces: c.place ? [{ ...c.place, role: 'mentioned' }, ...c.otherPlaces] : c.otherPlaces,
        place: undefined,
        qualifiers: [],
        casualties: undefined,
        extractor: 'derived.supporters@1',
        explain: [{ field: 'type', value: 'support', because: `${s.label} is named as helping ${c.roles.agent.label} in claim ${c.id}` }],
      });
    }
  }
  return [...claims, ...derived].map((c) => (c.place === undefined ? dropUndefinedPlace(c) : c));
}

function dropUndefinedPlace(c: Claim): Claim {
  const { place: _place, ...rest } = c;
  return rest;
}

/** "Ces derniers, regroupés sous la bannière des FDS": every claim about that group is about the SDF. */
export function applyIdentities(claims: Claim[], identities: Map<string, ActorRef>): Claim[] {
  if (identities.size === 0) return claims;
  const swap = (r?: ActorRef): ActorRef | undefined => {
    const to = r && identities.get(r.actorId);
    return to ? { ...to, mentionId: r.mentionId, span: r.span, via: `identity: ${r.label} = ${to.label}` } : r;
  };
  return claims.map((c) => {
    const agent = swap(c.roles.agent);
    const target = swap(c.roles.target);
    const fromActor = swap(c.roles.fromActor);
    return {
      ...c,
      roles: {
        ...(agent ? { agent } : {}),
        ...(target ? { target } : {}),
        ...(fromActor ? { fromActor } : {}),
        coAgents: c.roles.coAgents.map((r) => swap(r)!),
        supporters: c.roles.supporters.map((r) => swap(r)!),
      },
    };
  });
}
