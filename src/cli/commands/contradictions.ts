import type { Command } from 'commander';
import { loadGazetteer } from '../../resources/gazetteer/index.js';
import { contradictionsList, isPlaceId, resolvePlace, type ContradictionFilters } from '../../situation/queries.js';
import { claimViews, formatContradictions, printJson, withSituation } from '../format-situation.js';
import { defaultDbPath } from '../io.js';

/** `sitrep contradictions [--place P]`: pairs of claims that cannot both be true, with both sources. */
export function register(program: Command): void {
  program
    .command('contradictions')
    .description('claims that cannot both be true (rival controllers, denials, negations), with both sources')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--place <place>', 'only at this place (name or id)')
    .option('--json', 'a JSON array')
    .action(async (opts: { db: string; place?: string; json?: boolean }) => {
      await withSituation(opts.db, async (db, situation) => {
        const filters: ContradictionFilters = {};
        if (opts.place !== undefined) {
          filters.placeId = resolvePlace(opts.place, isPlaceId(opts.place) ? undefined : loadGazetteer(), situation).placeId;
        }
        const list = contradictionsList(situation, filters);
        const claims = await claimViews(db, list.flatMap((c) => [c.claimA, c.claimB]));
        if (opts.json) printJson(list.map((c) => ({ ...c, claims: [claims.get(c.claimA) ?? null, claims.get(c.claimB) ?? null] })));
        else process.stdout.write(`${formatContradictions(list, claims)}\n`);
      });
    });
}
