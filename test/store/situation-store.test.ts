import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Situation } from '../../src/model/index.js';
import {
  closeStore,
  getClaims,
  loadClaimRecords,
  loadSituation,
  openStore,
  saveSituation,
  searchReports,
  situationStatus,
  storeMany,
  storeMigrator,
  type StoreDb,
} from '../../src/store/index.js';
import { eachDialect, indexNames, tableNames } from './dialects.js';
import { analyzed, claim, INGESTED_AT } from './fixtures.js';

const docs = [
  analyzed({
    id: 'r_b',
    text: 'Band A took Townsend; the Northern State backed Band A.',
    date: '2017-11-09',
    claims: (id) => [
      claim(id, { n: 1, type: 'take-control', agent: 'band-a', placeId: 'gn:1', from: '2017-11-08', start: 0 }),
      claim(id, { n: 2, type: 'support', agent: 'north-state', supporters: ['band-a'], from: '2017-11-01', to: '2017-11-09', start: 22 }),
    ],
  }),
  analyzed({
    id: 'r_a',
    lang: 'en',
    text: 'Fighting near Townsend, the monitor says.',
    date: '2017-11-08',
    claims: (id) => [claim(id, { n: 1, type: 'fighting', agent: 'band-a', target: 'band-b', placeId: 'gn:1', from: '2017-11-08', start: 0 })],
  }),
];

/** A small situation over the fixture claims, every optional field exercised once. */
function situation(suffix = ''): Situation {
  return {
    events: [
      {
        id: `ev_1${suffix}`,
        type: 'take-control',
        place: { placeId: 'gn:1', name: 'Townsend', lat: 35, lon: 40, precision: 'locality' },
        time: { from: '2017-11-08', to: '2017-11-08', precision: 'day' },
        agents: [{ actorId: 'band-a', label: 'BAND-A' }],
        targets: [],
        claimIds: ['r_b:take-control:0:1', 'r_a:fighting:0:1'],
        reportIds: ['r_a', 'r_b'],
        claimants: [{ key: 'outlet:Test Wire', label: 'Test Wire', claimIds: ['r_b:take-control:0:1', 'r_a:fighting:0:1'] }],
        independentClaimants: 1,
        statuses: { asserted: 2 },
        conflicts: [{ field: 'status', values: [{ value: 'asserted', claimIds: ['r_a:fighting:0:1'] }] }],
      },
      {
        id: `ev_0${suffix}`,
        type: 'support',
        time: { from: '2017-11-01', to: '2017-11-09', precision: 'week' },
        agents: [{ actorId: 'north-state', label: 'NORTH-STATE' }],
        targets: [],
        claimIds: ['r_b:support:22:2'],
        reportIds: ['r_b'],
        claimants: [],
        independentClaimants: 1,
        statuses: {},
        conflicts: [],
      },
    ],
    control: [
      {
        placeId: 'gn:1',
        placeName: 'Townsend',
        state: 'controlled',
        controller: { actorId: 'band-a', label: 'BAND-A' },
        contenders: [],
        from: '2017-11-08',
        to: '2017-11-09',
        partial: false,
        confidence: 0.8,
        supporting: ['r_b:take-control:0:1'],
        contradicting: [],
        reasons: ['take-control by band-a'],
      },
      {
        placeId: 'gn:1',
        placeName: 'Townsend',
        state: 'unknown',
        contenders: [],
        from: '2017-11-10',
        to: '2017-11-12',
        partial: true,
        confidence: 0.2,
        supporting: [],
        contradicting: ['r_a:fighting:0:1'],
        reasons: [],
      },
    ],
    relations: [
      {
        a: { actorId: 'north-state', label: 'NORTH-STATE' },
        b: { actorId: 'band-a', label: 'BAND-A' },
        kind: 'supports',
        from: '2017-11-01',
        to: '2017-11-09',
        claimIds: ['r_b:support:22:2'],
        source: 'claims',
      },
    ],
    contradictions: [
      { kind: 'controller', placeId: 'gn:1', claimA: 'r_a:fighting:0:1', claimB: 'r_b:take-control:0:1', claimantA: 'Test Wire', claimantB: 'Test Wire', reason: 'rival holders' },
      { kind: 'denial', claimA: 'r_b:support:22:2', claimB: 'r_a:fighting:0:1', claimantA: 'A', claimantB: 'B', reason: 'denied' },
    ],
  };
}

