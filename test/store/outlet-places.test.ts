import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/cli/ingest-paths.js';
import { defaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { closeStore, openStore, storedOutletPlaces, type StoreDb } from '../../src/store/index.js';
import { eachDialect } from './dialects.js';
import { tempDir } from './fixtures.js';

// Reports written for this test: a north-east Texas paper's week, then a bare "Paris" a day later.
const line = (text: string, date: string, source: { outlet?: string; url?: string }) => JSON.stringify({ text, date, ...source });
const TEXAS = [
  'Lamar County commissioners voted on Tuesday to repave the farm road between Paris and Blossom, Texas.',
  'A grass fire burned about 200 acres north of Deport in Lamar County, Texas, on Sunday, the sheriff said.',
];
const LONE_PARIS = 'Police in Paris arrested two men after a break-in at a downtown pharmacy on Friday night.';

const files = tempDir();
afterAll(() => files.cleanup());
function jsonl(name: string, lines: string[]): string {
  const path = join(files.dir, `${name}.jsonl`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

beforeAll(() => {
  defaultPipeline();
}, 120_000);

eachDialect("an outlet's stored reports", (d) => {
  let db: StoreDb;
  let n = 0;
  beforeEach(async () => {
    db = await openStore({ url: d.url(`outlet_${n++}`) });
  });
  afterEach(async () => {
    await closeStore(db);
  });

  it('teach its locale to the next ingest: a bare "Paris" the day after is Paris, Texas', async () => {
    await ingestPaths(db, [jsonl('week', TEXAS.map((t, i) => line(t, `2009-03-1${i}`, { outlet: 'lamar-ledger.example' })))], {});
    await ingestPaths(db, [jsonl('next', [line(LONE_PARIS, '2009-03-20', { outlet: 'lamar-ledger.example' })])], {});
    const stored = await storedOutletPlaces(db, ['lamar-ledger.example']);
    expect(stored).toHaveLength(3);
    const paris = stored[0]!.places.find((p) => p.candidates[0]?.name === 'Paris');
    // Latest first: the lone report, whose only place is Paris.
    expect(stored[0]!.places).toHaveLength(1);
    expect(paris?.candidates[0]?.admin1).toBe('TX');
    expect(paris?.reasons.join(' ')).toMatch(/outlet locale US\.TX .*2 of 2 other reports/);
  });

  it('reads nothing for another outlet, and matches reports stored without one by their URL host', async () => {
    await ingestPaths(db, [jsonl('urls', TEXAS.map((t, i) => line(t, `2009-03-1${i}`, { url: `https://www.lamar-ledger.example/news/${i}` })))], {});
    expect(await storedOutletPlaces(db, ['another.example'])).toEqual([]);
    const stored = await storedOutletPlaces(db, ['lamar-ledger.example']);
    expect(stored.map((s) => s.places.length).every((k) => k >= 2)).toBe(true);
    expect(stored).toHaveLength(2);
    await ingestPaths(db, [jsonl('url-next', [line(LONE_PARIS, '2009-03-20', { url: 'https://lamar-ledger.example/news/9' })])], {});
    const after = await storedOutletPlaces(db, ['lamar-ledger.example'], 1);
    expect(after[0]!.places[0]?.candidates[0]?.admin1).toBe('TX');
  });
});

describe('without stored reports', () => {
  it('a lone report of a new outlet keeps its own reading', async () => {
    const tmp = tempDir();
    const db = await openStore({ url: join(tmp.dir, 'fresh.db') });
    try {
      await ingestPaths(db, [jsonl('alone', [line(LONE_PARIS, '2009-03-20', { outlet: 'lamar-ledger.example' })])], {});
      const [only] = await storedOutletPlaces(db, ['lamar-ledger.example']);
      expect(only?.places[0]?.candidates[0]?.countryCode).toBe('FR');
    } finally {
      await closeStore(db);
      tmp.cleanup();
    }
  });
});
