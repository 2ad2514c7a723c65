/**
 * Situation benchmark: event fusion, control timelines, relations and contradictions over synthetic claims
 * (bench/synthetic-claims.ts: skewed places, four years, several claimants), then saving the derived situation
 * to a fresh SQLite file. Prints wall time per step (best of RUNS) and peak memory, and writes
 * bench/results/situation.json. Run: `npx tsx bench/situation.ts [--claims N]` (default 100,000).
 * Timings live here, never in tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findContradictions } from '../src/situation/contradictions.js';
import { controlTimelines } from '../src/situation/control-timeline.js';
import { fuseEvents } from '../src/situation/fuse-events.js';
import { deriveRelations } from '../src/situation/relations.js';
import { closeStore, openStore, saveSituation } from '../src/store/index.js';
import { SYNTHETIC_ACTORS, syntheticClaims } from './synthetic-claims.js';

const arg = process.argv.indexOf('--claims');
const n = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
const RUNS = 3;
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const timer = setInterval(sample, 5);

function best<T>(fn: () => T): { ms: number; out: T } {
  let ms = Infinity;
  let out!: T;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    out = fn();
    ms = Math.min(ms, performance.now() - t0);
    sample();
  }
  return { ms, out };
}

const records = syntheticClaims(n);
sample();
const rssWithClaims = process.memoryUsage().rss;
const fuse = best(() => fuseEvents(records, SYNTHETIC_ACTORS));
const control = best(() => controlTimelines(records, SYNTHETIC_ACTORS));
const relations = best(() => deriveRelations(records, SYNTHETIC_ACTORS));
const contradictions = best(() => findContradictions(records, control.out, SYNTHETIC_ACTORS));
const situation = { events: fuse.out, control: control.out, relations: relations.out, contradictions: contradictions.out };

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const db = await openStore({ url: join(dir, 'bench.sqlite') });
const t0 = performance.now();
await saveSituation(db, situation);
const saveMs = performance.now() - t0;
await closeStore(db);
rmSync(dir, { recursive: true, force: true });
clearInterval(timer);
sample();

const derivedMs = fuse.ms + control.ms + relations.ms + contradictions.ms;
const result = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  claims: n,
  ms: { fuse: Math.round(fuse.ms), control: Math.round(control.ms), relations: Math.round(relations.ms), contradictions: Math.round(contradictions.ms), derived: Math.round(derivedMs), save: Math.round(saveMs) },
  counts: { events: fuse.out.length, intervals: control.out.length, relations: relations.out.length, contradictions: contradictions.out.length },
  memoryMb: { rssWithClaims: mb(rssWithClaims), peakRss: mb(peakRss), peakHeap: mb(peakHeap) },
};
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results', 'situation.json'), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(
  [
    `situation over ${n.toLocaleString('en')} synthetic claims (best of ${RUNS}, one core)`,
    `  fuse events      ${result.ms.fuse} ms → ${result.counts.events.toLocaleString('en')} events`,
    `  control          ${result.ms.control} ms → ${result.counts.intervals.toLocaleString('en')} intervals`,
    `  relations        ${result.ms.relations} ms → ${result.counts.relations.toLocaleString('en')} relations`,
    `  contradictions   ${result.ms.contradictions} ms → ${result.counts.contradictions.toLocaleString('en')} pairs`,
    `  all derivations  ${result.ms.derived} ms; saving to SQLite ${result.ms.save} ms`,
    `  memory           ${result.memoryMb.rssWithClaims} MB RSS with the claims loaded; peak RSS ${result.memoryMb.peakRss} MB, peak heap ${result.memoryMb.peakHeap} MB`,
  ].join('\n') + '\n',
);
