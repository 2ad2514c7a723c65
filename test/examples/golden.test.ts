import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { defaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { batchOutletLocales } from '../../src/pipeline/batch-outlet-locales.js';
import { PACKAGE_ROOT } from '../../src/resources/resource-paths.js';
import { projectReport, type ProjectedReport } from './claim-projection.js';

/**
 * Golden outputs for the bundled examples: a readable projection of every claim, one file per input under
 * examples/golden/. They pin today's extractor so that any change in its output shows up as a diff to review;
 * when the change is an improvement, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/examples`.
 */
const EXAMPLES = join(PACKAGE_ROOT, 'examples');
const GOLDEN_DIR = join(EXAMPLES, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const REGENERATE = 'run `UPDATE_GOLDEN=1 npx vitest run test/examples`';

// A JSON Lines report's origin is `file.jsonl:line`; its golden file is the file's.
const JSONL_ORIGIN = /^(.+\.(?:jsonl|ndjson)):(\d+)$/;

function goldenName(file: string): string {
  return `${file.split(sep).join('__')}.golden.json`;
}

function projectExamples(): { byFile: Map<string, ProjectedReport[]>; errors: string[]; skipped: string[] } {
  const input = readInputs([EXAMPLES]);
  const pipeline = defaultPipeline();
  // As `sitrep extract examples/` runs them: one batch, so repeated outlets teach their locale.
  const outletLocale = batchOutletLocales(pipeline.stages, input.reports);
  const byFile = new Map<string, ProjectedReport[]>();
  for (const report of input.reports) {
    const origin = relative(EXAMPLES, report.source.origin ?? report.id);
    const file = JSONL_ORIGIN.exec(origin)?.[1] ?? origin;
    byFile.set(file, [...(byFile.get(file) ?? []), projectReport(pipeline.run(report, outletLocale ? { outletLocale } : {}), origin)]);
  }
  return { byFile, errors: input.errors.map((e) => e.message), skipped: input.skipped.map((s) => relative(EXAMPLES, s.input)) };
}

const { byFile, errors, skipped } = projectExamples();

describe('examples/ golden outputs', () => {
  it('reads every example without error and never reads golden files as reports', () => {
    expect(errors).toEqual([]);
    expect(byFile.size).toBeGreaterThan(0);
    expect([...byFile.keys()].filter((f) => f.startsWith(`golden${sep}`))).toEqual([]);
    if (existsSync(GOLDEN_DIR) && !UPDATE) expect(skipped.filter((s) => s.startsWith(`golden${sep}`)).length).toBeGreaterThan(0);
  });

  for (const [file, reports] of byFile) {
    it(`${file} matches its golden file`, () => {
      const path = join(GOLDEN_DIR, goldenName(file));
      const actual = `${JSON.stringify(reports, null, 2)}\n`;
      if (UPDATE) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(path, actual);
        return;
      }
      if (!existsSync(path)) expect.fail(`no golden file ${relative(PACKAGE_ROOT, path)} for examples/${file}: ${REGENERATE}`);
      // String comparison: vitest prints a line diff of the pretty JSON, which reads like the golden file itself.
      expect(actual, `examples/${file} differs from its golden file; if the change is intended, ${REGENERATE}`).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('has no golden file left over from a removed example', () => {
    if (!existsSync(GOLDEN_DIR)) return;
    const expected = new Set([...byFile.keys()].map(goldenName));
    const orphans = readdirSync(GOLDEN_DIR).filter((n) => n.endsWith('.golden.json') && !expected.has(n));
    if (UPDATE) return orphans.forEach((n) => rmSync(join(GOLDEN_DIR, n)));
    expect(orphans, `delete these, or ${REGENERATE}`).toEqual([]);
  });
});
