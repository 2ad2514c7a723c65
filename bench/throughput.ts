/**
 * Throughput benchmark: warm start to first result, pipeline throughput on one core, end-to-end ingest into a
 * fresh SQLite file, peak RSS. Run: `npx tsx bench/throughput.ts [--copies N]` (default: ~5 MB of text).
 * Prints a table and writes bench/results/throughput.json. Timings live here, never as assertions in tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/ingest/index.js';
import { defaultPipeline } from '../src/pipeline/default-pipeline.js';
import { emptyAnalysis } from '../src/pipeline/run-pipeline.js';
import { batchOutletLocales } from '../src/pipeline/batch-outlet-locales.js';
import { PACKAGE_ROOT } from '../src/resources/resource-paths.js';
import { buildCorpus, copiesFor, readExamples, type BenchCorpus } from './bench-corpus.js';

const TARGET_BYTES = 5e6;
const WARM_START_RUNS = 3;
const STAGE_ROUNDS = 20;
const BATCH = 200; // the CLI's ingest batch size (src/cli/ingest-paths.ts)
const OUTLETS = 5; // outlets the corpus is dealt to for the outlet-locale pre-pass
const FIRST_REPORT = join(PACKAGE_ROOT, 'examples', 'en', '01-tal-afar.txt');
const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results', 'throughput.json');

type Figures = Record<string, number>;

interface BenchResult {
  date: string;
  node: string;
  cpu: string;
  corpus: Figures;
  warmStart: Figures;
  pipeline: Figures;
  stagesMsPerReport: Figures;
  ingest: Figures;
  outletLocales: Figures;
  peakRssKb: number;
}

const mb = (bytes: number) => bytes / 1e6;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const peakRssKb = () => process.resourceUsage().maxRSS;

/**
 * Child mode: read one report, build the pipeline, analyse it, and say how long after process start that was.
 * `performance.now()` counts from `performance.timeOrigin`, the process start, so module loading (tsx included)
 * and index loading are inside the figure, as a user would feel them.
 */
function firstResultChild(): void {
  const [report] = readInputs([FIRST_REPORT]).reports;
  if (!report) throw new Error(`${FIRST_REPORT} did not read`);
  const built = performance.now();
  const pipeline = defaultPipeline();
  const ready = performance.now();
  const doc = pipeline.run(report);
  const done = performance.now();
  console.log(JSON.stringify({ firstResultMs: done, importsAndReadMs: built, pipelineBuildMs: ready - built, firstRunMs: done - ready, claims: doc.claims.length, peakRssKb: peakRssKb() }));
}

function warmStart(): Figures {
  const self = fileURLToPath(import.meta.url);
  const runs: Array<Figures> = [];
  const cli: number[] = [];
  for (let i = 0; i < WARM_START_RUNS; i++) {
    const out = spawnSync(process.execPath, [...process.execArgv, self, '--first-result'], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`first-result child failed: ${out.stderr}`);
    runs.push(JSON.parse(out.stdout.trim().split('\n').pop() ?? '{}') as Figures);
    // The same thing through the real CLI, timed from outside: node boot and JSON output included.
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'sitrep.js'), 'extract', FIRST_REPORT, '--json'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`sitrep extract failed: ${r.stderr}`);
    cli.push(performance.now() - t0);
  }
  const med = (key: string) => round(median(runs.map((r) => r[key] ?? NaN)), 0);
  return {
    firstResultMs: med('firstResultMs'),
    importsAndReadMs: med('importsAndReadMs'),
    pipelineBuildMs: med('pipelineBuildMs'),
    firstRunMs: med('firstRunMs'),
    childPeakRssKb: med('peakRssKb'),
    cliExtractWallMs: round(median(cli), 0),
  };
}

function pipelineThroughput(corpus: BenchCorpus): Figures {
  const pipeline = defaultPipeline();
  // Warm the JIT on the first copy so the figure is the steady state a long ingest sees.
  for (let i = 0; i < 3; i++) for (const r of corpus.reports.slice(0, corpus.perCopy)) pipeline.run(r);
  const perReport: number[] = [];
  let claims = 0;
  let firstCopyClaims = 0;
  const t0 = performance.now();
  for (const [i, r] of corpus.reports.entries()) {
    const s = performance.now();
    const n = pipeline.run(r).claims.length;
    perReport.push(performance.now() - s);
    claims += n;
    if (i < corpus.perCopy) firstCopyClaims += n;
  }
  const secs = (performance.now() - t0) / 1000;
  // The copy suffix must not change what is extracted, or later copies are not the same work as the first.
  if (claims !== firstCopyClaims * corpus.copies) console.warn(`warning: ${claims} claims, expected ${corpus.copies} × ${firstCopyClaims}; the copy suffix changes extraction`);
  perReport.sort((a, b) => a - b);
  const pct = (p: number) => round(perReport[Math.min(perReport.length - 1, Math.floor(p * perReport.length))] ?? NaN, 2);
  return { seconds: round(secs, 2), reportsPerSec: round(corpus.reports.length / secs, 0), mbPerSec: round(mb(corpus.bytes) / secs, 2), msPerReportP50: pct(0.5), msPerReportP99: pct(0.99), claims };
}

/**
 * Mean ms per report in each stage, over the first copy run STAGE_ROUNDS times: says where a throughput change
 * comes from. Runs the stages by hand, without the runner's try/catch, which costs nothing measurable.
 */
