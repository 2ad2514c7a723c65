/**
 * Event fusion: which claims, across reports and languages, tell of the same happening. Pure; the result does
 * not depend on the order of `records` (events and their lists are sorted, event ids hash the claim ids).
 * The pairwise rule is in fuse-compat.ts, the clustering in fuse-cluster.ts, the summary in fuse-summary.ts.
 */
import type { ActorDirectory, ClaimRecord, SituationEvent } from '../model/situation.js';
import { compareStrings } from './claimant-key.js';
import { ActorLabeller, makeActorIndex } from './fuse-actors.js';
import { clusterBlock } from './fuse-cluster.js';
import type { FuseItem } from './fuse-compat.js';
import { HAPPENING_TYPES, toFuseItem } from './fuse-compat.js';
import { summarise } from './fuse-summary.js';

export { HAPPENING_TYPES } from './fuse-compat.js';

/**
 * Fuses the happening claims (take-control, attack, airstrike, killing, protest, agree ...) of `records` into events;
 * state claims (control, presence, support, alliance, besiege) are left out. Every happening claim lands in exactly one event.
 * A claim id given twice is counted once.
 */
export function fuseEvents(records: readonly ClaimRecord[], actors: ActorDirectory): SituationEvent[] {
  const index = makeActorIndex(actors);
  const labels = new ActorLabeller(actors);
  const byId = new Map<string, ClaimRecord>();
  for (const record of records) {
    if (HAPPENING_TYPES.has(record.claim.type) && !byId.has(record.claim.id)) byId.set(record.claim.id, record);
  }
  const blocks = new Map<string, FuseItem[]>();
  // Clusters are sets (connected components, unique joins): the order items are visited in does not matter.
  for (const record of byId.values()) {
    const { roles } = record.claim;
    for (const ref of [roles.agent, roles.target, roles.fromActor, ...roles.coAgents]) if (ref) labels.note(ref);
    const item = toFuseItem(record);
    const block = blocks.get(item.block);
    if (block) block.push(item);
    else blocks.set(item.block, [item]);
  }
  const events: SituationEvent[] = [];
  for (const items of blocks.values()) {
    for (const cluster of clusterBlock(items, index)) events.push(summarise(cluster.map((i) => items[i]!), index, labels));
  }
  // By time, type, place, then id; one precomputed key per event (a comparator chain costs seconds at 100k).
  return events
    .map((e) => ({ e, key: [e.time.from, e.time.to, e.type, e.place?.placeId ?? '', e.id].join('\u0000') }))
    .sort((a, b) => compareStrings(a.key, b.key))
    .map(({ e }) => e);
}
