import type { Command } from 'commander';
import { refreshSituation } from '../../situation/refresh.js';
import { closeStore, openStore } from '../../store/index.js';
import { cliActors, cliPlaceParents } from '../format-situation.js';
import { defaultDbPath } from '../io.js';

/** `sitrep derive`: recompute the situation (events, control, relations, contradictions) from the stored claims. */
export function register(program: Command): void {
  program
    .command('derive')
    .description('recompute the situation from every stored claim (ingest does this after storing new reports)')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--json', 'print the counts and timings as JSON')
    .action(async (opts: { db: string; json?: boolean }) => {
      const db = await openStore({ url: opts.db });
      try {
        const r = await refreshSituation(db, cliActors(), { derivedAt: new Date().toISOString(), places: cliPlaceParents() });
        if (opts.json) process.stdout.write(`${JSON.stringify(r)}\n`);
        else {
          process.stdout.write(
            `derived the situation of ${opts.db} from ${r.claims} claims: ${r.events} events, ${r.intervals} control intervals, ` +
              `${r.relations} relations, ${r.contradictions} contradictions (load ${r.ms.load} ms, derive ${r.ms.derive} ms, save ${r.ms.save} ms)\n`,
          );
        }
      } finally {
        await closeStore(db);
      }
    });
}
