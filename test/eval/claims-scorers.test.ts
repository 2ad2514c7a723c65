import { describe, expect, it } from 'vitest';
import { actorMatch, actorsMatch, plover05Label, inSplit, prf, scorePetrarch, scorePlover } from '../../src/eval/claims/index.js';
import type { PetrarchGold, PloverGold, PredictedEvent, SentencePrediction } from '../../src/eval/claims/index.js';

function ev(plover: string, cameo: string, s: Array<[string, string?]> = [], t: Array<[string, string?]> = [], cs = '---', ct = '---'): PredictedEvent {
  const a = (x: Array<[string, string?]>) => x.map(([code, sector]) => ({ code, ...(sector ? { sector } : {}) }));
  // The 0.5 label as the ontology gives it for these codes: CAMEO root 19 is FIGHT there.
  return { claimType: 'x', plover, plover05: cameo.startsWith('19') ? 'FIGHT' : plover, cameo, sources: a(s), targets: a(t), cameoSource: cs, cameoTarget: ct };
}
const preds = (entries: Array<[string, PredictedEvent[]]>) => new Map<string, SentencePrediction>(entries.map(([id, events]) => [id, { id, events }]));

describe('prf', () => {
  it('computes precision, recall and F1, null on empty denominators', () => {
    expect(prf(2, 4, 8)).toMatchObject({ precision: 0.5, recall: 0.25 });
    expect(prf(2, 4, 8).f1).toBeCloseTo(1 / 3, 10);
    expect(prf(0, 0, 3)).toMatchObject({ precision: null, recall: 0, f1: null });
    expect(prf(0, 2, 3).f1).toBe(0);
  });
});

describe('split', () => {
  it('puts even indexes in tune and odd ones in test', () => {
    expect([0, 1, 2, 3].filter((i) => inSplit(i, 'test'))).toEqual([1, 3]);
    expect([0, 1, 2, 3].filter((i) => inSplit(i, 'tune'))).toEqual([0, 2]);
    expect([0, 1, 2, 3].filter((i) => inSplit(i, 'all'))).toEqual([0, 1, 2, 3]);
  });
});

describe('actor matching', () => {
  it('needs the same code, and the gold sector when it gives one (first three letters; *** is any)', () => {
    expect(actorMatch({ code: 'USA' }, { code: 'USA', sector: 'GOV' })).toBe(true);
    expect(actorMatch({ code: 'USA', sector: 'GOV' }, { code: 'USA', sector: 'MIL' })).toBe(false);
    expect(actorMatch({ code: 'USA', sector: 'GOV' }, { code: 'USA' })).toBe(false);
    expect(actorMatch({ code: 'SRB', sector: 'CVLalb' }, { code: 'SRB', sector: 'CVL' })).toBe(true);
    expect(actorMatch({ code: 'ISR', sector: '***' }, { code: 'ISR', sector: 'MIL' })).toBe(true);
    // The gold's three 'CIV' are civilians misspelled.
    expect(actorMatch({ code: 'IRQ', sector: 'CIV' }, { code: 'IRQ', sector: 'CVL' })).toBe(true);
    expect(actorMatch({ code: 'IRQ', sector: 'CIV' }, { code: 'IRQ', sector: 'GOV' })).toBe(false);
    expect(actorMatch({ code: 'ISR' }, { code: 'PSE' })).toBe(false);
    // Country codes the gold misspells (JAP, ITL, VTN) are read as the ISO codes meant; others stay as written.
    expect(actorMatch({ code: 'JAP', sector: 'GOV' }, { code: 'JPN', sector: 'GOV' })).toBe(true);
    expect(actorMatch({ code: 'ITL' }, { code: 'ITA' })).toBe(true);
    expect(actorMatch({ code: 'JAP' }, { code: 'ITA' })).toBe(false);
    expect(actorMatch({ code: 'JPN' }, { code: 'JAP' })).toBe(false);
  });
  it('matches a role when both are empty, or when every predicted actor is one of the gold ones', () => {
    expect(actorsMatch([], [])).toBe(true);
    expect(actorsMatch([], [{ code: 'USA' }])).toBe(false);
    expect(actorsMatch([{ code: 'USA' }], [])).toBe(false);
    expect(actorsMatch([{ code: 'HUN' }, { code: 'ROU' }], [{ code: 'ROU' }])).toBe(true);
    expect(actorsMatch([{ code: 'HUN' }], [{ code: 'HUN' }, { code: 'ROU' }])).toBe(false);
  });
});

