import type { MatchRule } from './metrics.js';
import type { CorpusName } from './types.js';

/** Figures as printed in the papers (full corpus); absent fields were not printed. */
export interface PublishedFigures {
  precision: number;
  recall: number;
  f1: number;
  acc161?: number;
  auc?: number;
  meanKm?: number;
  /** Where the figure is printed. */
  ref: string;
}

/** A published system whose raw output is in the shared folder, with the gold file it was scored against. */
export interface BaselineSpec {
  system: string;
  /** Path under the shared eval folder. */
  file: string;
  gold: string;
  rule: MatchRule;
  published?: PublishedFigures;
}

const G18 = 'Gritta et al. 2018, Tables 1 and 3';
const EUPEG_LGL = 'EUPEG (Wang & Hu 2019), Table 5';
const EUPEG_GV = 'EUPEG (Wang & Hu 2019), Table 1';

function gritta(system: string, name: string, p: Omit<PublishedFigures, 'ref'>, rule: MatchRule = 'span'): BaselineSpec {
  return { system: `${system} (G18)`, file: `LGL/baselines_gritta2018/lgl_${name}.txt`, gold: 'LGL/baselines_gritta2018/lgl_gold.txt', rule, published: { ...p, ref: G18 } };
}

function eupeg(corpus: 'LGL' | 'GeoVirus', system: string, p?: Omit<PublishedFigures, 'ref'>): BaselineSpec {
  const spec: BaselineSpec = {
    system: `${system} (EUPEG)`,
    file: `${corpus}/baselines_eupeg/${corpus}_${system}.txt`,
    gold: `${corpus}/baselines_eupeg/${corpus}_gold.txt`,
    rule: 'span',
  };
  if (p) spec.published = { ...p, ref: corpus === 'LGL' ? EUPEG_LGL : EUPEG_GV };
  return spec;
}

const EUPEG_SYSTEMS = ['CamCoder', 'CLAVIN', 'Edinburgh', 'GeoTxt', 'TopoCluster', 'Yahoo', 'StanfordNER', 'SpaCyNER', 'DBpedia'];

/** EUPEG Table 1 (P/R/F1/Acc@161/AUC), as quoted in shared/eval/README.md. */
const GEOVIRUS_PUBLISHED: Record<string, Omit<PublishedFigures, 'ref'>> = {
  CamCoder: { precision: 0.94, recall: 0.802, f1: 0.866, acc161: 0.77, auc: 0.336 },
  Edinburgh: { precision: 0.86, recall: 0.559, f1: 0.678, acc161: 0.807, auc: 0.319 },
  StanfordNER: { precision: 0.927, recall: 0.903, f1: 0.915, acc161: 0.655, auc: 0.378 },
  CLAVIN: { precision: 0.913, recall: 0.637, f1: 0.75, acc161: 0.786, auc: 0.32 },
};

/** Gritta et al.'s Topocluster file has token offsets (see MatchRule); its published row needs surface matching. */
export const BASELINES: Record<CorpusName, BaselineSpec[]> = {
  lgl: [
    gritta('GeoTxt', 'geo', { precision: 0.8, recall: 0.59, f1: 0.68, auc: 0.29, acc161: 0.68 }),
    gritta('Edinburgh', 'edin', { precision: 0.715, recall: 0.55, f1: 0.62, auc: 0.25, acc161: 0.76 }),
    gritta('Yahoo', 'yahoo', { precision: 0.64, recall: 0.55, f1: 0.59, auc: 0.34, acc161: 0.72 }),
    gritta('CLAVIN', 'clavin', { precision: 0.81, recall: 0.44, f1: 0.57, auc: 0.26, acc161: 0.71 }),
    gritta('Topocluster', 'topo', { precision: 0.81, recall: 0.64, f1: 0.71, auc: 0.38, acc161: 0.63 }, 'surface'),
    ...EUPEG_SYSTEMS.map((s) =>
      s === 'CamCoder'
        ? eupeg('LGL', s, { precision: 0.811, recall: 0.548, f1: 0.654, meanKm: 837, acc161: 0.717, auc: 0.248 })
        : s === 'CLAVIN'
          ? eupeg('LGL', s, { precision: 0.808, recall: 0.444, f1: 0.573, meanKm: 1261, acc161: 0.701, auc: 0.262 })
          : eupeg('LGL', s),
    ),
  ],
  geovirus: EUPEG_SYSTEMS.map((s) => eupeg('GeoVirus', s, GEOVIRUS_PUBLISHED[s])),
};

