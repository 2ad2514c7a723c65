import { LabelCounts, prf, type Prf } from './prf.js';
import type { CameoTriple, PetrarchGold, SentencePrediction } from './types.js';

/**
 * full / root: (source, target, event) with the full CAMEO code or its root (first two digits), PETRARCH's own
 * criterion. event-full / event-root: the event code alone, actors ignored (a diagnostic: how often the event is
 * right even when the actor dictionaries differ, as with the unit tests' fictional Arnor and Gondor).
 */
export type TripleLevel = 'full' | 'root' | 'event-full' | 'event-root';

export const TRIPLE_LEVELS: readonly TripleLevel[] = ['full', 'root', 'event-full', 'event-root'];

export interface PetrarchScore extends Prf {
  level: TripleLevel;
  sentences: number;
  /** Per CAMEO root code of the triple. */
  perType: Array<Prf & { label: string }>;
}

export function rootCode(code: string): string {
  return code.slice(0, 2);
}

function key(t: CameoTriple, level: TripleLevel): string {
  const ev = level === 'full' || level === 'event-full' ? t.event : rootCode(t.event);
  return level.startsWith('event') ? ev : `${t.source}|${t.target}|${ev}`;
}

/** Sitrep's triples for a sentence: every usable claim, in the CAMEO actor space. */
export function predictedTriples(p: SentencePrediction | undefined): CameoTriple[] {
  return (p?.events ?? []).map((e) => ({ source: e.cameoSource, target: e.cameoTarget, event: e.cameo }));
}

/**
 * Micro precision and recall over sentences. Within a sentence both sides are sets of keys at `level` (a
 * duplicate coding or a claim repeated by two triggers counts once); a key is a true positive when it is in both.
 */
export function scorePetrarch(gold: readonly PetrarchGold[], preds: ReadonlyMap<string, SentencePrediction>, level: TripleLevel): PetrarchScore {
  let tp = 0;
  let nPred = 0;
  let nGold = 0;
  const counts = new LabelCounts();
  for (const g of gold) {
    const gk = keyed(g.triples, level);
    const pk = keyed(predictedTriples(preds.get(g.id)), level);
    nGold += gk.size;
    nPred += pk.size;
    for (const root of gk.values()) counts.add(root, 'gold');
    for (const [k, root] of pk) {
      counts.add(root, 'predicted');
      if (gk.has(k)) {
        tp++;
        counts.add(root, 'tp');
      }
    }
  }
  return { level, sentences: gold.length, ...prf(tp, nPred, nGold), perType: counts.table() };
}

function keyed(triples: readonly CameoTriple[], level: TripleLevel): Map<string, string> {
  return new Map(triples.map((t) => [key(t, level), rootCode(t.event)]));
}
