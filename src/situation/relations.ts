/**
 * Who sided with whom, from the claims and the lexicon:
 * - `supports` (directed, a supports b): support claims, agent and co-agents → target.
 * - `allied` (symmetric, a < b by id): alliance claims, agent and co-agents with target.
 * - `opposes` (symmetric): attack, offensive and fighting claims, agent and co-agents vs target; also a
 *   take-control or lose-control's agent vs the side it took the place from ("retaken Hawija from IS").
 * - `part-of` (a part of b): the lexicon's `partOf` chain of every actor named in a claim, with an open interval
 *   (OPEN_FROM..OPEN_TO) because the lexicon gives no dates for it.
 * Denied and negated claims make no relation; hedged and intended ones do, and keep their claim ids so a reader
 * sees their status. An actor is never related to itself, and never said to oppose its own parent or child.
 */
import type { ActorRef, Claim } from '../model/claim.js';
import type { ActorDirectory, ClaimRecord, Relation } from '../model/situation.js';
import { compareStrings } from './claimant-key.js';
import { ActorLabeller, makeActorIndex } from './fuse-actors.js';
import { OPEN_FROM, OPEN_TO } from './time-overlap.js';

export { OPEN_FROM, OPEN_TO } from './time-overlap.js';

interface Pending {
  kind: Relation['kind'];
  a: string;
  b: string;
  from: string;
  to: string;
  claimIds: Set<string>;
}

export function deriveRelations(records: readonly ClaimRecord[], actors: ActorDirectory): Relation[] {
  const index = makeActorIndex(actors);
  const labels = new ActorLabeller(actors);
  const pending = new Map<string, Pending>();
  const named = new Set<string>();

  const add = (kind: Relation['kind'], a: string, b: string, claim: Claim): void => {
    if (a === b) return;
    if (kind === 'opposes' && index.sameLine(a, b)) return;
    if (kind !== 'supports' && compareStrings(a, b) > 0) [a, b] = [b, a];
    const key = `${kind}\u0000${a}\u0000${b}`;
    const entry = pending.get(key);
    if (!entry) {
      pending.set(key, { kind, a, b, from: claim.time.from, to: claim.time.to, claimIds: new Set([claim.id]) });
      return;
    }
    if (claim.time.from < entry.from) entry.from = claim.time.from;
    if (claim.time.to > entry.to) entry.to = claim.time.to;
    entry.claimIds.add(claim.id);
  };

  for (const { claim } of records) {
    const { agent, target, fromActor, coAgents, supporters } = claim.roles;
    for (const ref of [agent, target, fromActor, ...coAgents, ...supporters]) {
      if (!ref) continue;
      labels.note(ref);
      named.add(ref.actorId);
    }
    if (claim.status === 'denied' || claim.status === 'negated') continue;
    const doers = [agent, ...coAgents].filter((r): r is ActorRef => r !== undefined);
    const kind = relationKind(claim.type);
    if (kind && target) for (const d of doers) add(kind, d.actorId, target.actorId, claim);
    if ((claim.type === 'take-control' || claim.type === 'lose-control') && fromActor) {
      for (const d of doers) add('opposes', d.actorId, fromActor.actorId, claim);
    }
  }

  const relations: Relation[] = [...pending.values()].map((p) => ({
    a: labels.label(p.a),
    b: labels.label(p.b),
    kind: p.kind,
    from: p.from,
    to: p.to,
    claimIds: [...p.claimIds].sort(compareStrings),
    source: 'claims',
  }));
  relations.push(...partOfRelations(named, index.lineage, labels));
  return relations.sort(
    (x, y) => compareStrings(x.kind, y.kind) || compareStrings(x.a.actorId, y.a.actorId) || compareStrings(x.b.actorId, y.b.actorId),
  );
}

function relationKind(type: Claim['type']): Relation['kind'] | undefined {
  if (type === 'support') return 'supports';
  if (type === 'alliance') return 'allied';
  if (type === 'attack' || type === 'offensive' || type === 'fighting') return 'opposes';
  return undefined;
}

/** child part-of parent for each link of the lineage of every named actor (syr-army → syr-government). */
function partOfRelations(named: ReadonlySet<string>, lineage: (id: string) => readonly string[], labels: ActorLabeller): Relation[] {
  const links = new Map<string, [string, string]>();
  for (const id of named) {
    const line = lineage(id);
    for (let n = 0; n + 1 < line.length; n++) links.set(`${line[n]}\u0000${line[n + 1]}`, [line[n]!, line[n + 1]!]);
  }
  return [...links.values()].map(([child, parent]) => ({
    a: labels.label(child),
    b: labels.label(parent),
    kind: 'part-of',
    from: OPEN_FROM,
    to: OPEN_TO,
    claimIds: [],
    source: 'lexicon',
  }));
}