describe('scorePlover', () => {
  const gold: PloverGold[] = [
    { id: 'a', index: 0, text: '', event: 'ASSAULT', sources: [{ code: 'SYR', sector: 'MIL' }], targets: [{ code: 'SYR', sector: 'REB' }] },
    { id: 'b', index: 1, text: '', event: 'ASSAULT', sources: [{ code: 'USA' }], targets: [] },
    { id: 'c', index: 2, text: '', event: 'FIGHT', sources: [{ code: 'IRQ' }], targets: [{ code: 'IRN' }] },
    { id: 'd', index: 3, text: '', event: 'AGREE', sources: [{ code: 'FRA' }], targets: [] },
  ];
  const p = preds([
    ['a', [ev('ASSAULT', '190', [['SYR', 'MIL']], [['SYR', 'REB']]), ev('COERCE', '192')]], // event and actors right
    ['b', [ev('ASSAULT', '193', [['USA', 'GOV']], [['IRQ']])]], // event right, a target where gold has none
    ['c', [ev('ASSAULT', '190', [['IRQ', 'MIL']], [['IRN', 'GOV']])]], // FIGHT in the 2016 label space
    // d: no claim
  ]);
  it('scores the first claim of each sentence; a sentence without a claim is wrong', () => {
    const s = scorePlover(gold, p);
    expect(s.sentences).toBe(4);
    expect(s.coverage).toBe(0.75);
    expect(s.eventAccuracy).toBe(0.5);
    expect(s.setAccuracy).toBe(0.25);
    const assault = s.perType.find((r) => r.label === 'ASSAULT');
    expect(assault).toMatchObject({ gold: 2, predicted: 3, tp: 2 });
    expect(assault?.precision).toBeCloseTo(2 / 3, 10);
    expect(assault?.recall).toBe(1);
    expect(s.perType.find((r) => r.label === 'AGREE')).toMatchObject({ gold: 1, predicted: 0, tp: 0, precision: null, recall: 0 });
    expect(s.perType.find((r) => r.label === 'COERCE')).toBeUndefined();
  });
  it('scores the PLOVER 0.5 labels when asked (CAMEO root 19 is FIGHT there)', () => {
    const s = scorePlover(gold, p, plover05Label);
    expect(s.eventAccuracy).toBe(0.25); // only c: a and b become FIGHT, gold ASSAULT
    expect(s.setAccuracy).toBe(0.25);
  });
});

describe('scorePetrarch', () => {
  const gold: PetrarchGold[] = [
    { id: 's1', index: 0, category: 'DEMO', text: '', triples: [{ source: 'ARN', target: 'GON', event: '190' }, { source: 'GON', target: 'ARN', event: '193' }] },
    { id: 's2', index: 1, category: 'DEMO', text: '', triples: [{ source: 'USA', target: 'IRQ', event: '0874' }] },
    { id: 's3', index: 2, category: 'DEMO', text: '', triples: [] },
  ];
  const p = preds([
    ['s1', [ev('ASSAULT', '190', [], [], 'ARN', 'GON'), ev('ASSAULT', '190', [], [], 'ARN', 'GON'), ev('ASSAULT', '190', [], [], 'GON', 'ARN')]],
    ['s2', [ev('RETREAT', '087', [], [], 'USA', 'IRQ')]],
    ['s3', [ev('COERCE', '192', [], [], 'MOR', '---')]],
  ]);
  it('full code: exact triples, duplicates counted once', () => {
    // pred keys: s1 {ARN|GON|190, GON|ARN|190}, s2 {USA|IRQ|087}, s3 {MOR|---|192} → 4 predicted, 1 tp; gold 3
    const s = scorePetrarch(gold, p, 'full');
    expect(s).toMatchObject({ tp: 1, predicted: 4, gold: 3, precision: 0.25 });
    expect(s.recall).toBeCloseTo(1 / 3, 10);
    expect(s.f1).toBeCloseTo((2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3), 10);
  });
  it('root code: the first two digits', () => {
    // s1 gold {ARN|GON|19, GON|ARN|19} pred same → 2 tp; s2 gold USA|IRQ|08 pred USA|IRQ|08 → 1 tp; s3 fp
    const s = scorePetrarch(gold, p, 'root');
    expect(s).toMatchObject({ tp: 3, predicted: 4, gold: 3, precision: 0.75, recall: 1 });
    // s3's 192 is root 19 as well: a false positive of type 19
    expect(s.perType.find((r) => r.label === '19')).toMatchObject({ tp: 2, predicted: 3, gold: 2, recall: 1 });
    expect(s.perType.find((r) => r.label === '08')).toMatchObject({ tp: 1, predicted: 1, gold: 1 });
    expect(s.perType.find((r) => r.label === '19')?.precision).toBeCloseTo(2 / 3, 10);
  });
  it('event levels ignore the actors', () => {
    // event-full: s1 gold {190,193} pred {190}; s2 gold {0874} pred {087}; s3 pred {192}
    expect(scorePetrarch(gold, p, 'event-full')).toMatchObject({ tp: 1, predicted: 3, gold: 3 });
    // event-root: s1 gold {19} pred {19}; s2 {08}/{08}; s3 pred {19} gold {}
    expect(scorePetrarch(gold, p, 'event-root')).toMatchObject({ tp: 2, predicted: 3, gold: 2, recall: 1 });
  });
});
