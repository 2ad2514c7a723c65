import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { storeKind, type StoreDb, type StoreKind } from '../../src/store/index.js';
import { tempDir } from './fixtures.js';

/**
 * Store tests run on both engines: SQLite in a temporary directory, PostgreSQL in schemas of their own (random names,
 * so that concurrent runs on one server never meet), dropped after the file. The server is the one in
 * SITREP_TEST_PG_URL, else postgres://postgres@127.0.0.1:5432/test (or the user root). Never mocked: when it cannot
 * be reached, the PostgreSQL half fails under CI and is skipped, with a message, on a workstation.
 */
export interface TestDialect {
  kind: StoreKind;
  /** The url of a store of this name, fresh in this file: a file in a temporary directory, or a schema of its own. */
  url(name: string): string;
}

const CANDIDATES = process.env.SITREP_TEST_PG_URL
  ? [process.env.SITREP_TEST_PG_URL]
  : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];

async function probe(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function findServer(): Promise<{ url?: string; problem: string }> {
  const problems: string[] = [];
  for (const url of CANDIDATES) {
    const problem = await probe(url);
    if (problem === undefined) return { url, problem: '' };
    problems.push(`${url.replace(/:[^:@/]*@/, ':***@')}: ${problem}`);
  }
  return { problem: problems.join('; ') };
}

const server = await findServer();
let warned = false;

/** Registers `fn`'s hooks and tests once per engine, in `describe` blocks titled `title [sqlite]` and `title [postgres]`. */
export function eachDialect(title: string, fn: (d: TestDialect) => void): void {
  describe(`${title} [sqlite]`, () => {
    const tmp = tempDir();
    afterAll(() => tmp.cleanup());
    fn({ kind: 'sqlite', url: (name) => join(tmp.dir, `${name}.db`) });
  });

  const url = server.url;
  if (url === undefined) {
    if (process.env.CI) {
      describe(`${title} [postgres]`, () => {
        it('reaches the PostgreSQL server', () => {
          throw new Error(`PostgreSQL store tests cannot run: ${server.problem}. Start the server or set SITREP_TEST_PG_URL.`);
        });
      });
      return;
    }
    if (!warned) {
      warned = true;
      console.warn(`[store tests] PostgreSQL unreachable, its half of the store tests is SKIPPED (${server.problem}). Set SITREP_TEST_PG_URL to run it.`);
    }
    describe.skip(`${title} [postgres]`, () => fn({ kind: 'postgres', url: () => 'postgres://unreachable/skip' }));
    return;
  }

  describe(`${title} [postgres]`, () => {
    const prefix = `sitrep_t_${randomBytes(5).toString('hex')}`;
    const schemas: string[] = [];
    // Registered first, so it runs after the test file's own afterAll hooks (which close the stores).
    afterAll(async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (const s of schemas) await client.query(`drop schema if exists "${s}" cascade`);
      } finally {
        await client.end();
      }
    });
    fn({
      kind: 'postgres',
      url: (name) => {
        const schema = `${prefix}_${name.toLowerCase().replace(/[^a-z0-9_]+/g, '_')}`.slice(0, 63);
        if (!schemas.includes(schema)) schemas.push(schema);
        return `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
      },
    });
  });
}

/** The store's own tables (only its schema on PostgreSQL), sorted. */
export async function tableNames(db: StoreDb): Promise<string[]> {
  const q =
    storeKind(db) === 'postgres'
      ? sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() order by 1`
      : sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`;
  return (await q.execute(db)).rows.map((r) => r.name);
}

/** Index names of one table of the store. */
export async function indexNames(db: StoreDb, table: string): Promise<string[]> {
  const q =
    storeKind(db) === 'postgres'
      ? sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = current_schema() and tablename = ${table} order by 1`
      : sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = ${table} order by name`;
  return (await q.execute(db)).rows.map((r) => r.name);
}
