import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RESOURCES_DIR } from './resource-paths.js';

/** One data line of a lexicon file, with where it came from so `--explain` can cite it. */
export interface DataLine {
  fields: string[];
  /** `lexicons/fr/claim-triggers.tsv:12` */
  ref: string;
}

/**
 * Reads a data file of the house format: UTF-8, one entry per line, `#` starts a comment line,
 * fields separated by tabs, blank lines ignored. A missing file yields no lines (a language may lack a list).
 */
export function readDataLines(relPath: string, root: string = RESOURCES_DIR): DataLine[] {
  const path = join(root, relPath);
  if (!existsSync(path)) return [];
  const label = relative(root, path);
  const out: DataLine[] = [];
  readFileSync(path, 'utf8')
    .normalize('NFC')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
      out.push({ fields: raw.split('\t').map((f) => f.trim()), ref: `${label}:${i + 1}` });
    });
  return out;
}

/** The first field of each data line: for plain word lists. */
export function readWordList(relPath: string, root?: string): string[] {
  return readDataLines(relPath, root).map((l) => l.fields[0] ?? '');
}
