import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the package (two levels above this file, in src/ and in dist/ alike). */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Data files: lexicons, curated places, ontology. The shipped folder, unless SITREP_RESOURCES_DIR names a copy of it
 * (how a user adds a language or edits a lexicon without touching the installed package).
 */
export const RESOURCES_DIR = process.env.SITREP_RESOURCES_DIR || join(PACKAGE_ROOT, 'resources');

/** Derived indexes built once from data (the gazetteer index); safe to delete. */
export function cacheDir(): string {
  return process.env.SITREP_CACHE_DIR ?? join(PACKAGE_ROOT, '.cache');
}
