import { loadActorLexicon } from '../resources/actor-lexicon.js';
import { readLanguages } from '../resources/languages.js';
import { loadGazetteer } from '../resources/gazetteer/index.js';
import { createActorStage } from '../stages/actors/actor-stage.js';
import { createClaimStage } from '../stages/claims/claims-stage.js';
import { createLangStage } from '../stages/lang/lang-stage.js';
import { loadPlaceLexicons } from '../stages/places/place-lexicon.js';
import { createPlaceStage } from '../stages/places/place-stage.js';
import { createSegmentStage } from '../stages/segment/segment-stage.js';
import { createTimeStage } from '../stages/time/time-stage.js';
import type { Pipeline } from './run-pipeline.js';
import { makePipeline } from './run-pipeline.js';

let cached: Pipeline | undefined;

/**
 * The standard pipeline, built once per process: loading the lexicons and the gazetteer index is the
 * expensive part, running a report is cheap.
 */
export function defaultPipeline(): Pipeline {
  if (cached) return cached;
  // The languages are data (resources/lexicons/languages.tsv): a new one needs no change here.
  const languages = readLanguages();
  const codes = languages.map((l) => l.lang);
  cached = makePipeline([
    createLangStage(languages),
    createSegmentStage(codes),
    createActorStage(loadActorLexicon()),
    createPlaceStage(loadGazetteer(), { lexicons: loadPlaceLexicons(codes) }),
    createTimeStage(languages),
    createClaimStage(codes),
  ]);
  return cached;
}
