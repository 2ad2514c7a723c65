/**
 * Gazetteer and place-stage benchmark: index build, warm load, place-stage throughput on the seed text, peak RSS.
 * Run: `npx tsx bench/gazetteer.ts [text-file]`. Build and load run in child processes so each is measured cold.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGazetteerIndex } from '../src/resources/gazetteer/build-gazetteer-index.js';
import { loadGazetteer } from '../src/resources/gazetteer/load-gazetteer.js';
import { createPlaceStage } from '../src/stages/places/place-stage.js';

const SAMPLE_FALLBACK =
  'Située dans la province de Deir Ezzor, dans l’est de la Syrie, Boukamal est tout près de la frontière irakienne. ' +
  'Les forces irakiennes ont repris Mossoul; Rawa, à l’est d’Al-Qaïm, reste aux mains de l’EI.';

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function child(mode: string): Record<string, number> {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), `--${mode}`], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

function buildMode(): void {
  const r = buildGazetteerIndex({ force: true });
  console.log(JSON.stringify({ buildMs: r.millis ?? 0, entries: r.entries ?? 0, peakRssMb: peakRssMb() }));
}

function loadMode(): void {
  const t0 = performance.now();
  const g = loadGazetteer();
  const loadMs = performance.now() - t0;
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
  console.log(JSON.stringify({ loadMs: Math.round(loadMs), entries: g.size, heapMb, peakRssMb: peakRssMb() }));
}

function runMode(textPath: string | undefined): void {
  const text = textPath && existsSync(textPath) ? readFileSync(textPath, 'utf8') : SAMPLE_FALLBACK;
  const stage = createPlaceStage(loadGazetteer());
  const doc = {
    report: { id: 'r_bench', source: {}, publishedAt: { value: '2017-11', precision: 'month' as const }, text, contentHash: 'x' },
    lang: 'fr',
    langReason: 'bench',
    sentences: [],
    mentions: [],
    claims: [],
    diagnostics: [],
  };
  for (let i = 0; i < 20; i++) stage.run(doc, { explain: false });
  const n = 500;
  const t0 = performance.now();
  let mentions = 0;
  for (let i = 0; i < n; i++) mentions = stage.run(doc, { explain: false }).mentions.length;
  const secs = (performance.now() - t0) / 1000;
  console.log(
    JSON.stringify({
      chars: text.length,
      mentions,
      reportsPerSec: Math.round(n / secs),
      charsPerSec: Math.round((n * text.length) / secs),
      peakRssMb: peakRssMb(),
    }),
  );
}

const arg = process.argv[2];
if (arg === '--build') buildMode();
else if (arg === '--load') loadMode();
else if (arg === '--run') runMode(process.argv[3]);
else {
  const textPath = arg ?? '/work/shared/seeds/000_be4f02771fe48c33.txt';
  const build = child('build');
  const load = child('load');
  const warm = child('load');
  const run = JSON.parse(
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--run', textPath], {
      encoding: 'utf8',
    }).trim(),
  ) as Record<string, number>;
  console.log('index build      ', build);
  console.log('first load       ', load);
  console.log('warm load        ', warm);
  console.log('place stage      ', run);
}
