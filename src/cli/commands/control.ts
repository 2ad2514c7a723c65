import type { Command } from 'commander';
import { loadGazetteer } from '../../resources/gazetteer/index.js';
import { controlAt, isPlaceId, parseDay, resolvePlace, timeline } from '../../situation/queries.js';
import { claimViews, formatControl, intervalClaimIds, intervalView, printJson, withSituation } from '../format-situation.js';
import { defaultDbPath } from '../io.js';

interface ControlOptions {
  db: string;
  at?: string;
  json?: boolean;
}

/** `sitrep control <place> [--at DATE]`: who held a place on a day (or lately), and who claimed what. */
export function register(program: Command): void {
  program
    .command('control')
    .description('who held a place on a day (default: the latest interval), with the claims for and against')
    .argument('<place>', 'a place name ("Abu Kamal") or id (gn:174448)')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--at <date>', 'the day to ask about (YYYY-MM-DD)')
    .option('--json', 'one JSON document')
    .action(async (placeArg: string, opts: ControlOptions) => {
      const day = opts.at === undefined ? undefined : parseDay(opts.at, '--at');
      await withSituation(opts.db, async (db, situation) => {
        const place = resolvePlace(placeArg, isPlaceId(placeArg) ? undefined : loadGazetteer(), situation);
        const answer = day === undefined ? latest(timeline(situation, place.placeId)) : controlAt(situation, place.placeId, day);
        const claims = await claimViews(db, intervalClaimIds([answer.interval]));
        if (opts.json) {
          printJson({
            place,
            at: day ?? null,
            interval: answer.interval ? intervalView(answer.interval, claims) : null,
            previous: ('previous' in answer ? answer.previous : undefined) ?? null,
            next: ('next' in answer ? answer.next : undefined) ?? null,
          });
        } else {
          process.stdout.write(`${formatControl(place, answer, claims)}\n`);
        }
      });
    });
}

function latest<T>(intervals: T[]): { interval?: T } {
  const last = intervals[intervals.length - 1];
  return last === undefined ? {} : { interval: last };
}
