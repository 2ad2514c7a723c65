import { readFileSync } from 'node:fs';
import { SitrepError } from '../../errors.js';
import { buildGazetteerIndex, type GazetteerBuildOptions } from './build-gazetteer-index.js';
import { Gazetteer } from './gazetteer.js';
import { parseIndex } from './index-file.js';

/**
 * Load the gazetteer, building its index first when the inputs changed or no index exists.
 * Call once per process and share the instance; it is read-only.
 */
export function loadGazetteer(options: GazetteerBuildOptions = {}): Gazetteer {
  const { path } = buildGazetteerIndex(options);
  const sections = parseIndex(readFileSync(path, 'utf8'));
  if (!sections) {
    throw new SitrepError('E_GAZETTEER_INDEX', 'the gazetteer index is corrupt or from another version', {
      input: path,
      remedy: 'Run `sitrep gazetteer build --force` or delete the file',
    });
  }
  return new Gazetteer(sections);
}
