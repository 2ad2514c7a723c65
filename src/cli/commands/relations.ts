import type { Command } from 'commander';
import { parseDay, relationsOf, resolveActor } from '../../situation/queries.js';
import { cliActors, formatRelations, printJson, withSituation } from '../format-situation.js';
import { defaultDbPath } from '../io.js';

/** `sitrep relations <actor> [--at DATE]`: who the actor sided with, supported, opposed or belongs to. */
export function register(program: Command): void {
  program
    .command('relations')
    .description('alliances, support, opposition and membership of an actor, from claims and the actor lexicon')
    .argument('<actor>', 'an actor id (isis, syr-army, hezbollah) or its English label')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--at <date>', 'only relations holding on this day (YYYY-MM-DD)')
    .option('--json', 'one JSON document')
    .action(async (actorArg: string, opts: { db: string; at?: string; json?: boolean }) => {
      const at = opts.at === undefined ? undefined : parseDay(opts.at, '--at');
      await withSituation(opts.db, (_db, situation) => {
        const actors = cliActors();
        const id = resolveActor(actorArg, actors, situation);
        const actor = { id, label: actors.get(id)?.label ?? id };
        const relations = relationsOf(situation, id, at);
        if (opts.json) printJson({ actor, at: at ?? null, relations });
        else process.stdout.write(`${formatRelations(actor, at, relations)}\n`);
        return Promise.resolve();
      });
    });
}
