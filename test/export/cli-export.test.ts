import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_COLUMNS } from '../../src/export/index.js';
import { runCli, type Run } from '../cli/run-cli.js';
import { geoJsonProblems } from './geojson-check.js';

/** `sitrep export` through the real CLI (from source), on a store holding the bundled examples. */
let dir: string;
let db: string;

const sitrep = (...args: string[]): Promise<Run> => runCli(args, { ...process.env, SITREP_FROM_SOURCE: '1' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
  db = join(dir, 'examples.db');
  const r = await sitrep('ingest', 'examples', '--db', db);
  expect(r.status).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep export', () => {
  it('writes ACLED CSV to a file, filtered by type and time', async () => {
    const out = join(dir, 'acled.csv');
    const r = await sitrep('export', '--format', 'acled-csv', '--db', db, '--type', 'take-control', '--from', '2017-10-01', '--to', '2017-10-31', '-o', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([...ACLED_COLUMNS]);
      expect(row.event_date! >= '2017-09-28' && row.event_date! <= '2017-11-03').toBe(true);
    }
    // The gazetteer gives ACLED its admin-1 names.
    expect(rows.find((row) => row.location === 'Al Mayādīn')?.admin1).toBe('Deir ez-Zor');
  });

  it('writes control on a day as GeoJSON on stdout, and the same bytes twice', async () => {
    const a = await sitrep('export', '--format', 'control-geojson', '--db', db, '--at', '2017-11-10');
    expect(a.status).toBe(0);
    expect(geoJsonProblems(JSON.parse(a.stdout))).toEqual([]);
    expect((await sitrep('export', '--format', 'control-geojson', '--db', db, '--at', '2017-11-10')).stdout).toBe(a.stdout);
  });

  it('writes claims as JSON Lines, one per stored claim with --actor', async () => {
    const r = await sitrep('export', '--format', 'claims-jsonl', '--db', db, '--actor', 'isis');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { roles: Record<string, unknown>; evidenceText: string[] });
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(JSON.stringify(l.roles)).toContain('"isis"');
  });

  it('names the bad input: an unknown format, a missing --at, a bad date', async () => {
    const bad = await sitrep('export', '--format', 'kml', '--db', db);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/E_EXPORT_FORMAT.*--format.*acled-csv/);
    const noAt = await sitrep('export', '--format', 'control-geojson', '--db', db);
    expect(noAt.status).toBe(2);
    expect(noAt.stderr).toMatch(/--at/);
    const badDay = await sitrep('export', '--format', 'cameo-tsv', '--db', db, '--from', '2017-13-01');
    expect(badDay.status).toBe(2);
    expect(badDay.stderr).toMatch(/--from/);
  });
});
