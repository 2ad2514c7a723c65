import type { Command } from 'commander';
import { closeStore, openStore } from '../../store/index.js';
import { ingestPaths } from '../ingest-paths.js';
import { defaultDbPath, readStdinSync, reportErrors } from '../io.js';

/** `sitrep ingest <paths…>`: analyse reports and store them; re-ingesting changes nothing. */
export function register(program: Command): void {
  program
    .command('ingest')
    .description('analyse reports and store them in the database (SQLite by default)')
    .argument('<paths...>', 'report files, directories or - for stdin')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--date <date>', 'date for plain texts without a `date` header')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: { db: string; date?: string; json?: boolean }) => {
      const db = await openStore({ url: opts.db });
      try {
        const s = await ingestPaths(db, paths, { ...(opts.date ? { date: opts.date } : {}), stdin: readStdinSync });
        const line = { read: s.read, stored: s.stored, unchanged: s.unchanged, claims: s.claims, failed: s.errors.length, seconds: Number(s.seconds.toFixed(2)) };
        if (opts.json) process.stdout.write(`${JSON.stringify(line)}\n`);
        else process.stdout.write(`ingested ${s.read} reports into ${opts.db}: ${s.stored} new, ${s.unchanged} unchanged, ${s.claims} claims, ${s.errors.length} failed inputs (${line.seconds} s)\n`);
        reportErrors(s.errors);
      } finally {
        await closeStore(db);
      }
    });
}
