import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Claim } from '../../model/claim.js';
import { PACKAGE_ROOT } from '../../resources/resource-paths.js';
import { closeStore, countRows, listClaims, openStore } from '../../store/index.js';
import { ingestPaths } from '../ingest-paths.js';
import { defaultDbPath, reportErrors } from '../io.js';
import { parsePort } from '../options.js';

const TERRITORIAL = ['take-control', 'lose-control', 'withdraw', 'control', 'presence'] as const;

/**
 * `sitrep demo` (what `npm start` runs): ingest the bundled examples, summarise claims and control, then serve the
 * API and the web app on 127.0.0.1 (`--no-serve` stops after the summary).
 */
export function register(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled example reports into SQLite and print a summary of claims and control')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--port <port>', 'port for the web app and API', '8080')
    .option('--no-serve', 'print the summary and stop')
    .action(async (opts: { db: string; port: string; serve: boolean }) => {
      const db = await openStore({ url: opts.db });
      try {
        const s = await ingestPaths(db, [join(PACKAGE_ROOT, 'examples')], {});
        const counts = await countRows(db);
        const out: string[] = [];
        out.push(`Sitrep: ${s.read} example reports read, ${s.stored} new, ${s.unchanged} already stored (${s.seconds.toFixed(2)} s) → ${opts.db}`);
        out.push(`Store: ${counts.reports} reports, ${counts.mentions} mentions, ${counts.claims} claims`);
        out.push(`By type:   ${Object.entries(counts.claimsByType).map(([k, v]) => `${k} ${v}`).join(', ')}`);
        out.push(`By status: ${Object.entries(counts.claimsByStatus).map(([k, v]) => `${k} ${v}`).join(', ')}`);
        out.push('', 'Territorial claims by place, in time order (who says what; the control timeline derived from them is the situation layer):');
        const claims = await listClaims(db, { type: [...TERRITORIAL], limit: 10_000 });
        const byPlace = new Map<string, Claim[]>();
        for (const c of claims) if (c.place) byPlace.set(c.place.name || c.place.placeId, [...(byPlace.get(c.place.name || c.place.placeId) ?? []), c]);
        for (const [place, cs] of [...byPlace].sort(([a], [b]) => a.localeCompare(b))) {
          out.push(`  ${place}`);
          for (const c of cs) out.push(`    ${describe(c)}`);
        }
        out.push('', `Next: npx sitrep timeline "Abu Kamal" --db ${opts.db}    |    npx sitrep extract examples/fr --explain`);
        process.stdout.write(`${out.join('\n')}\n`);
        reportErrors(s.errors);
      } finally {
        await closeStore(db);
      }
      if (opts.serve) await serveDemo(opts.db, opts.port);
    });
}

function describe(c: Claim): string {
  const when = c.time.precision === 'day' ? c.time.from : `${c.time.from}..${c.time.to}`;
  const who = c.type === 'lose-control' ? `${c.roles.fromActor?.label ?? '?'} lost it${c.roles.agent ? ` to ${c.roles.agent.label}` : ''}` : `${c.roles.agent?.label ?? '?'}${c.roles.fromActor ? ` from ${c.roles.fromActor.label}` : ''}`;
  const says = c.claimants.map((k) => k.label).join(' + ');
  return `${when}  ${c.type.padEnd(12)} ${who}  [${c.status}${c.qualifiers.length ? `; ${c.qualifiers.join(', ')}` : ''}]  says ${says}`;
}

async function serveDemo(dbUrl: string, portText: string): Promise<void> {
  const port = parsePort(portText);
  const { startServer } = await import('../../api/server.js');
  const server = await startServer({ dbUrl, port });
  const web = existsSync(join(PACKAGE_ROOT, 'web', 'dist', 'index.html'));
  process.stdout.write(`\nSitrep is serving ${web ? `the map at ${server.url}/ and ` : ''}the API at ${server.url}/api/ (Ctrl-C stops it)\n`);
  const stop = () => void server.close().then(() => process.exit(0), () => process.exit(1));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
