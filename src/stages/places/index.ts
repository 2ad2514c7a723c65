export { createPlaceStage, PLACE_STAGE_ID } from './place-stage.js';
export type { PlaceStageOptions } from './place-stage.js';
export { loadPlaceLexicons } from './place-lexicon.js';
export type { PlaceCue, PlaceLexicon, PlaceLexicons } from './place-lexicon.js';
