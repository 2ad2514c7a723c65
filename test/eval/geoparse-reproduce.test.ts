import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreGeoparse, type GeoparseScores, type MatchRule } from '../../src/eval/geoparse/metrics.js';
import { parseBaselineLines, parseGeoVirus, parseLgl } from '../../src/eval/geoparse/read-corpus.js';
import { sharedPath } from '../helpers/shared-data.js';

/**
 * The published figures, typed as printed (".715" has three decimals, ".80" two): a figure reproduces when the
 * scorer's value rounds to it. Copied from shared/eval/README.md (Gritta et al. 2018 Tables 1 and 3; EUPEG Tables 5, 1).
 */
type Printed = Partial<Record<'precision' | 'recall' | 'f1' | 'auc' | 'acc161' | 'meanKm', string>>;
interface Row { system: string; gold: string; file: string; rule?: MatchRule; printed: Printed }

const G = 'LGL/baselines_gritta2018/';
const E = 'LGL/baselines_eupeg/';
const V = 'GeoVirus/baselines_eupeg/';
const ROWS: Row[] = [
  { system: 'GeoTxt', gold: `${G}lgl_gold.txt`, file: `${G}lgl_geo.txt`, printed: { precision: '.80', recall: '.59', f1: '.68', auc: '.29', acc161: '.68' } },
  { system: 'Edinburgh', gold: `${G}lgl_gold.txt`, file: `${G}lgl_edin.txt`, printed: { precision: '.715', recall: '.55', f1: '.62', auc: '.25', acc161: '.76' } },
  { system: 'Yahoo', gold: `${G}lgl_gold.txt`, file: `${G}lgl_yahoo.txt`, printed: { precision: '.64', recall: '.55', f1: '.59', auc: '.34', acc161: '.72' } },
  { system: 'CLAVIN', gold: `${G}lgl_gold.txt`, file: `${G}lgl_clavin.txt`, printed: { precision: '.81', recall: '.44', f1: '.57', auc: '.26', acc161: '.71' } },
  // lgl_topo.txt carries token offsets, so only surface matching can reproduce its row (see MatchRule).
  { system: 'Topocluster', gold: `${G}lgl_gold.txt`, file: `${G}lgl_topo.txt`, rule: 'surface', printed: { precision: '.81', recall: '.64', f1: '.71', auc: '.38', acc161: '.63' } },
  { system: 'CamCoder (EUPEG)', gold: `${E}LGL_gold.txt`, file: `${E}LGL_CamCoder.txt`, printed: { precision: '.811', recall: '.548', f1: '.654', meanKm: '837', acc161: '.717', auc: '.248' } },
  { system: 'CLAVIN (EUPEG)', gold: `${E}LGL_gold.txt`, file: `${E}LGL_CLAVIN.txt`, printed: { precision: '.808', recall: '.444', f1: '.573', meanKm: '1261', acc161: '.701', auc: '.262' } },
  // GeoVirus (EUPEG Table 1): P/R/F1/Acc@161 reproduce; AUC is checked separately below (EUPEG rounds it differently).
  { system: 'CamCoder (GeoVirus)', gold: `${V}GeoVirus_gold.txt`, file: `${V}GeoVirus_CamCoder.txt`, printed: { precision: '.940', recall: '.802', f1: '.866', acc161: '.770' } },
  { system: 'StanfordNER (GeoVirus)', gold: `${V}GeoVirus_gold.txt`, file: `${V}GeoVirus_StanfordNER.txt`, printed: { precision: '.927', recall: '.903', f1: '.915', acc161: '.655' } },
  { system: 'CLAVIN (GeoVirus)', gold: `${V}GeoVirus_gold.txt`, file: `${V}GeoVirus_CLAVIN.txt`, printed: { precision: '.913', recall: '.637', f1: '.750', acc161: '.786' } },
];

function decimals(printed: string): number {
  return printed.includes('.') ? printed.length - printed.indexOf('.') - 1 : 0;
}

/** Half a unit of the last printed digit, plus float slack. */
function reproduces(value: number, printed: string): boolean {
  return Math.abs(value - Number(printed)) <= 0.5 * 10 ** -decimals(printed) + 1e-9;
}

const evalDir = sharedPath('eval');
const read = (rel: string): string => readFileSync(join(evalDir!, rel), 'utf8');

describe.skipIf(!evalDir)('geoparse scorer reproduces the published numbers', () => {
  const cache = new Map<string, GeoparseScores>();
  const score = (row: Row): GeoparseScores => {
    let s = cache.get(row.system);
    if (!s) {
      s = scoreGeoparse(parseBaselineLines(read(row.gold)), parseBaselineLines(read(row.file)), row.rule ?? 'span');
      cache.set(row.system, s);
    }
    return s;
  };

  it.each(ROWS)('$system', (row) => {
    const s = score(row);
    const got = Object.entries(row.printed).map(([k, printed]) => {
      const v = s[k as keyof GeoparseScores];
      return { metric: k, printed, value: Number(v.toFixed(4)), ok: reproduces(v, printed) };
    });
    expect(got.filter((g) => !g.ok)).toEqual([]);
  });

  it('GeoVirus AUC within .001 of EUPEG Table 1', () => {
    const auc = (f: string): number => scoreGeoparse(parseBaselineLines(read(`${V}GeoVirus_gold.txt`)), parseBaselineLines(read(`${V}${f}`))).auc;
    expect(Math.abs(auc('GeoVirus_CamCoder.txt') - 0.336)).toBeLessThan(0.001);
    expect(Math.abs(auc('GeoVirus_StanfordNER.txt') - 0.378)).toBeLessThan(0.001);
    expect(Math.abs(auc('GeoVirus_CLAVIN.txt') - 0.32)).toBeLessThan(0.001);
  });

  it('Topocluster is not reproducible with span matching: its offsets are token positions', () => {
    const s = scoreGeoparse(parseBaselineLines(read(`${G}lgl_gold.txt`)), parseBaselineLines(read(`${G}lgl_topo.txt`)), 'span');
    expect(s.f1).toBeLessThan(0.1);
  });

  it('reads the gold corpora: every span spells its phrase; LGL 588/5,088/4,462, GeoVirus 229/2,170', () => {
    const lgl = parseLgl(read('LGL/lgl.xml'));
    const gv = parseGeoVirus(read('GeoVirus/GeoVirus.xml'));
    for (const [docs, nDocs, nTop, nCoord] of [[lgl, 588, 5088, 4462], [gv, 229, 2170, 2170]] as const) {
      const tops = docs.flatMap((d) => d.toponyms.map((t) => ({ t, text: d.text })));
      expect(docs.length).toBe(nDocs);
      expect(tops.length).toBe(nTop);
      expect(tops.filter(({ t }) => t.lat !== undefined).length).toBe(nCoord);
      expect(tops.filter(({ t, text }) => text.slice(t.start, t.end) !== t.surface)).toEqual([]);
    }
  });
});