eachDialect('situation store', (d) => {
  let db: StoreDb;
  beforeAll(async () => {
    db = await openStore({ url: d.url('situation') });
    expect((await storeMany(db, docs, INGESTED_AT)).errors).toEqual([]);
  });
  afterAll(async () => {
    await closeStore(db);
  });

  describe('situation tables', () => {
    it('are created by migration 002', async () => {
      expect(await tableNames(db)).toEqual(
        expect.arrayContaining(['situation_events', 'situation_event_claims', 'control_intervals', 'relations', 'contradictions', 'situation_meta']),
      );
      expect(await indexNames(db, 'control_intervals')).toContain('control_intervals_place_from');
    });
  });

  describe('migrations 002 and 003 on a store that has claims', () => {
    it('go down and up again; the situation then reads as never derived and the reports are searchable', async () => {
      const url = d.url('older');
      const old = await openStore({ url });
      expect((await storeMany(old, docs, INGESTED_AT)).stored).toBe(2);
      const down = await (await storeMigrator(old)).migrateTo('001-initial');
      expect(down.results?.map((r) => [r.migrationName, r.status])).toEqual([
        ['003-report-search', 'Success'],
        ['002-situation', 'Success'],
      ]);
      expect((await tableNames(old)).filter((t) => t.startsWith('situation') || t.startsWith('report_search'))).toEqual([]);
      await closeStore(old);

      const reopened = await openStore({ url });
      expect(await situationStatus(reopened)).toEqual({ derived: false, claims: 3, stale: true });
      expect(await loadClaimRecords(reopened)).toHaveLength(3);
      expect((await searchReports(reopened, 'townsend')).map((h) => h.id)).toEqual(['r_b', 'r_a']);
      await closeStore(reopened);
    });
  });

  describe('loadClaimRecords', () => {
    it('reads every claim with its report in the listing order', async () => {
      const records = await loadClaimRecords(db);
      expect(records.map((r) => r.claim.id)).toEqual(['r_b:support:22:2', 'r_a:fighting:0:1', 'r_b:take-control:0:1']);
      expect(records[1]?.report).toEqual({ id: 'r_a', publishedAt: { value: '2017-11-08', precision: 'day' }, outlet: 'Test Wire', lang: 'en' });
      expect(records[0]?.report.lang).toBe('fr');
      expect(records[0]?.claim.roles.supporters.map((s) => s.actorId)).toEqual(['band-a']);
    });
  });

  describe('saveSituation and loadSituation', () => {
    it('start empty, and the status says it was never derived', async () => {
      expect(await loadSituation(db)).toEqual({ events: [], control: [], relations: [], contradictions: [] });
      expect(await situationStatus(db)).toEqual({ derived: false, claims: 3, stale: true });
    });

    it('round-trip a situation, each list in its saved order', async () => {
      const s = situation();
      await saveSituation(db, s, { derivedAt: '2024-01-02T00:00:00Z' });
      expect(await loadSituation(db)).toEqual(s);
      expect(await situationStatus(db)).toEqual({ derived: true, claims: 3, derivedFromClaims: 3, derivedAt: '2024-01-02T00:00:00Z', stale: false });
    });

    it('index events by claim and intervals by place and day', async () => {
      const links = await db.selectFrom('situation_event_claims').selectAll().orderBy('event_id').orderBy('claim_id').execute();
      expect(links).toEqual([
        { event_id: 'ev_0', claim_id: 'r_b:support:22:2' },
        { event_id: 'ev_1', claim_id: 'r_a:fighting:0:1' },
        { event_id: 'ev_1', claim_id: 'r_b:take-control:0:1' },
      ]);
      const rows = await db.selectFrom('control_intervals').select(['place_id', 'from', 'to', 'state', 'controller_id']).orderBy('from').execute();
      expect(rows).toEqual([
        { place_id: 'gn:1', from: '2017-11-08', to: '2017-11-09', state: 'controlled', controller_id: 'band-a' },
        { place_id: 'gn:1', from: '2017-11-10', to: '2017-11-12', state: 'unknown', controller_id: null },
      ]);
    });

    it('replace every derived row on the next save', async () => {
      const next = situation('b');
      next.control = next.control.slice(1);
      next.relations = [];
      await saveSituation(db, next, { claimCount: 2 });
      expect(await loadSituation(db)).toEqual(next);
      expect((await db.selectFrom('situation_event_claims').select('event_id').execute()).map((r) => r.event_id).sort()).toEqual(['ev_0b', 'ev_1b', 'ev_1b']);
      expect(await situationStatus(db)).toMatchObject({ derived: true, claims: 3, derivedFromClaims: 2, stale: true });
    });

    it('keep the old situation when a save fails half-way', async () => {
      const before = await loadSituation(db);
      const broken = situation('c');
      broken.events.push({ ...broken.events[0]! }); // the same event id twice breaks the primary key
      await expect(saveSituation(db, broken)).rejects.toThrow();
      expect(await loadSituation(db)).toEqual(before);
    });

    it('save an empty situation', async () => {
      const empty: Situation = { events: [], control: [], relations: [], contradictions: [] };
      await saveSituation(db, empty);
      expect(await loadSituation(db)).toEqual(empty);
      expect(await situationStatus(db)).toMatchObject({ derived: true, stale: false });
    });
  });

  describe('getClaims', () => {
    it('returns claims in the order asked, once each, leaving unknown ids out', async () => {
      const got = await getClaims(db, ['r_b:take-control:0:1', 'nope', 'r_a:fighting:0:1', 'r_b:take-control:0:1']);
      expect(got.map((c) => c.claim.id)).toEqual(['r_b:take-control:0:1', 'r_a:fighting:0:1']);
      expect(got[1]?.report.publishedAt).toEqual({ value: '2017-11-08', precision: 'day' });
      expect(got[0]?.evidence).toBeUndefined();
    });

    it('cuts out the evidence text when asked', async () => {
      const [c] = await getClaims(db, ['r_b:support:22:2'], { withEvidence: true });
      expect(c?.evidence).toEqual(['the Northe']);
    });

    it('handles an empty list and more ids than one query binds', async () => {
      expect(await getClaims(db, [])).toEqual([]);
      const many = [...Array.from({ length: 1200 }, (_, i) => `missing-${i}`), 'r_a:fighting:0:1'];
      expect((await getClaims(db, many)).map((c) => c.claim.id)).toEqual(['r_a:fighting:0:1']);
    });
  });
});
