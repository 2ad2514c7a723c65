/**
 * The fixed development split: documents at even 0-based positions in the corpus file are `tune` (look at them,
 * fix the stage), odd positions are `test` (report only). Interleaving keeps both halves alike in source and
 * period, and needs no random seed.
 */
export type Split = 'tune' | 'test' | 'all';

export function inSplit(index: number, split: Split): boolean {
  if (split === 'all') return true;
  return split === 'tune' ? index % 2 === 0 : index % 2 === 1;
}

export function splitIndices(count: number, split: Split): number[] {
  return Array.from({ length: count }, (_, i) => i).filter((i) => inSplit(i, split));
}
