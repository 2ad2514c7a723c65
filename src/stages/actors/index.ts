export { ACTOR_STAGE_ID, createActorStage, findActorDrafts } from './actor-stage.js';
export { focusCountry, type Focus } from './focus-resolution.js';
export type { ActorDraft } from './actor-draft.js';
