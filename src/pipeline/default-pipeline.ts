import { loadActorLexicon } from '../resources/actor-lexicon.js';
import { loadGazetteer } from '../resources/gazetteer/index.js';
import { createActorStage } from '../stages/actors/actor-stage.js';
import { createClaimStage } from '../stages/claims/claims-stage.js';
import { createLangStage } from '../stages/lang/lang-stage.js';
import { createPlaceStage } from '../stages/places/place-stage.js';
import { createSegmentStage } from '../stages/segment/segment-stage.js';
import { createTimeStage } from '../stages/time/time-stage.js';
import type { Pipeline } from './run-pipeline.js';
import { makePipeline } from './run-pipeline.js';

/** The languages with lexicons today; a new one is a folder under resources/lexicons plus its code here. */
export const SUPPORTED_LANGS = ['fr', 'en'] as const;

let cached: Pipeline | undefined;

/**
 * The standard pipeline, built once per process: loading the lexicons and the gazetteer index is the
 * expensive part, running a report is cheap.
 */
export function defaultPipeline(): Pipeline {
  cached ??= makePipeline([
    createLangStage(SUPPORTED_LANGS),
    createSegmentStage(SUPPORTED_LANGS),
    createActorStage(loadActorLexicon()),
    createPlaceStage(loadGazetteer()),
    createTimeStage(SUPPORTED_LANGS),
    createClaimStage(SUPPORTED_LANGS),
  ]);
  return cached;
}
