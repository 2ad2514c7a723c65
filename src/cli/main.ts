#!/usr/bin/env node
import { Command } from 'commander';
import { SitrepError } from '../errors.js';
import { register as claims } from './commands/claims.js';
import { register as contradictions } from './commands/contradictions.js';
import { register as control } from './commands/control.js';
import { register as demo } from './commands/demo.js';
import { register as derive } from './commands/derive.js';
import { register as evalCommand } from './commands/eval.js';
import { register as events } from './commands/events.js';
import { register as exportCommand } from './commands/export.js';
import { register as extract } from './commands/extract.js';
import { register as gazetteer } from './commands/gazetteer.js';
import { register as ingest } from './commands/ingest.js';
import { register as relations } from './commands/relations.js';
import { register as serve } from './commands/serve.js';
import { register as timeline } from './commands/timeline.js';

const program = new Command();
program
  .name('sitrep')
  .description('Sourced, time-aware claims about armed conflict, from dated news reports.\nPlace data: GeoNames (CC BY 4.0). Event types: PLOVER (CC BY-SA 4.0), CAMEO.')
  .showHelpAfterError();
for (const register of [extract, ingest, claims, control, timeline, events, relations, contradictions, derive, serve, demo, gazetteer, exportCommand, evalCommand]) register(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof SitrepError) {
    process.stderr.write(`error ${err.code}: ${err.message}\n`);
    process.exitCode = 2;
    return;
  }
  throw err;
});
