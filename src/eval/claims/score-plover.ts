import { LabelCounts, ratio, type Prf } from './prf.js';
import type { CodedActor, PloverGold, PredictedEvent, SentencePrediction } from './types.js';

export interface PloverScore {
  sentences: number;
  /** Share of sentences where Sitrep produced at least one usable claim. */
  coverage: number | null;
  /** Predicted PLOVER event (of the first claim in text order) equals the gold event; no claim counts as wrong. */
  eventAccuracy: number | null;
  /** Event right, and source and target actors right (see `actorsMatch`). */
  setAccuracy: number | null;
  perType: Array<Prf & { label: string }>;
}

/** Maps a predicted event to the label compared with the gold one (the ontology's PLOVER event by default). */
export type EventLabel = (e: PredictedEvent) => string;

export const ontologyLabel: EventLabel = (e) => e.plover;

/**
 * PLOVER-GSR was coded in 2016 with PLOVER 0.5 (18 event types: FIGHT for CAMEO root 19, separate DEMAND,
 * DISAPPROVE, INVESTIGATE); the ontology gives each claim type its 0.5 event beside the 2021 one, and this label
 * reads it. It is the headline figure; the 2021 labels are shown beside it.
 */
export const plover05Label: EventLabel = (e) => e.plover05;

/**
 * Scores single-event sentences. Sitrep's prediction for a sentence is its first claim in text order.
 * Per-type precision/recall: a sentence is a true positive of its gold label when the prediction has that label,
 * a false positive of the predicted label otherwise; a sentence without a claim is only a false negative.
 */
export function scorePlover(gold: readonly PloverGold[], preds: ReadonlyMap<string, SentencePrediction>, label: EventLabel = ontologyLabel): PloverScore {
  let covered = 0;
  let eventOk = 0;
  let setOk = 0;
  const counts = new LabelCounts();
  for (const g of gold) {
    counts.add(g.event, 'gold');
    const first = preds.get(g.id)?.events[0];
    if (!first) continue;
    covered++;
    const p = label(first);
    counts.add(p, 'predicted');
    if (p !== g.event) continue;
    counts.add(p, 'tp');
    eventOk++;
    if (actorsMatch(g.sources, first.sources) && actorsMatch(g.targets, first.targets)) setOk++;
  }
  const n = gold.length;
  return { sentences: n, coverage: ratio(covered, n), eventAccuracy: ratio(eventOk, n), setAccuracy: ratio(setOk, n), perType: counts.table() };
}

/**
 * A role matches when both sides are empty, or when Sitrep names at least one actor and every actor it names
 * matches one of the gold actors (a compound gold source "Hungarian and Romanian officials" is matched by either).
 */
export function actorsMatch(gold: readonly CodedActor[], pred: readonly CodedActor[]): boolean {
  if (gold.length === 0) return pred.length === 0;
  return pred.length > 0 && pred.every((p) => gold.some((g) => actorMatch(g, p)));
}

/**
 * Country codes of the gold file that are no ISO 3166 code but plain misspellings of one, read as the code meant:
 * Japan written JAP (3 actors), Italy ITL (2), Vietnam VTN (1). Found by listing every gold code absent from ISO
 * 3166 (IGO, NGO, IMG and ISM are PLOVER's own and stay).
 */
const GOLD_CODE_SPELLINGS: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

/**
 * Same country code (after `GOLD_CODE_SPELLINGS`), and the same sector when the gold one names a sector. Gold sectors carry ethnic suffixes
 * (`CVLalb`) and `***` for "any": only the first three letters count, and `***` is no constraint. Three gold actors
 * spell civilians `CIV` (no CAMEO or PLOVER sector; 50 others write `CVL`): read as `CVL`.
 */
export function actorMatch(gold: CodedActor, pred: CodedActor): boolean {
  if ((GOLD_CODE_SPELLINGS[gold.code] ?? gold.code) !== pred.code) return false;
  const written = gold.sector?.slice(0, 3);
  const gs = written === 'CIV' ? 'CVL' : written;
  if (!gs || gs === '***') return true;
  return pred.sector === gs;
}
