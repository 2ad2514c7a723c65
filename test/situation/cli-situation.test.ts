import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlInterval } from '../../src/model/index.js';
import { closeStore, getClaims, openStore } from '../../src/store/index.js';
import { runCli, type Run } from '../cli/run-cli.js';

/**
 * The situation commands through the real CLI, on the bundled examples (several accounts of Abu Kamal in November
 * 2017: the army's capture on the 9th, the Observatory's report of the IS counter-attack on the 10th-11th).
 * SITREP_FROM_SOURCE runs the TypeScript sources, so a stale dist/ cannot answer for them.
 */
const sitrep = (...args: string[]): Promise<Run> => runCli([...args, '--db', db], { ...process.env, SITREP_FROM_SOURCE: '1' });

function json<T>(run: Run): T {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as T;
}

interface ClaimView {
  id: string;
  status: string;
  reportDate: string;
  claimants: { kind: string; label: string; actorId?: string }[];
}
type IntervalView = ControlInterval & { supportingClaims: ClaimView[]; contradictingClaims: ClaimView[] };
interface Place {
  placeId: string;
  name: string;
}

let dir: string;
let db: string;
let timelineRun: Run;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-situation-'));
  db = join(dir, 'examples.db');
  const ingest = await sitrep('ingest', 'examples');
  expect(ingest.status, ingest.stderr).toBe(0);
  timelineRun = await sitrep('timeline', 'Abu Kamal', '--json');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep timeline', () => {
  it('resolves "Abu Kamal" to the GeoNames town', async () => {
    expect(json<{ place: Place }>(timelineRun).place).toMatchObject({ placeId: 'gn:174448' });
  });

  it('lists sorted, non-overlapping intervals whose claims exist', async () => {
    const { intervals } = json<{ intervals: IntervalView[] }>(timelineRun);
    expect(intervals.length).toBeGreaterThan(1);
    for (const [k, i] of intervals.entries()) {
      expect(i.placeId).toBe('gn:174448');
      expect(i.from <= i.to, `${i.from}..${i.to}`).toBe(true);
      const prev = intervals[k - 1];
      if (prev) expect(prev.to < i.from, `${prev.to} before ${i.from}`).toBe(true);
      if (i.state !== 'unknown') expect(i.supporting.length).toBeGreaterThan(0);
      // Every cited claim was found in the store and printed with its claimants and report date.
      expect(i.supportingClaims.map((c) => c.id)).toEqual(i.supporting);
      expect(i.contradictingClaims.map((c) => c.id)).toEqual(i.contradicting);
      for (const c of [...i.supportingClaims, ...i.contradictingClaims]) {
        expect(c.claimants.length).toBeGreaterThan(0);
        expect(c.reportDate).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      }
    }
    const store = await openStore({ url: db });
    try {
      const ids = intervals.flatMap((i) => [...i.supporting, ...i.contradicting]);
      expect((await getClaims(store, ids)).length).toBe(new Set(ids).size);
    } finally {
      await closeStore(store);
    }
  });
});

describe('sitrep control --at', () => {
  it('says IS held Abu Kamal, contested, on 12 November 2017, and who claimed what', async () => {
    const answer = json<{ place: Place; at: string; interval: IntervalView | null }>(await sitrep('control', 'Abu Kamal', '--at', '2017-11-12', '--json'));
    expect(answer.at).toBe('2017-11-12');
    const i = answer.interval;
    if (i === null) throw new Error('no interval covers 2017-11-12');
    expect(i.from <= '2017-11-12' && '2017-11-12' <= i.to).toBe(true);
    expect(i.state).toBe('contested');
    expect(i.controller?.actorId).toBe('isis');
    const claimants = new Set([...i.supportingClaims, ...i.contradictingClaims].flatMap((c) => c.claimants.map((k) => k.actorId)));
    expect(claimants).toContain('sohr');
    expect(claimants).toContain('syr-army');
  });

  it('prints a readable answer naming the holder and the sources', async () => {
    const run = await sitrep('control', 'Boukamal', '--at', '2017-11-12');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Ālbū Kamāl \(gn:174448\) on 2017-11-12: contested — held by Islamic State \(isis\)/);
    expect(run.stdout).toMatch(/says Syrian Observatory for Human Rights {2}\(report r_\w+ of 2017-11-1\d/);
    expect(run.stdout).toMatch(/says Syrian Arab Army/);
  });
});

describe('sitrep derive', () => {
  it('recomputes the same situation', async () => {
    const counts = json<{ claims: number; intervals: number }>(await sitrep('derive', '--json'));
    expect(counts.claims).toBeGreaterThan(0);
    expect(counts.intervals).toBeGreaterThan(0);
    expect((await sitrep('timeline', 'gn:174448', '--json')).stdout).toBe(timelineRun.stdout);
  });
});

describe('a stale situation', () => {
  it('is derived again before a query answers, with a note on stderr', async () => {
    const store = await openStore({ url: db });
    await store.deleteFrom('situation_meta').execute();
    await store.deleteFrom('control_intervals').execute();
    await closeStore(store);
    const run = await sitrep('timeline', 'gn:174448', '--json');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^note: the stored situation was missing or out of date; derived it again from \d+ claims/);
    expect(run.stdout).toBe(timelineRun.stdout);
  });

  it('stays current when re-ingesting changes nothing', async () => {
    const run = await sitrep('ingest', 'examples', '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ stored: 0 });
    expect(await sitrep('timeline', 'gn:174448', '--json')).toEqual({ status: 0, stdout: timelineRun.stdout, stderr: '' });
  });
});

describe('bad input', () => {
  it.each([
    [['control', 'Xyzzyville'], /E_QUERY_PLACE: Xyzzyville: unknown place "Xyzzyville"/],
    [['control', 'Abu Kamal', '--at', '2017-13-01'], /E_QUERY_PARAM: --at: "2017-13-01" is not a day/],
    [['events', '--bbox', '42,33,38,37'], /E_QUERY_PARAM: --bbox/],
    [['events', '--min-sources', 'two'], /E_QUERY_PARAM: --min-sources/],
  ])('%j fails with exit code 2 and one clear line', async (args, message) => {
    const run = await sitrep(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });
});
