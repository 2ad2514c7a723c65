import { Kysely, Migrator, type MigrationResult } from 'kysely';
import { SitrepError } from '../errors.js';
import { createDialect, parseStoreUrl } from './dialect.js';
import { migrationProvider } from './migrations/index.js';
import type { SitrepDatabase } from './schema.js';
import { StoreErrorCode } from './store-errors.js';

export type StoreDb = Kysely<SitrepDatabase>;

export interface OpenStoreOptions {
  /** A file path, `sqlite:path`, `sqlite::memory:`; `postgres://` is reserved for later. */
  url: string;
}

/** Opens (creating if needed) the store and brings its schema up to date before returning. */
export async function openStore(options: OpenStoreOptions): Promise<StoreDb> {
  const { dialect } = createDialect(parseStoreUrl(options.url));
  const db = new Kysely<SitrepDatabase>({ dialect });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

export async function closeStore(db: StoreDb): Promise<void> {
  await db.destroy();
}

/** Applies pending migrations; returns what ran (empty when the schema is already current). */
export async function migrateToLatest(db: StoreDb): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new SitrepError(StoreErrorCode.migrate, `store migration ${failed} failed (${String((error as Error).message ?? error)})`, {
      remedy: 'The database is left at the last migration that succeeded; restore a backup or start a new file',
      cause: error,
    });
  }
  return results ?? [];
}
