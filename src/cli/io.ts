import { readFileSync } from 'node:fs';
import type { SitrepError } from '../errors.js';

/** Reads all of stdin when a path is `-`. */
export function readStdinSync(): Buffer {
  return readFileSync(0);
}

/** Prints each input error on stderr, one line each, and sets a failing exit code without stopping the batch. */
export function reportErrors(errors: readonly SitrepError[]): void {
  for (const e of errors) process.stderr.write(`error ${e.code}: ${e.message}\n`);
  if (errors.length) process.exitCode = 1;
}

/** Where the embedded database lives unless told otherwise. */
export function defaultDbPath(): string {
  return process.env.SITREP_DB ?? 'sitrep.sqlite';
}
