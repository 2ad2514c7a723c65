import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/resources/resource-paths.js';

/** The team's shared folder (seed, gold sets) sits beside the checkout; users do not have it. */
export const SHARED_DIR = process.env.SITREP_SHARED_DIR ?? join(PACKAGE_ROOT, '..', 'shared');

export function sharedPath(...parts: string[]): string | undefined {
  const p = join(SHARED_DIR, ...parts);
  if (existsSync(p)) return p;
  console.warn(`SKIPPED: ${p} is absent (set SITREP_SHARED_DIR to the shared folder to run this test)`);
  return undefined;
}
