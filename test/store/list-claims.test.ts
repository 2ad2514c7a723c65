import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeStore, listClaims, openStore, storeMany, type ClaimFilters, type StoreDb } from '../../src/store/index.js';
import { eachDialect } from './dialects.js';
import { analyzed, claim, INGESTED_AT } from './fixtures.js';

// Three small reports (two French, one English) over a week in November 2017.
const docs = [
  analyzed({
    id: 'r_b',
    text: 'Band A took Townsend; the Northern State backed Band A.',
    date: '2017-11-09',
    claims: (id) => [
      claim(id, { n: 1, type: 'take-control', agent: 'band-a', target: 'band-b', placeId: 'gn:1', from: '2017-11-08', start: 0 }),
      claim(id, { n: 2, type: 'support', agent: 'north-state', supporters: ['band-a'], from: '2017-11-01', to: '2017-11-09', start: 20 }),
    ],
  }),
  analyzed({
    id: 'r_a',
    text: 'Fighting near Townsend, the monitor says, and Band B denies losing it.',
    date: '2017-11-08',
    claims: (id) => [
      claim(id, { n: 1, type: 'fighting', agent: 'band-a', target: 'band-b', placeId: 'gn:1', from: '2017-11-08', start: 0,
        claimant: { kind: 'actor', label: 'The Monitor', actorId: 'monitor' } }),
      claim(id, { n: 2, type: 'lose-control', status: 'denied', agent: 'band-b', placeId: 'gn:1', from: '2017-11-08', start: 40,
        claimant: { kind: 'actor', label: 'Band B spokesman', actorId: 'band-b' } }),
    ],
  }),
  analyzed({
    id: 'r_c',
    lang: 'en',
    text: 'Band C shelled Farville on Sunday.',
    date: '2017-11-13',
    claims: (id) => [claim(id, { n: 1, type: 'attack', status: 'hedged', agent: 'band-c', placeId: 'gn:2', from: '2017-11-12', start: 0 })],
  }),
];

eachDialect('listClaims', (d) => {
  let db: StoreDb;
  beforeAll(async () => {
    db = await openStore({ url: d.url('list') });
    const result = await storeMany(db, docs, INGESTED_AT);
    expect(result.errors).toEqual([]);
  });
  afterAll(async () => {
    await closeStore(db);
  });

  const ids = async (filters: ClaimFilters) => (await listClaims(db, filters)).map((c) => c.id);

  it('orders by time_from, report id, evidence start', async () => {
    expect(await ids({})).toEqual([
      'r_b:support:20:2',
      'r_a:fighting:0:1',
      'r_a:lose-control:40:2',
      'r_b:take-control:0:1',
      'r_c:attack:0:1',
    ]);
  });

  it.each<[string, ClaimFilters, string[]]>([
    ['type', { type: 'fighting' }, ['r_a:fighting:0:1']],
    ['types', { type: ['attack', 'take-control'] }, ['r_b:take-control:0:1', 'r_c:attack:0:1']],
    ['status', { status: 'denied' }, ['r_a:lose-control:40:2']],
    ['actor as agent', { actor: 'band-c' }, ['r_c:attack:0:1']],
    ['actor in any role', { actor: 'band-b' }, ['r_a:fighting:0:1', 'r_a:lose-control:40:2', 'r_b:take-control:0:1']],
    ['actor as supporter', { actor: 'north-state', type: 'support' }, ['r_b:support:20:2']],
    ['claimant by actor id', { claimant: 'monitor' }, ['r_a:fighting:0:1']],
    ['claimant by label', { claimant: 'Band B spokesman' }, ['r_a:lose-control:40:2']],
    ['place', { placeId: 'gn:2' }, ['r_c:attack:0:1']],
    ['report', { reportId: 'r_b' }, ['r_b:support:20:2', 'r_b:take-control:0:1']],
    ['lang', { lang: 'en' }, ['r_c:attack:0:1']],
    ['window overlapping an interval', { from: '2017-11-09', to: '2017-11-10' }, ['r_b:support:20:2']],
    ['window from only', { from: '2017-11-10' }, ['r_c:attack:0:1']],
    ['window to only', { to: '2017-11-01' }, ['r_b:support:20:2']],
    ['limit and offset', { limit: 2, offset: 1 }, ['r_a:fighting:0:1', 'r_a:lose-control:40:2']],
    ['offset alone', { offset: 4 }, ['r_c:attack:0:1']],
    ['nothing matches', { actor: 'nobody' }, []],
  ])('filters by %s', async (_name, filters, expected) => {
    expect(await ids(filters)).toEqual(expected);
  });

  it('returns whole claims parsed back from JSON', async () => {
    const [c] = await listClaims(db, { type: 'attack' });
    expect(c).toEqual(docs[2]?.claims[0]);
  });

  it('matches a claimant label exactly, case included, on both engines', async () => {
    expect(await ids({ claimant: 'band b spokesman' })).toEqual([]);
    expect(await ids({ claimant: 'Band B spokesman' })).toEqual(['r_a:lose-control:40:2']);
  });

  it('breaks ties on ids in byte order: upper case before lower, punctuation by code point', async () => {
    const other = await openStore({ url: d.url('list_order') });
    const reportIds = ['r_b', 'r_B', 'r-a', 'r_a', 'r~z', 'r.a', 'rZ'];
    const same = reportIds.map((id) =>
      analyzed({ id, text: `text of ${id}`, date: '2017-12-01', claims: (rid) => [claim(rid, { n: 1, type: 'fighting', from: '2017-12-01', start: 0 })] }),
    );
    expect((await storeMany(other, same, INGESTED_AT)).stored).toBe(reportIds.length);
    const listed = (await listClaims(other)).map((c) => c.reportId);
    await closeStore(other);
    expect(listed).toEqual([...reportIds].sort());
  });
});
