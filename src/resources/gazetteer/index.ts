export { buildGazetteerIndex, gazetteerInputHash } from './build-gazetteer-index.js';
export type { GazetteerBuildOptions, GazetteerBuildResult } from './build-gazetteer-index.js';
export { Gazetteer, toCandidate } from './gazetteer.js';
export type { Admin1Info } from './gazetteer.js';
export type { GazetteerEntry } from './gazetteer-entry.js';
export { loadGazetteer } from './load-gazetteer.js';
export { toponymKey } from './toponym-key.js';