function stageBreakdown(corpus: BenchCorpus): Figures {
  const stages = defaultPipeline().stages;
  const ms: Figures = Object.fromEntries(stages.map((s) => [s.id, 0]));
  const sample = corpus.reports.slice(0, corpus.perCopy);
  for (let round = 0; round < STAGE_ROUNDS; round++) {
    for (const r of sample) {
      let doc = emptyAnalysis(r);
      for (const stage of stages) {
        const t = performance.now();
        doc = stage.run(doc, { explain: false });
        ms[stage.id] = (ms[stage.id] ?? 0) + performance.now() - t;
      }
    }
  }
  return Object.fromEntries(Object.entries(ms).map(([id, total]) => [id, round(total / (STAGE_ROUNDS * sample.length), 2)]));
}

/**
 * The pre-pass `ingest` and `extract` add when outlets repeat in a batch (`batch-outlet-locales.ts`): every report
 * dealt to one of a few outlets, run up to the place stage once more. Milliseconds per report.
 */
function outletLocalePrePass(corpus: BenchCorpus): Figures {
  const reports = corpus.reports.map((r, i) => ({ ...r, source: { ...r.source, outlet: `outlet-${i % OUTLETS}` } }));
  const t0 = performance.now();
  batchOutletLocales(defaultPipeline().stages, reports);
  const ms = performance.now() - t0;
  return { seconds: round(ms / 1000, 2), msPerReport: round(ms / reports.length, 2) };
}

async function ingestThroughput(corpus: BenchCorpus): Promise<Figures> {
  const { closeStore, countRows, openStore, storeMany } = await import('../src/store/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const file = join(dir, 'bench.sqlite');
  const pipeline = defaultPipeline();
  const ingestedAt = new Date().toISOString();
  let storeMs = 0;
  let stored = 0;
  try {
    const t0 = performance.now();
    const db = await openStore({ url: file });
    try {
      for (let i = 0; i < corpus.reports.length; i += BATCH) {
        const docs = corpus.reports.slice(i, i + BATCH).map((r) => pipeline.run(r));
        const s = performance.now();
        const result = await storeMany(db, docs, ingestedAt);
        storeMs += performance.now() - s;
        stored += result.stored;
        if (result.errors.length) throw new Error(`store failed: ${result.errors[0]?.message}`);
      }
      const secs = (performance.now() - t0) / 1000;
      const counts = await countRows(db);
      return {
        seconds: round(secs, 2),
        reportsPerSec: round(corpus.reports.length / secs, 0),
        storeOnlyReportsPerSec: round(corpus.reports.length / (storeMs / 1000), 0),
        stored,
        rowsClaims: counts.claims,
        rowsMentions: counts.mentions,
        dbMb: round(mb(statSync(file).size), 2),
      };
    } finally {
      await closeStore(db);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseCopies(argv: string[]): number | undefined {
  const i = argv.indexOf('--copies');
  if (i < 0) return undefined;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--copies must be a positive whole number, got "${argv[i + 1]}"`);
  return n;
}

async function main(): Promise<void> {
  // "Warm" means the gazetteer index is already on disk: build it now if it is not, outside every timing.
  const { buildGazetteerIndex } = await import('../src/resources/gazetteer/index.js');
  buildGazetteerIndex();
  const examples = readExamples();
  const copies = parseCopies(process.argv.slice(2)) ?? copiesFor(TARGET_BYTES, examples);
  const corpus = buildCorpus(examples, copies);
  const warm = warmStart();
  const pipeline = pipelineThroughput(corpus);
  const stagesMsPerReport = stageBreakdown(corpus);
  const ingest = await ingestThroughput(corpus);
  const outletLocales = outletLocalePrePass(corpus);
  const result: BenchResult = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: `${cpus()[0]?.model ?? 'unknown'} (${cpus().length} logical)`,
    corpus: { copies, reports: corpus.reports.length, reportsPerCopy: corpus.perCopy, textMb: round(mb(corpus.bytes), 2) },
    warmStart: warm,
    pipeline,
    stagesMsPerReport,
    ingest,
    outletLocales,
    peakRssKb: peakRssKb(),
  };
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  printTable(result);
}

function printTable(r: BenchResult): void {
  const rows: Array<[string, string]> = [
    ['corpus', `${r.corpus.reports} reports (${r.corpus.copies} × ${r.corpus.reportsPerCopy}), ${r.corpus.textMb} MB text`],
    ['warm start → first result', `${r.warmStart.firstResultMs} ms in-process (imports + read ${r.warmStart.importsAndReadMs}, pipeline build ${r.warmStart.pipelineBuildMs}, first run ${r.warmStart.firstRunMs}); \`sitrep extract\` wall ${r.warmStart.cliExtractWallMs} ms`],
    ['pipeline, one core', `${r.pipeline.reportsPerSec} reports/s, ${r.pipeline.mbPerSec} MB/s (p50 ${r.pipeline.msPerReportP50} ms, p99 ${r.pipeline.msPerReportP99} ms per report; ${r.pipeline.seconds} s)`],
    ['  by stage (ms/report)', Object.entries(r.stagesMsPerReport).map(([id, v]) => `${id} ${v}`).join(', ')],
    ['ingest → fresh SQLite', `${r.ingest.reportsPerSec} reports/s end to end (store alone ${r.ingest.storeOnlyReportsPerSec} reports/s; ${r.ingest.seconds} s, ${r.ingest.stored} stored, ${r.ingest.dbMb} MB file)`],
    ['outlet-locale pre-pass', `${r.outletLocales.msPerReport} ms/report more when outlets repeat in a batch (${r.outletLocales.seconds} s)`],
    ['peak RSS', `${r.peakRssKb} KB (${round(r.peakRssKb / 1024, 0)} MB); warm-start child ${r.warmStart.childPeakRssKb} KB`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`Sitrep throughput (node ${r.node}; MB = 10^6 bytes of UTF-8 text)`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  console.log(`  → ${RESULTS}`);
}

if (process.argv.includes('--first-result')) firstResultChild();
else await main();
