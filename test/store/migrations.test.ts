import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { closeStore, migrateToLatest, openStore } from '../../src/store/index.js';
import { tempDir } from './fixtures.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('store migrations', () => {
  it('apply on a fresh file and create every table', async () => {
    const db = await openStore({ url: join(tmp.dir, 'fresh.db') });
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(db);
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['claim_actors', 'claim_claimants', 'claims', 'mentions', 'reports']),
    );
    await closeStore(db);
  });

  it('run once: reopening an up-to-date file applies nothing', async () => {
    const url = `sqlite:${join(tmp.dir, 'again.db')}`;
    await closeStore(await openStore({ url }));
    const db = await openStore({ url });
    expect(await migrateToLatest(db)).toEqual([]);
    await closeStore(db);
  });

  it('creates the parent directory of a new file', async () => {
    const db = await openStore({ url: join(tmp.dir, 'nested', 'deeper', 'x.db') });
    await closeStore(db);
  });

  it('refuses PostgreSQL urls with a clear, coded error that hides the password', async () => {
    await expect(openStore({ url: 'postgres://me:secret@localhost/sitrep' })).rejects.toMatchObject({
      code: 'E_STORE_DIALECT',
      message: expect.stringMatching(/not yet supported/),
    });
    const error = await openStore({ url: 'postgres://me:secret@localhost/sitrep' }).catch((e: unknown) => e);
    expect(String((error as Error).message)).not.toMatch(/secret/);
    expect(String((error as Error).message)).toMatch(/me:\*\*\*@/);
    await expect(openStore({ url: 'mysql://localhost/x' })).rejects.toMatchObject({ code: 'E_STORE_DIALECT' });
  });
});
