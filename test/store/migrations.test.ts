import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeStore, listClaims, migrateToLatest, openStore, parseStoreUrl, storeKind, storeMany } from '../../src/store/index.js';
import { eachDialect, indexNames, tableNames } from './dialects.js';
import { analyzed, claim, INGESTED_AT } from './fixtures.js';

eachDialect('store migrations', (d) => {
  it('apply on a fresh store and create every table', async () => {
    const db = await openStore({ url: d.url('fresh') });
    expect(storeKind(db)).toBe(d.kind);
    expect(await tableNames(db)).toEqual(
      expect.arrayContaining(['claim_actors', 'claim_claimants', 'claims', 'mentions', 'reports', 'report_search', 'kysely_migration']),
    );
    expect(await indexNames(db, 'claims')).toEqual(expect.arrayContaining(['claims_order', 'claims_place', 'claims_time_to']));
    await closeStore(db);
  });

  it('run once: reopening an up-to-date store applies nothing', async () => {
    const url = d.kind === 'sqlite' ? `sqlite:${d.url('again')}` : d.url('again');
    await closeStore(await openStore({ url }));
    const db = await openStore({ url });
    expect(await migrateToLatest(db)).toEqual([]);
    await closeStore(db);
  });

  it('keep two stores side by side apart (two files, or two schemas of one database)', async () => {
    const one = await openStore({ url: d.url('side_one') });
    const two = await openStore({ url: d.url('side_two') });
    const doc = analyzed({ id: 'r_one', text: 'only in one', date: '2017-11-01', claims: (id) => [claim(id, { n: 1, type: 'fighting', from: '2017-11-01', start: 0 })] });
    expect((await storeMany(one, [doc], INGESTED_AT)).stored).toBe(1);
    expect(await listClaims(one)).toHaveLength(1);
    expect(await listClaims(two)).toEqual([]);
    expect(await migrateToLatest(two)).toEqual([]);
    await closeStore(one);
    await closeStore(two);
  });

  if (d.kind === 'sqlite') {
    it('creates the parent directory of a new file', async () => {
      const db = await openStore({ url: join(d.url('nested'), '..', 'nested', 'deeper', 'x.db') });
      await closeStore(db);
    });
  }
});

describe('store urls', () => {
  it.each<[string, ReturnType<typeof parseStoreUrl>]>([
    ['sitrep.db', { kind: 'sqlite', path: 'sitrep.db' }],
    ['sqlite::memory:', { kind: 'sqlite', path: ':memory:' }],
    ['postgres://me@db.example:5432/sitrep', { kind: 'postgres', url: 'postgres://me@db.example:5432/sitrep' }],
    ['postgresql://me@db/sitrep?schema=sitrep_x&sslmode=disable', { kind: 'postgres', url: 'postgresql://me@db/sitrep?sslmode=disable', schema: 'sitrep_x' }],
  ])('parse %s', (url, target) => {
    expect(parseStoreUrl(url)).toEqual(target);
  });

  it('take the schema from the options when the url has none', () => {
    expect(parseStoreUrl('postgres://me@db/sitrep', { schema: 'other' })).toMatchObject({ schema: 'other' });
    expect(parseStoreUrl('postgres://me@db/sitrep?schema=mine', { schema: 'other' })).toMatchObject({ schema: 'mine' });
  });

  it('refuse other schemes and odd schema names with a coded error', async () => {
    await expect(openStore({ url: 'mysql://localhost/x' })).rejects.toMatchObject({ code: 'E_STORE_DIALECT' });
    expect(() => parseStoreUrl('postgres://me:secret@db/sitrep?schema=a;drop')).toThrow(
      expect.objectContaining({ code: 'E_STORE_DIALECT', message: expect.not.stringMatching(/secret/) }),
    );
  });

  it('name an unreachable PostgreSQL server in a clear error that hides the password', async () => {
    const error = await openStore({ url: 'postgres://me:secret@127.0.0.1:1/sitrep' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'E_STORE_OPEN', input: 'postgres://me:***@127.0.0.1:1/sitrep' });
    expect(String((error as Error).message)).not.toMatch(/secret/);
  });
});
