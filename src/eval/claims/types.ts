/** Gold and predicted records of the claims evaluation (PLOVER-GSR and PETRARCH-2 validation). */

/** One actor as the gold sets code it: a country (ISO-3, or `IGO`, `NGO`…) and an optional sector (`GOV`, `MIL`…). */
export interface CodedActor {
  code: string;
  sector?: string;
  text?: string;
}

/** One PLOVER-GSR record: a sentence with one event. Compound actors give several sources or targets. */
export interface PloverGold {
  id: string;
  /** Position in the file (0-based, the DOCUMENT header excluded): decides the tune/test split. */
  index: number;
  text: string;
  event: string;
  sources: CodedActor[];
  targets: CodedActor[];
}

/** A (source, target, CAMEO event) triple, actors as CAMEO actor codes (`USA`, `SYRMIL`, `ARNGOV`). */
export interface CameoTriple {
  source: string;
  target: string;
  event: string;
}

/** One sentence of a PETRARCH validation file with its expected codings (none when `noevents`). */
export interface PetrarchGold {
  id: string;
  index: number;
  /** `DEMO`, `SYNSET`…, or `AFP` for the real sentences. */
  category: string;
  text: string;
  triples: CameoTriple[];
}

/** What Sitrep said about one sentence, already in the gold label spaces. */
export interface SentencePrediction {
  id: string;
  /** One entry per usable claim, in text order. */
  events: PredictedEvent[];
}

export interface PredictedEvent {
  claimType: string;
  plover: string;
  /** The PLOVER 0.5 (2016) event of the claim type: the label space the PLOVER-GSR gold set is coded in. */
  plover05: string;
  cameo: string;
  sources: CodedActor[];
  targets: CodedActor[];
  /** CAMEO actor codes of the first source and target, `---` when unknown. */
  cameoSource: string;
  cameoTarget: string;
}

export type Split = 'tune' | 'test' | 'all';

/** The fixed split: even index → tune, odd → test. Never changes, so figures stay comparable. */
export function inSplit(index: number, split: Split): boolean {
  if (split === 'all') return true;
  return split === 'tune' ? index % 2 === 0 : index % 2 === 1;
}
