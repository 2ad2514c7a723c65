import type { Command } from 'commander';
import { registerGeoparse } from '../../eval/geoparse/cli.js';
import { registerEvalClaims } from '../../eval/claims/register-eval-claims.js';

/**
 * `sitrep eval <scorer>`: scorers against gold sets. Each scorer registers its own subcommand on the group;
 * adding one (e.g. `claims`) is one import and one entry in SUBCOMMANDS.
 */
const SUBCOMMANDS: readonly ((evalCommand: Command) => void)[] = [registerGeoparse, registerEvalClaims];

export function register(program: Command): void {
  const evalCommand = program.command('eval').description('score Sitrep against public gold sets (needs the shared eval folder)');
  for (const sub of SUBCOMMANDS) sub(evalCommand);
}
