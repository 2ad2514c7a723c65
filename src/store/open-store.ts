import { Kysely, Migrator, sql, type MigrationResult } from 'kysely';
import { SitrepError } from '../errors.js';
import { createDialect, parseStoreUrl, quoteIdent, redact, storeKind } from './dialect.js';
import { migrationProvider } from './migrations/index.js';
import type { SitrepDatabase } from './schema.js';
import { StoreErrorCode } from './store-errors.js';

export type StoreDb = Kysely<SitrepDatabase>;

export interface OpenStoreOptions {
  /** A file path, `sqlite:path`, `sqlite::memory:`, or `postgres://user@host:5432/db[?schema=name]`. */
  url: string;
  /** PostgreSQL schema to use (created if missing) when the url has no `?schema=`; ignored for SQLite. */
  schema?: string;
}

/** Opens (creating if needed) the store and brings its schema up to date before returning. */
export async function openStore(options: OpenStoreOptions): Promise<StoreDb> {
  const target = parseStoreUrl(options.url, options.schema !== undefined ? { schema: options.schema } : {});
  const { dialect, schema } = createDialect(target);
  const db = new Kysely<SitrepDatabase>({ dialect });
  try {
    if (target.kind === 'postgres') await connectPostgres(db, target.url, schema);
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** First contact with the server: a refused connection or a wrong database is an open error naming the url. */
async function connectPostgres(db: StoreDb, url: string, schema: string | undefined): Promise<void> {
  try {
    if (schema !== undefined) await sql.raw(`create schema if not exists ${quoteIdent(schema)}`).execute(db);
    await sql`select 1`.execute(db);
  } catch (cause) {
    throw new SitrepError(StoreErrorCode.open, `cannot open the PostgreSQL store (${String((cause as Error).message ?? cause)})`, {
      input: redact(url),
      remedy: 'Check that the server is running and reachable, and that the user, database and schema exist or may be created',
      cause,
    });
  }
}

/** Ends the connection (SQLite) or the connection pool (PostgreSQL). */
export async function closeStore(db: StoreDb): Promise<void> {
  await db.destroy();
}

/**
 * The migrator for this store. On PostgreSQL it names the schema of the migration tables: without it Kysely would
 * take a `kysely_migration` table in any other schema of the database for ours and skip creating it.
 */
export async function storeMigrator(db: StoreDb): Promise<Migrator> {
  if (storeKind(db) === 'sqlite') return new Migrator({ db, provider: migrationProvider });
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) {
    throw new SitrepError(StoreErrorCode.open, 'no PostgreSQL schema on the search path', {
      remedy: 'Add ?schema=name to the store url, or create the schema named first on the search path',
    });
  }
  return new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
}

/** Applies pending migrations; returns what ran (empty when the schema is already current). */
export async function migrateToLatest(db: StoreDb): Promise<MigrationResult[]> {
  const migrator = await storeMigrator(db);
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
