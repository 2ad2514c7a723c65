/** The working form of an actor mention inside the stage, before ids are given out. */
import type { ActorType } from '../../model/actor.js';
import type { FocusRole, GroupHead } from '../../resources/actor-lexicon-types.js';

export interface ActorDraft {
  /** Token indices, half-open: [tokStart, tokEnd). Char offsets come from the tokens. */
  tokStart: number;
  tokEnd: number;
  /** Unset while a generic alias waits for focus resolution. */
  actorId?: string;
  focusRole?: FocusRole;
  actorType: ActorType;
  label: string;
  rule: string;
  confidence: number;
  generic?: boolean;
  nationality?: string;
  personRole?: string;
  affiliation?: string;
  /** A country name or a capital standing for its state: weighs less in the focus vote. */
  weak?: boolean;
  /** A capital (or another place) standing for its state ("Nicosia", "Helsinki"), not the country's own name. */
  metonym?: boolean;
  /** The head noun the draft was built or widened with ("Israeli Prime Minister": its title may precede a name). */
  head?: GroupHead;
  /** Merged into another draft (a title into the person it introduces): not emitted. */
  dropped?: boolean;
}

export function overlaps(d: ActorDraft, start: number, end: number): boolean {
  return d.tokStart < end && start < d.tokEnd;
}

/** Type of an unresolved generic description, by the role it stands for. */
export const FOCUS_ROLE_TYPE: Record<FocusRole, ActorType> = {
  army: 'state-force',
  government: 'state',
  'air-force': 'state-force',
  auxiliaries: 'militia',
  police: 'state-force',
};
