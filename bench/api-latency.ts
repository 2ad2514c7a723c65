/**
 * HTTP API latency: a store of synthetic claims (bench/synthetic-claims.ts, default 100,000 claims over 2,000 places
 * and four years, five claims a report), the situation derived from them, then `sitrep serve` in its own process on
 * loopback and CONCURRENCY clients each sending requests back to back, a bounded number per route:
 *   /api/map/control?at=<a random day of the four years>   (a different day almost every time: no warm memo)
 *   /api/places/<a random place with intervals>/timeline    (intervals with their claims, read from the store)
 *   /api/map/events?from=<day>&to=<day + 30>                 (a month of located events, up to 1,000 features)
 * Prints p50/p90/p99 per route and writes bench/results/api-latency.json.
 * Run: `npx tsx bench/api-latency.ts [--claims N] [--requests R] [--concurrency C] [--fresh]`.
 * The store is kept in the system temp dir between runs (rebuilt with --fresh or when N changes). Timings live here,
 * never in tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzedReport } from '../src/model/analyzed-report.js';
import type { ClaimRecord } from '../src/model/situation.js';
import { PACKAGE_ROOT } from '../src/resources/resource-paths.js';
import { refreshSituation } from '../src/situation/refresh.js';
import { closeStore, countRows, openStore, storeMany, type StoreDb } from '../src/store/index.js';
import { SYNTHETIC_ACTORS, syntheticClaims, prng } from './synthetic-claims.js';

const argValue = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = argValue('--claims', 100_000);
const REQUESTS = argValue('--requests', 2000);
const CONCURRENCY = argValue('--concurrency', 16);
const FRESH = process.argv.includes('--fresh');

/** Synthetic claims grouped into minimal analysed reports (the store wants a report per claim's reportId). */
function reportsOf(records: readonly ClaimRecord[]): AnalyzedReport[] {
  const byReport = new Map<string, ClaimRecord[]>();
  for (const r of records) {
    const list = byReport.get(r.report.id);
    if (list) list.push(r);
    else byReport.set(r.report.id, [r]);
  }
  return [...byReport].map(([id, rs]) => {
    const first = rs[0]!;
    const text = `Synthetic report ${id}: ${rs.map((r) => `${r.claim.type} at ${r.claim.place?.name ?? '?'}`).join('; ')}.`;
    return {
      report: { id, source: { ...(first.report.outlet ? { outlet: first.report.outlet } : {}) }, publishedAt: first.report.publishedAt, lang: 'en', text, contentHash: `bench-${id}` },
      lang: 'en',
      langReason: 'synthetic',
      sentences: [],
      mentions: [],
      claims: rs.map((r) => r.claim),
      diagnostics: [],
    };
  });
}

async function buildStore(path: string): Promise<Record<string, number>> {
  if (!FRESH && existsSync(path)) {
    const db = await openStore({ url: path });
    const counts = await countRows(db);
    await closeStore(db);
    if (counts.claims === N) return { reused: 1 };
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const db: StoreDb = await openStore({ url: path });
  try {
    const t0 = performance.now();
    const docs = reportsOf(syntheticClaims(N));
    const stored = await storeMany(db, docs, '2024-01-01T00:00:00.000Z', { batchSize: 1000 });
    if (stored.errors.length) throw stored.errors[0];
    const t1 = performance.now();
    const refresh = await refreshSituation(db, SYNTHETIC_ACTORS, { derivedAt: '2024-01-01T00:00:00.000Z' });
    const t2 = performance.now();
    process.stderr.write(`stored ${docs.length} reports, ${N} claims in ${((t1 - t0) / 1000).toFixed(1)} s; derived ${refresh.events} events, ${refresh.intervals} intervals in ${((t2 - t1) / 1000).toFixed(1)} s\n`);
    return { storeSeconds: (t1 - t0) / 1000, deriveSeconds: (t2 - t1) / 1000, reports: docs.length, events: refresh.events, intervals: refresh.intervals };
  } finally {
    await closeStore(db);
  }
}

/** `sitrep serve` in its own process, so the clients below never share its event loop. */
async function startServe(dbPath: string): Promise<{ base: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin', 'sitrep.js'), 'serve', '--db', dbPath, '--port', '0', '--no-web'], {
    env: { ...process.env, SITREP_FROM_SOURCE: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[^/\s]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`sitrep serve exited (${code}) before listening`)));
  });
  return { base, stop: () => child.kill('SIGTERM') };
}

interface RouteResult {
  requests: number;
  errors: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  requestsPerSecond: number;
  meanBytes: number;
}

