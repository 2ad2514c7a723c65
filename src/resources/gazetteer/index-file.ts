import { encodeEntry } from './gazetteer-entry.js';
import type { SourceRecord } from './cities500-reader.js';
import { spellingFold, toponymKey } from './toponym-key.js';

/** First line of every index file; bump the number when the layout, the key function or the computed entries change. */
export const INDEX_FORMAT = 'sitrep-gazetteer/9';

/**
 * The cache is one text file, so loading is a single read and split with no per-record parsing:
 *   line 0     `sitrep-gazetteer/N <TAB> input-hash`
 *   line 1     `R <TAB> n`, then n entry lines (see encodeEntry)
 *   next       `K <TAB> m`, then m lines `key <TAB> item,item,...` sorted by key (code-unit order); an item is an
 *              entry index in base 36, alone when the entry's names under this key are all spelled as the key
 *              itself, else followed by `:` and those spellings (`spellingFold`) joined by `/`
 * Lookups binary-search the key lines; entries are decoded on first use.
 */
export function serializeIndex(records: SourceRecord[], inputHash: string): string {
  const keys = new Map<string, Map<number, Set<string>>>();
  records.forEach((r, i) => {
    for (const name of r.names) {
      const k = toponymKey(name);
      if (k.length < 2) continue;
      let byEntry = keys.get(k);
      if (!byEntry) keys.set(k, (byEntry = new Map()));
      const spellings = byEntry.get(i) ?? new Set<string>();
      byEntry.set(i, spellings.add(spellingFold(name)));
    }
  });
  const item = (k: string, i: number, spellings: Set<string>): string =>
    spellings.size === 1 && spellings.has(k) ? i.toString(36) : `${i.toString(36)}:${[...spellings].join('/')}`;
  const sorted = [...keys.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const parts: string[] = [`${INDEX_FORMAT}\t${inputHash}`, `R\t${records.length}`];
  for (const r of records) parts.push(encodeEntry(r.entry));
  parts.push(`K\t${sorted.length}`);
  for (const k of sorted) parts.push(`${k}\t${[...(keys.get(k) ?? [])].map(([i, sp]) => item(k, i, sp)).join(',')}`);
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
