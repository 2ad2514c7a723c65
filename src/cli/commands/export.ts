import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { SitrepError } from '../../errors.js';
import { CLAIM_TYPES, type ClaimType } from '../../model/claim.js';
import type { Situation } from '../../model/situation.js';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, exportClaims, exportSituation, parseExportFormat, type ExportFormat, type ExportOptions, type ExportResult } from '../../export/index.js';
import { loadGazetteer } from '../../resources/gazetteer/index.js';
import { checkRange, parseDay } from '../../situation/queries.js';
import { closeStore, getClaims, listClaims, openStore, type ClaimFilters, type StoreDb } from '../../store/index.js';
import { cliActors, withSituation } from '../format-situation.js';
import { defaultDbPath } from '../io.js';

interface ExportCliOptions {
  format: string;
  db: string;
  at?: string;
  type?: string;
  actor?: string;
  from?: string;
  to?: string;
  output?: string;
  explain?: boolean;
  includeStates?: boolean;
}

/** `sitrep export --format <f>`: stored claims, events or control in a format other tools read. */
export function register(program: Command): void {
  program
    .command('export')
    .description('export stored claims, events or control in ACLED, GeoJSON, JSON Lines, PLOVER or CAMEO form (docs/exports.md)')
    .requiredOption('--format <format>', `one of: ${EXPORT_FORMATS.map((f) => `${f} (${EXPORT_FORMAT_INFO[f].unit})`).join(', ')}`)
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--at <date>', 'control-geojson: the day to map (YYYY-MM-DD)')
    .option('--type <types>', `comma-separated claim types (${CLAIM_TYPES.join(', ')})`)
    .option('--actor <id>', 'claims with this actor id in any role (e.g. isis, syr-army); control-geojson: places it holds or contests')
    .option('--from <date>', 'claims whose time overlaps from this day (YYYY-MM-DD)')
    .option('--to <date>', 'claims whose time overlaps up to this day (YYYY-MM-DD)')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--explain', 'claims-jsonl: keep each claim\'s explain trace')
    .option('--include-states', 'plover-json, cameo-tsv: also export state claims (control, presence, support, alliance)')
    .action(async (opts: ExportCliOptions) => {
      const format = parseExportFormat(opts.format, '--format');
      const filters = claimFilters(opts);
      const base: ExportOptions = { actors: cliActors(), ...(opts.explain ? { explain: true } : {}), ...(opts.includeStates ? { includeStates: true } : {}) };
      let result: ExportResult;
      if (format === 'control-geojson') {
        if (opts.at === undefined) throw new SitrepError('E_CLI_OPTION', 'control-geojson maps control on one day', { input: '--at', remedy: 'Add --at YYYY-MM-DD' });
        if (filters.type || filters.from || filters.to) {
          throw new SitrepError('E_CLI_OPTION', '--type, --from and --to select claims; control-geojson maps places on one day', { input: '--type/--from/--to', remedy: 'Use --at (and --actor) only' });
        }
        const at = parseDay(opts.at, '--at');
        result = await withSituation(opts.db, async (db, situation) => {
          const control = filters.actor === undefined ? situation.control : situation.control.filter((i) => [i.controller, ...i.contenders].some((a) => a?.actorId === filters.actor));
          const records = await getClaims(db, control.flatMap((i) => [...i.supporting, ...i.contradicting]));
          return exportSituation(format, { events: [], control }, records, { ...base, at, place: placeLookup() });
        });
      } else if (EXPORT_FORMAT_INFO[format].unit === 'event') {
        result = await withSituation(opts.db, async (db, situation: Situation) => {
          const records = await filteredRecords(db, filters);
          return exportSituation(format, situation, records, { ...base, place: placeLookup() });
        });
      } else {
        const db = await openStore({ url: opts.db });
        try {
          result = exportClaims(format, await filteredRecords(db, filters), base);
        } finally {
          await closeStore(db);
        }
      }
      write(result, opts.output, format);
    });
}

function claimFilters(opts: ExportCliOptions): ClaimFilters {
  const filters: ClaimFilters = {};
  if (opts.type !== undefined) filters.type = typeList(opts.type);
  if (opts.actor !== undefined) filters.actor = opts.actor;
  if (opts.from !== undefined) filters.from = parseDay(opts.from, '--from');
  if (opts.to !== undefined) filters.to = parseDay(opts.to, '--to');
  checkRange(filters.from, filters.to, '--from/--to');
  return filters;
}

function typeList(value: string): ClaimType[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((i) => !(CLAIM_TYPES as readonly string[]).includes(i));
  if (bad.length || !items.length) {
    throw new SitrepError('E_CLI_OPTION', `unknown claim type(s) ${bad.map((b) => `"${b}"`).join(', ') || '""'}`, { input: '--type', remedy: `Use one or more of: ${CLAIM_TYPES.join(', ')}` });
  }
  return items as ClaimType[];
}

/** The claims matching the filters, in the store's order, with their evidence text. */
async function filteredRecords(db: StoreDb, filters: ClaimFilters) {
  const claims = await listClaims(db, filters);
  return getClaims(db, claims.map((c) => c.id), { withEvidence: true });
}

/** Names, coordinates and admin-1 names from the gazetteer, loaded on first use. */
function placeLookup(): NonNullable<ExportOptions['place']> {
  let gazetteer: ReturnType<typeof loadGazetteer> | undefined;
  return (placeId) => {
    gazetteer ??= loadGazetteer();
    return gazetteer.byId(placeId);
  };
}

function write(result: ExportResult, output: string | undefined, format: ExportFormat): void {
  if (output === undefined) {
    process.stdout.write(result.body);
    return;
  }
  try {
    writeFileSync(output, result.body);
  } catch (err) {
    throw new SitrepError('E_CLI_OUTPUT', `cannot write the ${format} export: ${err instanceof Error ? err.message : String(err)}`, { input: output, remedy: 'Check that the folder exists and is writable', cause: err });
  }
}