async function hammer(base: string, paths: readonly string[], concurrency = CONCURRENCY): Promise<RouteResult> {
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const t0 = performance.now();
  const client = async () => {
    for (;;) {
      const i = next++;
      if (i >= paths.length) return;
      const s = performance.now();
      const res = await fetch(`${base}${paths[i]}`);
      const body = await res.arrayBuffer();
      latencies.push(performance.now() - s);
      bytes += body.byteLength;
      if (res.status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const wall = performance.now() - t0;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!);
  return {
    requests: latencies.length,
    errors,
    p50: q(0.5),
    p90: q(0.9),
    p99: q(0.99),
    max: round(latencies[latencies.length - 1]!),
    mean: round(latencies.reduce((a, b) => a + b, 0) / latencies.length),
    requestsPerSecond: Math.round((latencies.length / wall) * 1000),
    meanBytes: Math.round(bytes / latencies.length),
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const dayAt = (offset: number) => new Date(Date.UTC(2014, 0, 1) + offset * 86400000).toISOString().slice(0, 10);

const dbPath = join(tmpdir(), `sitrep-api-bench-${N}.sqlite`);
const setup = await buildStore(dbPath);
const server = await startServe(dbPath);
try {
  // The first request loads and indexes the situation: timed apart, it is a once-per-derivation cost.
  const f0 = performance.now();
  const first = await fetch(`${server.base}/api/map/control?at=2016-01-01`);
  await first.arrayBuffer();
  const firstMs = performance.now() - f0;
  const health = (await (await fetch(`${server.base}/api/health`)).json()) as { claims: number };

  const rnd = prng(11);
  const days = 4 * 365;
  const placesWithIntervals = (await (await fetch(`${server.base}/api/map/control?at=2017-12-31`)).json()) as { features: { properties: { placeId: string } }[] };
  const placeIds = placesWithIntervals.features.map((f) => f.properties.placeId);
  const routes: Record<string, string[]> = {
    'GET /api/map/control?at=': Array.from({ length: REQUESTS }, () => `/api/map/control?at=${dayAt(Math.floor(rnd() * days))}`),
    'GET /api/places/:id/timeline': Array.from({ length: REQUESTS }, () => `/api/places/${encodeURIComponent(placeIds[Math.floor(rnd() * placeIds.length)]!)}/timeline`),
    'GET /api/map/events?from&to': Array.from({ length: REQUESTS }, () => {
      const d = Math.floor(rnd() * (days - 30));
      return `/api/map/events?from=${dayAt(d)}&to=${dayAt(d + 30)}`;
    }),
  };
  const results: Record<string, RouteResult> = {};
  const sequential: Record<string, RouteResult> = {};
  for (const [name, paths] of Object.entries(routes)) {
    await hammer(server.base, paths.slice(0, Math.min(100, paths.length))); // warm-up: JIT, connections
    // One client, one request at a time: the service time, without queueing behind the other clients.
    sequential[name] = await hammer(server.base, paths.slice(0, Math.min(300, paths.length)), 1);
    results[name] = await hammer(server.base, paths);
  }
  const out = {
    date: new Date().toISOString().slice(0, 10),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', node: process.version },
    store: { engine: 'sqlite', claims: health.claims, places: placeIds.length, ...setup },
    concurrency: CONCURRENCY,
    firstRequestMs: round(firstMs),
    routes: results,
    sequential,
  };
  process.stdout.write(`API latency, ${health.claims.toLocaleString('en')} claims, ${placeIds.length} places with intervals, ${CONCURRENCY} concurrent clients on loopback (first request, loading the situation: ${round(firstMs)} ms)\n`);
  const line = (name: string, r: RouteResult) =>
    `  ${name.padEnd(30)} ${String(r.requests).padStart(5)} req  p50 ${String(r.p50).padStart(6)} ms  p90 ${String(r.p90).padStart(6)} ms  p99 ${String(r.p99).padStart(6)} ms  max ${String(r.max).padStart(6)} ms  ${r.requestsPerSecond} req/s  ${Math.round(r.meanBytes / 1024)} KB/answer${r.errors ? `  ${r.errors} errors` : ''}\n`;
  process.stdout.write('one client, sequential:\n');
  for (const [name, r] of Object.entries(sequential)) process.stdout.write(line(name, r));
  process.stdout.write(`${CONCURRENCY} concurrent clients:\n`);
  for (const [name, r] of Object.entries(results)) process.stdout.write(line(name, r));
  mkdirSync(join(PACKAGE_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(PACKAGE_ROOT, 'bench', 'results', 'api-latency.json'), `${JSON.stringify(out, null, 2)}\n`);
} finally {
  server.stop();
}
