import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { PACKAGE_ROOT } from '../../resources/resource-paths.js';
import { formatClaimsReport } from './format-report.js';
import { runClaimsEval } from './run-eval-claims.js';
import type { Split } from './types.js';

const SPLITS: readonly Split[] = ['tune', 'test', 'all'];

/** `sitrep eval claims`: Sitrep's claims scored against PLOVER-GSR and the PETRARCH-2 validation records. */
export function registerEvalClaims(evalCommand: Command): void {
  evalCommand
    .command('claims')
    .description('score extracted claims against PLOVER-GSR (event type, source/event/target) and PETRARCH-2 CAMEO triples')
    .option('--data <dir>', 'the shared eval folder holding PLOVER-GSR/ and PETRARCH2-validation/', process.env.SITREP_SHARED_DIR ? join(process.env.SITREP_SHARED_DIR, 'eval') : join(PACKAGE_ROOT, '..', 'shared', 'eval'))
    .option('--split <split>', 'tune (even index), test (odd index) or all', 'test')
    .option('--no-per-type', 'leave out the per-type precision/recall tables')
    .option('--json', 'the full report as JSON')
    .action((opts: { data: string; split: string; perType: boolean; json?: boolean }) => {
      if (!SPLITS.includes(opts.split as Split)) {
        process.stderr.write(`error: --split must be one of ${SPLITS.join(', ')} (got "${opts.split}")\n`);
        process.exitCode = 2;
        return;
      }
      if (!existsSync(join(opts.data, 'PLOVER-GSR')) || !existsSync(join(opts.data, 'PETRARCH2-validation'))) {
        process.stderr.write(`error: ${opts.data} lacks PLOVER-GSR/ or PETRARCH2-validation/; pass --data <dir> or set SITREP_SHARED_DIR\n`);
        process.exitCode = 2;
        return;
      }
      const report = runClaimsEval(opts.data, opts.split as Split);
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatClaimsReport(report, opts.perType)}\n`);
    });
}
