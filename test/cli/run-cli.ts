import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/resources/resource-paths.js';

/** The CLI entry point the tests run, as a user would. */
export const BIN = join(PACKAGE_ROOT, 'bin', 'sitrep.js');

/** What one CLI run left: its exit code (null when killed by a signal) and both streams. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in a child process from the package root and resolves when it exits, whatever its exit code. It does
 * not block the test worker the way `spawnSync` does: a worker blocked for long under load misses vitest's RPC
 * deadline ("Timeout calling onTaskUpdate") and fails a run whose tests all passed.
 */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', maxBuffer: 1 << 26, env }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}
