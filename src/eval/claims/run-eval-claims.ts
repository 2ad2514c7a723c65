import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline } from '../../pipeline/default-pipeline.js';
import { loadActorLexicon } from '../../resources/actor-lexicon.js';
import { loadOntology } from '../../resources/ontology.js';
import { readPetrarchValidation } from './petrarch-reader.js';
import { readPloverGsr } from './plover-gsr-reader.js';
import { predictSentence, type PredictDeps } from './predict.js';
import { TRIPLE_LEVELS, scorePetrarch, type PetrarchScore } from './score-petrarch.js';
import { plover05Label, scorePlover, type PloverScore } from './score-plover.js';
import { inSplit, type SentencePrediction, type Split } from './types.js';

/** Where each gold set sits inside the shared eval folder. */
export const GOLD_FILES = {
  ploverGsr: join('PLOVER-GSR', 'PLOVER_GSR_CAMEO.json'),
  petrUnitTest: join('PETRARCH2-validation', 'PETR.UnitTest.records.xml'),
  petrAfp: join('PETRARCH2-validation', 'PETR2_GSR_validation.xml'),
} as const;

export interface ClaimsEvalReport {
  split: Split;
  /** `gsr`: PLOVER 0.5 labels, as the gold set is coded (headline); `plover2021`: the draft-0.8 labels. */
  ploverGsr: { gsr: PloverScore; plover2021: PloverScore };
  petrarch: { unitTest: PetrarchScore[]; afp: PetrarchScore[]; combined: PetrarchScore[] };
}

export function defaultPredictDeps(): PredictDeps {
  const lexicon = loadActorLexicon();
  return { pipeline: defaultPipeline(), ontology: loadOntology(), lookup: (id) => lexicon.get(id), iso3: (iso2) => lexicon.iso3(iso2) };
}

/** Reads the three gold files under `evalDir`, runs Sitrep on the sentences of `split`, and scores them. */
export function runClaimsEval(evalDir: string, split: Split, deps: PredictDeps = defaultPredictDeps()): ClaimsEvalReport {
  const read = (p: string) => readFileSync(join(evalDir, p), 'utf8');
  const gsr = readPloverGsr(read(GOLD_FILES.ploverGsr)).filter((g) => inSplit(g.index, split));
  const unit = readPetrarchValidation(read(GOLD_FILES.petrUnitTest)).filter((g) => inSplit(g.index, split));
  const afp = readPetrarchValidation(read(GOLD_FILES.petrAfp)).filter((g) => inSplit(g.index, split));
  const predict = (items: ReadonlyArray<{ id: string; text: string }>, prefix: string): Map<string, SentencePrediction> =>
    new Map(items.map((g) => [g.id, predictSentence(`${prefix}:${g.id}`, g.text, deps)]));
  const gsrPreds = predict(gsr, 'plover-gsr');
  // Ids may repeat across the two PETRARCH files: keep the files apart, then merge with prefixed ids.
  const unitPreds = predict(unit, 'petr-unit');
  const afpPreds = predict(afp, 'petr-afp');
  const both = [...unit.map((g) => ({ ...g, id: `unit:${g.id}` })), ...afp.map((g) => ({ ...g, id: `afp:${g.id}` }))];
  const bothPreds = new Map<string, SentencePrediction>([
    ...[...unitPreds].map(([k, v]) => [`unit:${k}`, v] as const),
    ...[...afpPreds].map(([k, v]) => [`afp:${k}`, v] as const),
  ]);
  return {
    split,
    ploverGsr: { gsr: scorePlover(gsr, gsrPreds, plover05Label), plover2021: scorePlover(gsr, gsrPreds) },
    petrarch: {
      unitTest: TRIPLE_LEVELS.map((l) => scorePetrarch(unit, unitPreds, l)),
      afp: TRIPLE_LEVELS.map((l) => scorePetrarch(afp, afpPreds, l)),
      combined: TRIPLE_LEVELS.map((l) => scorePetrarch(both, bothPreds, l)),
    },
  };
}
