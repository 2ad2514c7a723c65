import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { CompiledQuery, PostgresDialect, PostgresIntrospector, SqliteDialect, type DatabaseIntrospector, type Dialect } from 'kysely';
import pg from 'pg';
import { SitrepError } from '../errors.js';
import { StoreErrorCode } from './store-errors.js';

/**
 * The one seam between the store and a database engine. Everything else in `src/store/` builds queries with Kysely;
 * the few places that must differ (full-text search, column collation) ask `storeKind(db)`.
 */
export type StoreTarget =
  | { kind: 'sqlite'; path: string }
  /** `url` without the `schema` parameter, which pg does not understand. */
  | { kind: 'postgres'; url: string; schema?: string };

export type StoreKind = StoreTarget['kind'];

/** A PostgreSQL schema name we quote ourselves: letters, digits and underscores, at most 63 bytes. */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * `./sitrep.db`, `sqlite:./sitrep.db`, `sqlite::memory:` or `:memory:`; `postgres://user@host:5432/db` with an
 * optional `?schema=name` (created if missing, and the only schema on the search path).
 */
export function parseStoreUrl(url: string, options: { schema?: string } = {}): StoreTarget {
  const trimmed = url.trim();
  if (trimmed === '') {
    throw new SitrepError(StoreErrorCode.dialect, 'empty store url', {
      input: '--db',
      remedy: 'Give a file path (sitrep.db), sqlite:path or postgres://user@host/db',
    });
  }
  if (/^postgres(ql)?:\/\//i.test(trimmed)) return parsePostgresUrl(trimmed, options.schema);
  if (/^sqlite:/i.test(trimmed)) return { kind: 'sqlite', path: trimmed.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '') };
  // A scheme other than the above (mysql://, http://) is a mistake, not a file name; Windows drives (C:\) are not.
  const scheme = /^([a-z][a-z0-9+.-]+):\/\//i.exec(trimmed);
  if (scheme) {
    throw new SitrepError(StoreErrorCode.dialect, `unsupported store url scheme "${scheme[1]}:"`, {
      input: redact(trimmed),
      remedy: 'Use a SQLite file path (sitrep.db or sqlite:path) or postgres://user@host/db',
    });
  }
  return { kind: 'sqlite', path: trimmed };
}

function parsePostgresUrl(url: string, optionSchema: string | undefined): StoreTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new SitrepError(StoreErrorCode.dialect, 'malformed PostgreSQL url', {
      input: redact(url),
      remedy: 'Write it as postgres://user[:password]@host[:port]/database[?schema=name]',
      cause,
    });
  }
  const schema = parsed.searchParams.get('schema') ?? optionSchema;
  parsed.searchParams.delete('schema');
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new SitrepError(StoreErrorCode.dialect, `invalid PostgreSQL schema name "${schema}"`, {
      input: redact(url),
      remedy: 'Use letters, digits and underscores only (at most 63), starting with a letter or underscore',
    });
  }
  return { kind: 'postgres', url: parsed.toString(), ...(schema !== undefined ? { schema } : {}) };
}

export interface OpenedDialect {
  dialect: Dialect;
  kind: StoreKind;
  /** PostgreSQL: the schema to create before migrating (it is already on every connection's search path). */
  schema?: string;
}

export function createDialect(target: StoreTarget): OpenedDialect {
  if (target.kind === 'postgres') return createPostgresDialect(target.url, target.schema);
  return { dialect: new SqliteDialect({ database: openSqlite(target.path) }), kind: 'sqlite' };
}

function createPostgresDialect(url: string, schema: string | undefined): OpenedDialect {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client whose server went away emits 'error' on the pool; without a listener Node would crash. The pool
  // drops that client and the next query opens a new connection, so there is nothing else to do.
  pool.on('error', () => undefined);
  const dialect = new PostgresDialect({
    pool,
    // Awaited before the connection is first used, unlike pool.on('connect'): no query can run on another schema.
    ...(schema !== undefined
      ? { onCreateConnection: async (c) => void (await c.executeQuery(CompiledQuery.raw(`set search_path to ${quoteIdent(schema)}`))) }
      : {}),
  });
  return { dialect, kind: 'postgres', ...(schema !== undefined ? { schema } : {}) };
}

/** Which engine a store (or a transaction on it) runs on; asked only where SQL must differ. */
export function storeKind(db: { readonly introspection: DatabaseIntrospector }): StoreKind {
  return db.introspection instanceof PostgresIntrospector ? 'postgres' : 'sqlite';
}

/** Double-quotes a PostgreSQL identifier already checked against SCHEMA_NAME (quotes doubled all the same). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function openSqlite(path: string): Database.Database {
  const memory = path === ':memory:' || path === '';
  try {
    if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
    const db = new Database(memory ? ':memory:' : path);
    // WAL lets readers (API, web) work while a batch is being stored; foreign keys are off by default in SQLite.
    if (!memory) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (cause) {
    throw new SitrepError(StoreErrorCode.open, `cannot open the SQLite database (${(cause as Error).message})`, {
      input: path,
      remedy: 'Check that the directory exists and is writable, and that the file is a SQLite database',
      cause,
    });
  }
}

/** Never echo a password from a database url into a message or a log. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
