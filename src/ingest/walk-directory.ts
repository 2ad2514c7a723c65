import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SkippedInput } from './ingest-result.js';
import { walkSkipReason } from './input-kind.js';

export interface WalkResult {
  /** Files to read, in a deterministic order: names sorted by code unit at every level, depth first. */
  files: string[];
  skipped: SkippedInput[];
  /** Subfolders that could not be listed, with the error. */
  failures: Array<{ path: string; error: NodeJS.ErrnoException }>;
}

/** Lists the report files under a directory, recursively. Symlinked folders are followed once (no cycles). */
export function walkDirectory(root: string): WalkResult {
  const result: WalkResult = { files: [], skipped: [], failures: [] };
  visit(root, new Set(), result);
  return result;
}

function visit(dir: string, seen: Set<string>, result: WalkResult): void {
  let names: string[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    // Not localeCompare: the order must not depend on the machine's locale.
    names = readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    result.failures.push({ path: dir, error: error as NodeJS.ErrnoException });
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      result.failures.push({ path, error: error as NodeJS.ErrnoException });
      continue;
    }
    const reason = walkSkipReason(name, isDirectory);
    if (reason !== undefined) result.skipped.push({ input: path, reason });
    else if (isDirectory) visit(path, seen, result);
    else result.files.push(path);
  }
}
