import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDialect, type Dialect } from 'kysely';
import { SitrepError } from '../errors.js';
import { StoreErrorCode } from './store-errors.js';

/**
 * The one seam between the store and a database engine. Everything else in `src/store/` builds queries with Kysely
 * and never names an engine; adding PostgreSQL means adding a branch here (kysely's PostgresDialect over `pg`)
 * and running the store tests against it.
 */
export type StoreTarget =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string };

/** `./sitrep.db`, `sqlite:./sitrep.db`, `sqlite::memory:` or `:memory:`; `postgres://…` is recognised, not served. */
export function parseStoreUrl(url: string): StoreTarget {
  const trimmed = url.trim();
  if (trimmed === '') {
    throw new SitrepError(StoreErrorCode.dialect, 'empty store url', {
      input: '--db',
      remedy: 'Give a file path (sitrep.db) or sqlite:path',
    });
  }
  if (/^postgres(ql)?:\/\//i.test(trimmed)) return { kind: 'postgres', url: trimmed };
  if (/^sqlite:/i.test(trimmed)) return { kind: 'sqlite', path: trimmed.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '') };
  // A scheme other than the above (mysql://, http://) is a mistake, not a file name; Windows drives (C:\) are not.
  const scheme = /^([a-z][a-z0-9+.-]+):\/\//i.exec(trimmed);
  if (scheme) {
    throw new SitrepError(StoreErrorCode.dialect, `unsupported store url scheme "${scheme[1]}:"`, {
      input: redact(trimmed),
      remedy: 'Use a SQLite file path (sitrep.db or sqlite:path)',
    });
  }
  return { kind: 'sqlite', path: trimmed };
}

export interface OpenedDialect {
  dialect: Dialect;
  kind: StoreTarget['kind'];
}

export function createDialect(target: StoreTarget): OpenedDialect {
  if (target.kind === 'postgres') {
    throw new SitrepError(StoreErrorCode.dialect, 'PostgreSQL stores are not yet supported', {
      input: redact(target.url),
      remedy: 'Use a SQLite file for now (--db sitrep.db or sqlite:path)',
    });
  }
  return { dialect: new SqliteDialect({ database: openSqlite(target.path) }), kind: 'sqlite' };
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
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
