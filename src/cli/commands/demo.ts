import { join } from 'node:path';
import type { Command } from 'commander';
import type { Claim } from '../../model/claim.js';
import { PACKAGE_ROOT } from '../../resources/resource-paths.js';
import { closeStore, countRows, listClaims, openStore } from '../../store/index.js';
import { ingestPaths } from '../ingest-paths.js';
import { defaultDbPath, reportErrors } from '../io.js';

const TERRITORIAL = ['take-control', 'lose-control', 'withdraw', 'control', 'presence'] as const;

/** `sitrep demo` (what `npm start` runs): ingest the bundled examples and summarise claims and control. */
export function register(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled example reports into SQLite and print a summary of claims and control')
    .option('--db <path>', 'database file', defaultDbPath())
    .action(async (opts: { db: string }) => {
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
        out.push('', `Next: npx sitrep claims --db ${opts.db} --actor isis    |    npx sitrep extract examples/fr --explain`);
        process.stdout.write(`${out.join('\n')}\n`);
        reportErrors(s.errors);
      } finally {
        await closeStore(db);
      }
    });
}

function describe(c: Claim): string {
  const when = c.time.precision === 'day' ? c.time.from : `${c.time.from}..${c.time.to}`;
  const who = c.type === 'lose-control' ? `${c.roles.fromActor?.label ?? '?'} lost it${c.roles.agent ? ` to ${c.roles.agent.label}` : ''}` : `${c.roles.agent?.label ?? '?'}${c.roles.fromActor ? ` from ${c.roles.fromActor.label}` : ''}`;
  const says = c.claimants.map((k) => k.label).join(' + ');
  return `${when}  ${c.type.padEnd(12)} ${who}  [${c.status}${c.qualifiers.length ? `; ${c.qualifiers.join(', ')}` : ''}]  says ${says}`;
}
