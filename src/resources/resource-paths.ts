import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the package (two levels above this file, in src/ and in dist/ alike). */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Data files shipped with the project: lexicons, curated places, ontology. */
export const RESOURCES_DIR = join(PACKAGE_ROOT, 'resources');

/** Derived indexes built once from data (the gazetteer index); safe to delete. */
export function cacheDir(): string {
  return process.env.SITREP_CACHE_DIR ?? join(PACKAGE_ROOT, '.cache');
}
