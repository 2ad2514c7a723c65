/**
 * Actor comparisons shared by fusion, relations and contradictions: lineage through the lexicon's `partOf`
 * (syr-army partOf syr-government), and the looser match of a generic `group:` id ("jihadists", "troops") with a
 * lexicon actor of a compatible type.
 */
import type { ActorType } from '../model/actor.js';
import type { ActorRef } from '../model/claim.js';
import type { ActorDirectory, ActorLabel } from '../model/situation.js';
import { mostFrequent } from './claimant-key.js';

/** Ids the actor stage builds for actors known only by description: `group:jihadists`, `group:militia:IRQ`. */
export function isGenericActor(id: string): boolean {
  return id.startsWith('group:');
}

export interface ActorIndex {
  /** The actor and its ancestors, nearest first; cycle-safe. */
  lineage(id: string): readonly string[];
  /** The top of the lineage: two actors in one lineage share it. */
  root(id: string): string;
  /** Same id, or one is an ancestor of the other. */
  sameLine(a: string, b: string): boolean;
  /**
   * Could both refs name the same side? Same line for two lexicon actors; for a generic group, a compatible type
   * ("the jihadists" and IS are both non-state armed groups; "fighters" has the catch-all type `group`).
   */
  compatible(a: ActorRef, b: ActorRef): boolean;
}

export function makeActorIndex(actors: ActorDirectory): ActorIndex {
  const lineages = new Map<string, readonly string[]>();
  const lineage = (id: string): readonly string[] => {
    let line = lineages.get(id);
    if (!line) {
      const out = [id];
      const seen = new Set(out);
      for (let parent = actors.get(id)?.partOf; parent && !seen.has(parent); parent = actors.get(parent)?.partOf) {
        out.push(parent);
        seen.add(parent);
      }
      lineages.set(id, (line = out));
    }
    return line;
  };
  const sameLine = (a: string, b: string): boolean => a === b || lineage(a).includes(b) || lineage(b).includes(a);
  const typeOf = (ref: ActorRef): ActorType | undefined => ref.actorType ?? actors.get(ref.actorId)?.type;
  return {
    lineage,
    root: (id) => lineage(id)[lineage(id).length - 1] ?? id,
    sameLine,
    compatible(a, b) {
      if (a.actorId === b.actorId) return true;
      if (!isGenericActor(a.actorId) && !isGenericActor(b.actorId)) return sameLine(a.actorId, b.actorId);
      return typesCompatible(typeOf(a), typeOf(b));
    },
  };
}

/** A government acting as a whole and its forces are one side; `group` (or no type) is a wildcard. */
export function typesCompatible(a: ActorType | undefined, b: ActorType | undefined): boolean {
  if (a === undefined || b === undefined || a === 'group' || b === 'group' || a === b) return true;
  const stateSide = (t: ActorType): boolean => t === 'state' || t === 'state-force';
  return stateSide(a) && stateSide(b);
}

/**
 * Collects labels for actor ids: the lexicon label when the directory has the actor, else the label given most
 * often in the claims (ties: alphabetical), so the choice does not depend on input order.
 */
export class ActorLabeller {
  private readonly seen = new Map<string, Map<string, number>>();

  constructor(private readonly actors: ActorDirectory) {}

  note(ref: ActorRef): void {
    let labels = this.seen.get(ref.actorId);
    if (!labels) this.seen.set(ref.actorId, (labels = new Map()));
    labels.set(ref.label, (labels.get(ref.label) ?? 0) + 1);
  }

  label(id: string): ActorLabel {
    const known = this.actors.get(id)?.label;
    if (known) return { actorId: id, label: known };
    const labels = this.seen.get(id);
    return { actorId: id, label: labels ? mostFrequent(labels) : id };
  }
}
