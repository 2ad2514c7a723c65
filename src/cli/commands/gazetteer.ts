import type { Command } from 'commander';
import { buildGazetteerIndex } from '../../resources/gazetteer/index.js';

/** `sitrep gazetteer build`: (re)builds the gazetteer index cache; every other command builds it on first use. */
export function register(program: Command): void {
  const g = program.command('gazetteer').description('the place index built from GeoNames cities500 and the curated supplement');
  g.command('build')
    .description('build the gazetteer index now (it is otherwise built on first use and cached)')
    .option('--force', 'rebuild even if a current index exists')
    .action((opts: { force?: boolean }) => {
      const result = buildGazetteerIndex({ force: Boolean(opts.force) });
      process.stdout.write(`${JSON.stringify(result)}\n`);
    });
}
