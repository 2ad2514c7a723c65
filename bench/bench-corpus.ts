import { join } from 'node:path';
import { createReport, readInputs } from '../src/ingest/index.js';
import type { Report } from '../src/model/report.js';
import { PACKAGE_ROOT } from '../src/resources/resource-paths.js';

export interface BenchCorpus {
  reports: Report[];
  copies: number;
  /** UTF-8 bytes of report text (what the pipeline reads), not of the files on disk. */
  bytes: number;
  /** Reports in one copy of examples/ (text files plus JSON Lines items). */
  perCopy: number;
}

const textBytes = (reports: readonly Report[]) => reports.reduce((n, r) => n + Buffer.byteLength(r.text, 'utf8'), 0);

/** The bundled examples as read by ingest, with any read error thrown: a bench on a broken corpus means nothing. */
export function readExamples(): Report[] {
  const input = readInputs([join(PACKAGE_ROOT, 'examples')]);
  if (input.errors.length) throw new Error(`examples/ did not read cleanly: ${input.errors.map((e) => e.message).join('; ')}`);
  return input.reports;
}

/** Copies of the examples needed to reach `targetBytes` of text. */
export function copiesFor(targetBytes: number, examples: readonly Report[]): number {
  return Math.max(1, Math.ceil(targetBytes / textBytes(examples)));
}

/**
 * `copies` × the examples. Copy 0 is the examples as they are; every later copy appends a numbered paragraph,
 * because a report's id is the hash of its date and text: identical copies would collapse into one row in the
 * store and turn the ingest figure into a dedup figure. The suffix is a bracketed tag with no actor, place or
 * verb in it, so it adds no claim.
 */
export function buildCorpus(examples: readonly Report[], copies: number): BenchCorpus {
  const reports: Report[] = [...examples];
  for (let k = 1; k < copies; k++) {
    for (const r of examples) {
      const copy = createReport({
        text: `${r.text}\n\n[bench copy ${k}]`,
        publishedAt: r.publishedAt,
        source: { ...r.source, origin: `${r.source.origin ?? r.id}#${k}` },
        ...(r.lang !== undefined ? { lang: r.lang } : {}),
        ...(r.title !== undefined ? { title: r.title } : {}),
      });
      if (copy) reports.push(copy);
    }
  }
  return { reports, copies, bytes: textBytes(reports), perCopy: examples.length };
}
