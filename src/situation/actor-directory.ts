import type { ActorEntry } from '../model/actor.js';
import type { ActorDirectory, ActorInfo } from '../model/situation.js';

/** The part of the actor lexicon the directory is built from (the loaded lexicon, or a test's own map). */
export interface ActorEntries {
  entries: ReadonlyMap<string, ActorEntry>;
}

/** What the situation layer knows of actors: id, English label, type and parent, from the lexicon's entries. */
export function actorDirectory(lexicon: ActorEntries): ActorDirectory {
  const out = new Map<string, ActorInfo>();
  for (const e of [...lexicon.entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const info: ActorInfo = { id: e.id, label: e.label.en, type: e.type };
    if (e.partOf !== undefined) info.partOf = e.partOf;
    out.set(e.id, info);
  }
  return out;
}
