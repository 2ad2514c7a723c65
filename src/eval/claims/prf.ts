/** Counts and ratios shared by the claims scorers. A ratio with a zero denominator is null, never 0 or NaN. */
export interface Prf {
  tp: number;
  /** Number of predictions (tp + fp). */
  predicted: number;
  /** Number of gold items (tp + fn). */
  gold: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, gold);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Per-label counts accumulated one item at a time, then turned into a table sorted by gold count, then label. */
export class LabelCounts {
  private readonly counts = new Map<string, { tp: number; predicted: number; gold: number }>();

  add(label: string, field: 'tp' | 'predicted' | 'gold', n = 1): void {
    const c = this.counts.get(label) ?? { tp: 0, predicted: 0, gold: 0 };
    c[field] += n;
    this.counts.set(label, c);
  }

  table(): Array<Prf & { label: string }> {
    return [...this.counts.entries()]
      .map(([label, c]) => ({ label, ...prf(c.tp, c.predicted, c.gold) }))
      .sort((a, b) => b.gold - a.gold || a.label.localeCompare(b.label));
  }
}
