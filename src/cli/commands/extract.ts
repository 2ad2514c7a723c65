import type { Command } from 'commander';
import { readInputs } from '../../ingest/index.js';
import { defaultPipeline } from '../../pipeline/default-pipeline.js';
import { batchOutletLocales } from '../../pipeline/batch-outlet-locales.js';
import { formatClaimsTable, publicClaim } from '../format-claims.js';
import { readStdinSync, reportErrors } from '../io.js';

/** `sitrep extract <file…>`: claims to stdout, no database. */
export function register(program: Command): void {
  program
    .command('extract')
    .description('extract claims from report files (no database): a table, --json or --jsonl')
    .argument('<paths...>', 'report files, directories or - for stdin')
    .option('--date <date>', 'date for plain texts without a `date` header (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--json', 'one JSON document with every report and its claims')
    .option('--jsonl', 'one JSON claim per line')
    .option('--explain', 'say why each actor, place, time and status was chosen')
    .action((paths: string[], opts: { date?: string; json?: boolean; jsonl?: boolean; explain?: boolean }) => {
      const input = readInputs(paths, { ...(opts.date ? { date: opts.date } : {}), stdin: readStdinSync });
      const pipeline = defaultPipeline();
      const explain = Boolean(opts.explain);
      const outletLocale = batchOutletLocales(pipeline.stages, input.reports);
      const docs = input.reports.map((r) => pipeline.run(r, outletLocale ? { explain, outletLocale } : { explain }));
      if (opts.json) {
        const out = docs.map((d) => ({
          report: { id: d.report.id, publishedAt: d.report.publishedAt, lang: d.lang, source: d.report.source, ...(explain ? { langReason: d.langReason } : {}) },
          claims: d.claims.map((c) => publicClaim(c, explain)),
          ...(explain ? { mentions: d.mentions } : {}),
          diagnostics: d.diagnostics,
        }));
        process.stdout.write(`${JSON.stringify(docs.length === 1 ? out[0] : out, null, 2)}\n`);
      } else if (opts.jsonl) {
        for (const d of docs) for (const c of d.claims) process.stdout.write(`${JSON.stringify(publicClaim(c, explain))}\n`);
      } else {
        process.stdout.write(`${docs.map((d) => formatClaimsTable(d, d.claims, explain)).join('\n\n')}\n`);
      }
      reportErrors(input.errors);
    });
}
