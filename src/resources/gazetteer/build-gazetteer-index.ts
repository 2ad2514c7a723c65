import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SitrepError } from '../../errors.js';
import { cacheDir } from '../resource-paths.js';
import { assembleEntries } from './assemble-entries.js';
import { INDEX_FORMAT, serializeIndex } from './index-file.js';
import { ADMIN1_PATH, ADMIN1_POINTS_PATH, ADMIN2_PATHS, COUNTRY_POINTS_PATH, CURATED_PLACES_PATH, cities500Path } from './source-paths.js';
import { countryNameLanguages } from './country-names.js';

export interface GazetteerBuildOptions {
  /** Rebuild even when an index for the current inputs exists. */
  force?: boolean;
}

export interface GazetteerBuildResult {
  path: string;
  inputHash: string;
  built: boolean;
  entries?: number;
  millis?: number;
}

const INDEX_PREFIX = 'gazetteer-';

function readSource(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new SitrepError('E_GAZETTEER_SOURCE', `cannot read the ${what}`, {
      input: path,
      remedy: 'Reinstall dependencies (npm ci) or restore the file from version control',
      cause,
    });
  }
}

/**
 * Hash of everything the index depends on. cities500 sits in an installed package and is 32 MB, so its size and
 * mtime stand for its content; the small committed files are hashed in full; ICU's version covers country names.
 */
export function gazetteerInputHash(): string {
  const h = createHash('sha256');
  h.update(INDEX_FORMAT);
  h.update(process.versions.icu ?? '');
  h.update(countryNameLanguages().join(','));
  const c = statSync(cities500Path());
  h.update(`${c.size}:${c.mtimeMs}`);
  h.update(readSource(ADMIN1_PATH, 'admin-1 table'));
  for (const p of ADMIN2_PATHS) h.update(readSource(p, 'admin-2 table'));
  h.update(readSource(CURATED_PLACES_PATH, 'curated places table'));
  h.update(readSource(COUNTRY_POINTS_PATH, 'country points table'));
  h.update(readSource(ADMIN1_POINTS_PATH, 'admin-1 points table'));
  return h.digest('hex').slice(0, 16);
}

export function gazetteerIndexPath(inputHash: string): string {
  return join(cacheDir(), `${INDEX_PREFIX}${inputHash}.tsv`);
}

/** Build the on-disk index unless a current one exists (`sitrep gazetteer build [--force]`). */
export function buildGazetteerIndex(options: GazetteerBuildOptions = {}): GazetteerBuildResult {
  const inputHash = gazetteerInputHash();
  const path = gazetteerIndexPath(inputHash);
  if (!options.force && existsSync(path)) return { path, inputHash, built: false };
  const t0 = performance.now();
  const records = assembleEntries({
    cities500: readSource(cities500Path(), 'GeoNames cities500 table'),
    admin1: readSource(ADMIN1_PATH, 'admin-1 table'),
    admin2: ADMIN2_PATHS.map((p) => readSource(p, 'admin-2 table')).join('\n'),
    curated: readSource(CURATED_PLACES_PATH, 'curated places table'),
    countryPoints: readSource(COUNTRY_POINTS_PATH, 'country points table'),
    admin1Points: readSource(ADMIN1_POINTS_PATH, 'admin-1 points table'),
  });
  const dir = cacheDir();
  mkdirSync(dir, { recursive: true });
  // Write then rename, so a concurrent reader never sees half a file.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, serializeIndex(records, inputHash));
  renameSync(tmp, path);
  for (const f of readdirSync(dir)) {
    if (f.startsWith(INDEX_PREFIX) && f.endsWith('.tsv') && join(dir, f) !== path) unlinkSync(join(dir, f));
  }
  return { path, inputHash, built: true, entries: records.length, millis: Math.round(performance.now() - t0) };
}
