import type { Command } from 'commander';
import { loadGazetteer } from '../../resources/gazetteer/index.js';
import { isPlaceId, resolvePlace, timeline } from '../../situation/queries.js';
import { claimViews, formatTimeline, intervalClaimIds, intervalView, printJson, withSituation } from '../format-situation.js';
import { defaultDbPath } from '../io.js';

/** `sitrep timeline <place>`: every control interval of a place, in time order, with its claims. */
export function register(program: Command): void {
  program
    .command('timeline')
    .description('the control timeline of a place: who held it when, how sure, and who claimed what')
    .argument('<place>', 'a place name ("Abu Kamal") or id (gn:174448)')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--json', 'one JSON document')
    .action(async (placeArg: string, opts: { db: string; json?: boolean }) => {
      await withSituation(opts.db, async (db, situation) => {
        const place = resolvePlace(placeArg, isPlaceId(placeArg) ? undefined : loadGazetteer(), situation);
        const intervals = timeline(situation, place.placeId);
        const claims = await claimViews(db, intervalClaimIds(intervals));
        if (opts.json) printJson({ place, intervals: intervals.map((i) => intervalView(i, claims)) });
        else process.stdout.write(`${formatTimeline(place, intervals, claims)}\n`);
      });
    });
}
