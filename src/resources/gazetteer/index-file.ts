import { encodeEntry } from './gazetteer-entry.js';
import type { SourceRecord } from './cities500-reader.js';
import { toponymKey } from './toponym-key.js';

/** First line of every index file; bump the number when the layout, the key function or the computed entries change. */
export const INDEX_FORMAT = 'sitrep-gazetteer/5';

/**
 * The cache is one text file, so loading is a single read and split with no per-record parsing:
 *   line 0     `sitrep-gazetteer/N <TAB> input-hash`
 *   line 1     `R <TAB> n`, then n entry lines (see encodeEntry)
 *   next       `K <TAB> m`, then m lines `key <TAB> i,j,...` sorted by key (code-unit order), indices in base 36
 * Lookups binary-search the key lines; entries are decoded on first use.
 */
export function serializeIndex(records: SourceRecord[], inputHash: string): string {
  const keys = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const name of r.names) {
      const k = toponymKey(name);
      if (k.length < 2) continue;
      const list = keys.get(k);
      if (!list) keys.set(k, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const sorted = [...keys.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const parts: string[] = [`${INDEX_FORMAT}\t${inputHash}`, `R\t${records.length}`];
  for (const r of records) parts.push(encodeEntry(r.entry));
  parts.push(`K\t${sorted.length}`);
  for (const k of sorted) parts.push(`${k}\t${(keys.get(k) ?? []).map((i) => i.toString(36)).join(',')}`);
  return parts.join('\n') + '\n';
}

export interface IndexSections {
  inputHash: string;
  lines: string[];
  entryStart: number;
  entryCount: number;
  keyStart: number;
  keyCount: number;
}

/** Split an index file into its sections; returns undefined when the format is not the current one. */
export function parseIndex(text: string): IndexSections | undefined {
  const lines = text.split('\n');
  const [format, inputHash = ''] = (lines[0] ?? '').split('\t');
  if (format !== INDEX_FORMAT) return undefined;
  const entryCount = Number((lines[1] ?? '').split('\t')[1]);
  const keyHeader = (lines[2 + entryCount] ?? '').split('\t');
  if (keyHeader[0] !== 'K') return undefined;
  return { inputHash, lines, entryStart: 2, entryCount, keyStart: 3 + entryCount, keyCount: Number(keyHeader[1]) };
}
