import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './001-initial.js';
import * as m002 from './002-situation.js';
import * as m003 from './003-report-search.js';

/**
 * Static list rather than Kysely's FileMigrationProvider: no directory scan at runtime, works the same from
 * `src/` (tsx) and `dist/`, and a bundler sees every migration. Add new migrations here, in order.
 */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': m001,
  '002-situation': m002,
  '003-report-search': m003,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
