/**
 * Claim records from the bundled examples, run through the default pipeline once per test file, with the text of
 * each evidence span (what `getClaims(..., { withEvidence: true })` returns from a store).
 */
import { join } from 'node:path';
import type { ExportRecord } from '../../src/export/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { defaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { PACKAGE_ROOT } from '../../src/resources/resource-paths.js';

let cached: ExportRecord[] | undefined;

export function exampleRecords(): ExportRecord[] {
  if (cached) return cached;
  const { reports } = readInputs([join(PACKAGE_ROOT, 'examples')]);
  const pipeline = defaultPipeline();
  const out: ExportRecord[] = [];
  for (const report of reports) {
    const doc = pipeline.run(report);
    for (const claim of doc.claims) {
      const rec: ExportRecord = {
        claim,
        report: { id: report.id, publishedAt: report.publishedAt },
        evidence: claim.evidence.map((s) => report.text.slice(s.start, s.end)),
      };
      if (report.source.outlet) rec.report.outlet = report.source.outlet;
      if (doc.lang) rec.report.lang = doc.lang;
      out.push(rec);
    }
  }
  cached = out;
  return out;
}

/** The confirmed capture of Mayadin by the Syrian army (examples/en/03-mayadin.txt). */
export const MAYADIN_CAPTURE = 'c_d6a8479ebc4e3095';

export function recordById(id: string): ExportRecord {
  const r = exampleRecords().find((x) => x.claim.id === id);
  if (!r) throw new Error(`no example claim ${id}: did the pipeline change? Pick another known claim`);
  return r;
}

/** A deterministic shuffle (reverse, then interleave halves), to show output does not depend on input order. */
export function reshuffled<T>(items: readonly T[]): T[] {
  const rev = [...items].reverse();
  const half = Math.ceil(rev.length / 2);
  const out: T[] = [];
  for (let i = 0; i < half; i++) {
    out.push(rev[i]!);
    if (rev[i + half] !== undefined) out.push(rev[i + half]!);
  }
  return out;
}

/** A deep copy of a record, to alter in a test without touching the shared fixture. */
export function cloneRecord(r: ExportRecord): ExportRecord {
  return structuredClone(r);
}
