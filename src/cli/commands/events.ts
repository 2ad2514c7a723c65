import type { Command } from 'commander';
import { SitrepError } from '../../errors.js';
import { CLAIM_STATUSES, CLAIM_TYPES, type ClaimStatus, type ClaimType } from '../../model/claim.js';
import { checkRange, eventsIn, parseBbox, parseDay, parseMinSources, resolveActor, type EventFilters } from '../../situation/queries.js';
import { cliActors, formatEvents, printJson, withSituation } from '../format-situation.js';
import { defaultDbPath } from '../io.js';

interface EventsOptions {
  db: string;
  bbox?: string;
  from?: string;
  to?: string;
  actor?: string;
  type?: string;
  status?: string;
  claimant?: string;
  minSources?: string;
  json?: boolean;
}

/** `sitrep events`: happenings fused across reports, filtered by area, time, actor, type and number of sources. */
export function register(program: Command): void {
  program
    .command('events')
    .description('events fused across reports and languages, with their independent claimants')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--bbox <w,s,e,n>', 'only events inside this box (degrees: west,south,east,north)')
    .option('--from <date>', 'events whose time overlaps from this day (YYYY-MM-DD)')
    .option('--to <date>', 'events whose time overlaps up to this day (YYYY-MM-DD)')
    .option('--actor <id>', 'an actor id or label among agents and targets (e.g. isis)')
    .option('--type <types>', `comma-separated claim types (${CLAIM_TYPES.join(', ')})`)
    .option('--status <statuses>', `events with a claim of one of these statuses (${CLAIM_STATUSES.join(', ')})`)
    .option('--claimant <who>', 'a claimant id or label (e.g. sohr)')
    .option('--min-sources <n>', 'at least this many independent claimants')
    .option('--json', 'a JSON array')
    .action(async (opts: EventsOptions) => {
      const filters: EventFilters = {};
      if (opts.bbox !== undefined) filters.bbox = parseBbox(opts.bbox, '--bbox');
      if (opts.from !== undefined) filters.from = parseDay(opts.from, '--from');
      if (opts.to !== undefined) filters.to = parseDay(opts.to, '--to');
      checkRange(filters.from, filters.to, '--from/--to');
      if (opts.minSources !== undefined) filters.minSources = parseMinSources(opts.minSources, '--min-sources');
      const types = listOption(opts.type, CLAIM_TYPES, '--type') as ClaimType[] | undefined;
      if (types) filters.type = types;
      const statuses = listOption(opts.status, CLAIM_STATUSES, '--status') as ClaimStatus[] | undefined;
      if (statuses) filters.status = statuses;
      if (opts.claimant !== undefined) filters.claimant = opts.claimant;
      await withSituation(opts.db, (_db, situation) => {
        if (opts.actor !== undefined) filters.actor = resolveActor(opts.actor, cliActors(), situation);
        const events = eventsIn(situation, filters);
        if (opts.json) printJson(events);
        else process.stdout.write(`${formatEvents(events)}\n`);
        return Promise.resolve();
      });
    });
}

function listOption(value: string | undefined, allowed: readonly string[], flag: string): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i));
  if (bad.length || !items.length) {
    throw new SitrepError('E_CLI_OPTION', `unknown value(s) ${bad.map((b) => `"${b}"`).join(', ') || '""'}`, { input: flag, remedy: `Use one or more of: ${allowed.join(', ')}` });
  }
  return items;
}
