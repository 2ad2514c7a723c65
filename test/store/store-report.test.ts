import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeStore,
  countRows,
  getReport,
  listClaims,
  openStore,
  searchReports,
  storeAnalyzedReport,
  storeMany,
  type StoreDb,
} from '../../src/store/index.js';
import { eachDialect } from './dialects.js';
import { analyzed, claim, INGESTED_AT, sampleMentions } from './fixtures.js';

const good = analyzed({
  id: 'r_good',
  text: 'Band A took Townsend on Wednesday, the monitor said.',
  date: '2017-11-09',
  mentions: sampleMentions(),
  claims: (id) => [claim(id, { n: 1, type: 'take-control', agent: 'band-a', placeId: 'gn:1', from: '2017-11-08', start: 0 })],
});

// The second claim reuses the first one's id: the primary key fails after the report, its mentions and the first
// claim were written.
const broken = analyzed({
  id: 'r_broken',
  text: 'Band B attacked Otherton; Band B took Otherton.',
  date: '2017-11-10',
  mentions: sampleMentions(),
  claims: (id) => {
    const first = claim(id, { n: 1, type: 'attack', agent: 'band-b', from: '2017-11-10', start: 0 });
    return [first, { ...first, type: 'take-control' }];
  },
});

eachDialect('store', (d) => {
  let db: StoreDb;
  let n = 0;
  beforeEach(async () => {
    db = await openStore({ url: d.url(`store_${n++}`) });
  });
  afterEach(async () => {
    await closeStore(db);
  });

  describe('storeAnalyzedReport', () => {
    it('stores a report with its mentions and claims and reads the report back unchanged', async () => {
      expect(await storeAnalyzedReport(db, good, INGESTED_AT)).toEqual({ reportId: 'r_good', stored: true });
      expect(await getReport(db, 'r_good')).toEqual(good.report);
      expect(await getReport(db, 'r_missing')).toBeUndefined();
      expect(await listClaims(db)).toEqual(good.claims);
      expect(await countRows(db)).toEqual({
        reports: 1,
        mentions: 3,
        claims: 1,
        claimsByType: { 'take-control': 1 },
        claimsByStatus: { asserted: 1 },
      });
    });

    it('is idempotent: the same content hash stores nothing the second time', async () => {
      await storeAnalyzedReport(db, good, INGESTED_AT);
      const again = await storeAnalyzedReport(db, good, '2030-01-01T00:00:00.000Z');
      expect(again).toEqual({ reportId: 'r_good', stored: false });
      expect((await countRows(db)).claims).toBe(1);
    });

    it('is atomic: a claim that breaks a constraint leaves nothing of its report', async () => {
      await storeAnalyzedReport(db, good, INGESTED_AT);
      await expect(storeAnalyzedReport(db, broken, INGESTED_AT)).rejects.toMatchObject({
        code: 'E_STORE_WRITE',
        input: 'fixtures/r_broken.txt',
      });
      expect(await getReport(db, 'r_broken')).toBeUndefined();
      expect(await listClaims(db, { reportId: 'r_broken' })).toEqual([]);
      const counts = await countRows(db);
      expect(counts).toMatchObject({ reports: 1, mentions: 3, claims: 1 });
    });

    it('rejects a claim whose confidence is outside 0..1', async () => {
      const bad = analyzed({
        id: 'r_conf',
        text: 'x',
        date: '2017-11-10',
        claims: (id) => [claim(id, { n: 1, type: 'fighting', from: '2017-11-10', start: 0, confidence: 1.5 })],
      });
      await expect(storeAnalyzedReport(db, bad, INGESTED_AT)).rejects.toMatchObject({ code: 'E_STORE_WRITE' });
      expect((await countRows(db)).reports).toBe(0);
    });

    it('keeps numbers as they were: confidences exactly, a claim without evidence sorted last', async () => {
      const doc = analyzed({
        id: 'r_num',
        text: 'Band A fought Band B.',
        date: '2017-11-10',
        claims: (id) => [
          { ...claim(id, { n: 2, type: 'attack', from: '2017-11-10', start: 3, confidence: 0.1 }), evidence: [] },
          claim(id, { n: 1, type: 'fighting', from: '2017-11-10', start: 0, confidence: 0.55 }),
        ],
      });
      await storeAnalyzedReport(db, doc, INGESTED_AT);
      const rows = await db.selectFrom('claims').select(['id', 'confidence', 'evidence_start']).orderBy('id').execute();
      expect(rows).toEqual([
        { id: 'r_num:attack:3:2', confidence: 0.1, evidence_start: 2_147_483_647 },
        { id: 'r_num:fighting:0:1', confidence: 0.55, evidence_start: 0 },
      ]);
      expect((await listClaims(db)).map((c) => c.id)).toEqual(['r_num:fighting:0:1', 'r_num:attack:3:2']);
    });
  });

  describe('storeMany', () => {
    it('stores a batch, skips duplicates and isolates a broken report', async () => {
      const docs = [good, broken, good];
      for (let i = 0; i < 5; i++) {
        docs.push(
          analyzed({
            id: `r_many${i}`,
            text: `report ${i}`,
            date: '2017-11-11',
            claims: (id) => [claim(id, { n: 1, type: 'fighting', from: '2017-11-11', start: i })],
          }),
        );
      }
      const result = await storeMany(db, docs, INGESTED_AT, { batchSize: 3 });
      expect(result.stored).toBe(6);
      expect(result.skipped).toBe(1);
      expect(result.errors.map((e) => e.code)).toEqual(['E_STORE_WRITE']);
      expect(result.errors[0]?.message).toMatch(/r_broken/);
      expect(result.results.map((r) => r.reportId)).toEqual(['r_good', 'r_good', 'r_many0', 'r_many1', 'r_many2', 'r_many3', 'r_many4']);
      expect(await getReport(db, 'r_broken')).toBeUndefined();
      expect(await countRows(db)).toMatchObject({ reports: 6, claims: 6, mentions: 3 });
      // The savepoint took the broken report's search entry with it; the duplicate was not indexed twice.
      expect(await searchReports(db, 'Otherton')).toEqual([]);
      expect((await searchReports(db, 'townsend')).map((h) => h.id)).toEqual(['r_good']);
    });

    it('stores a thousand reports in batches', async () => {
      const docs = Array.from({ length: 1000 }, (_, i) =>
        analyzed({
          id: `r_bulk${String(i).padStart(4, '0')}`,
          text: `bulk ${i}`,
          date: '2017-12-01',
          mentions: sampleMentions(),
          claims: (id) => [
            claim(id, { n: 1, type: 'fighting', agent: 'band-a', target: 'band-b', from: '2017-12-01', start: 0 }),
            claim(id, { n: 2, type: 'support', agent: 'state-x', supporters: ['state-y', 'state-y'], from: '2017-12-01', start: 5 }),
          ],
        }),
      );
      const result = await storeMany(db, docs, INGESTED_AT);
      expect(result).toMatchObject({ stored: 1000, skipped: 0, errors: [] });
      expect(await countRows(db)).toMatchObject({ reports: 1000, mentions: 3000, claims: 2000 });
    });
  });
});
