import type { ActorDirectory, ClaimRecord, Situation } from '../model/situation.js';
import { findContradictions } from './contradictions.js';
import type { PlaceParents } from './control-observations.js';
import { controlTimelines } from './control-timeline.js';
import { fuseEvents } from './fuse-events.js';
import { deriveRelations } from './relations.js';

export { actorDirectory, type ActorEntries } from './actor-directory.js';
export type { PlaceParents } from './control-observations.js';

/**
 * The whole situation from stored claims: pure and deterministic (same records and actors, same situation), so it
 * can be recomputed from scratch after every ingest. Contradictions are judged against the control timeline, so the
 * timeline is derived first. `places` gives the parent of a place (a district's city), when known.
 */
export function deriveSituation(records: readonly ClaimRecord[], actors: ActorDirectory, places?: PlaceParents): Situation {
  const control = controlTimelines(records, actors, places);
  return {
    events: fuseEvents(records, actors),
    control,
    relations: deriveRelations(records, actors),
    contradictions: findContradictions(records, control, actors),
  };
}

/** Place → parent, from gazetteer rows that have one (the curated districts, camps and crossings). */
export function placeParents(rows: Iterable<{ id: string; parent?: string }>): PlaceParents {
  const out = new Map<string, { parentId: string }>();
  for (const r of rows) if (r.parent) out.set(r.id, { parentId: r.parent });
  return out;
}
