/**
 * Defaults for callers that pass no actor data: built from the actor lexicon once per process. The CLI and the API
 * may pass their own (already loaded) directory instead.
 */
import type { ActorDirectory } from '../model/situation.js';
import { loadActorLexicon, type ActorLexicon } from '../resources/actor-lexicon.js';
import { actorDirectory } from '../situation/actor-directory.js';

let lexicon: ActorLexicon | undefined;
let directory: ActorDirectory | undefined;
let cameo: ReadonlyMap<string, string> | undefined;

function lex(): ActorLexicon {
  lexicon ??= loadActorLexicon();
  return lexicon;
}

export function defaultActors(): ActorDirectory {
  directory ??= actorDirectory(lex());
  return directory;
}

/** Actor id → the lexicon's CAMEO actor code, for the rows that have one. */
export function defaultCameoActors(): ReadonlyMap<string, string> {
  cameo ??= cameoActorCodes(lex().entries.values());
  return cameo;
}

export function cameoActorCodes(entries: Iterable<{ id: string; cameo?: string }>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) if (e.cameo) out.set(e.id, e.cameo);
  return out;
}
