import { describe, expect, it } from 'vitest';
import { geocodingScores, greatCircleKm, matchDocument, scoreGeoparse } from '../../src/eval/geoparse/metrics.js';
import { parseBaselineLines, parseGeoVirus, parseLgl } from '../../src/eval/geoparse/read-corpus.js';
import { inSplit, splitIndices } from '../../src/eval/geoparse/split.js';
import type { Toponym } from '../../src/eval/geoparse/types.js';

const t = (surface: string, start: number, lat?: number, lon?: number): Toponym => {
  const base: Toponym = { surface, start, end: start + surface.length };
  return lat === undefined || lon === undefined ? base : { ...base, lat, lon };
};

describe('matching', () => {
  it.each([
    ['same span', t('Paris', 10), t('Paris', 10), true],
    ['case differs', t('Paris', 10), t('PARIS', 10), true],
    ['midpoint 9.5 apart', t('Paris', 10), t('Paris', 19), true],
    ['midpoint exactly 10 apart', t('Paris', 10), t('Paris', 20), false],
    ['longer surface', t('Paris', 10), t('Paris, Texas', 10), false],
  ])('%s', (_name, gold, pred, match) => {
    expect(matchDocument([gold], [pred]).pairs.length).toBe(match ? 1 : 0);
  });

  it('is one-to-one and greedy in gold order', () => {
    const m = matchDocument([t('Rome', 0), t('Rome', 4)], [t('Rome', 2)]);
    expect(m.pairs).toEqual([{ gold: t('Rome', 0), pred: t('Rome', 2) }]);
    expect(m.falseNegatives).toEqual([t('Rome', 4)]);
    expect(m.falsePositives).toEqual([]);
  });
});

describe('scores', () => {
  it('P/R/F1 over all gold; distances only where gold has coordinates', () => {
    const gold = [[t('Paris', 0, 48.85, 2.35), t('Nowhere', 20), t('Lyon', 40, 45.76, 4.84)]];
    const pred = [[t('Paris', 0, 33.66, -95.56), t('Nowhere', 20, 0, 0), t('Bogus', 60, 0, 0)]];
    const s = scoreGeoparse(gold, pred);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 1, 1]);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.n).toBe(1); // Nowhere has no gold point
    expect(s.acc161).toBe(0);
    expect(s.meanKm).toBeGreaterThan(7000);
  });

  it('AUC is 0 for perfect answers and 1 at the antipode', () => {
    expect(geocodingScores([0, 0]).auc).toBe(0);
    expect(geocodingScores([20039, 20039]).auc).toBeCloseTo(1);
    expect(geocodingScores([100, 200]).acc161).toBe(0.5);
  });

  it('great-circle distance', () => {
    expect(greatCircleKm(0, 0, 0, 180)).toBeCloseTo(20015, -1);
    expect(greatCircleKm(48.8566, 2.3522, 51.5074, -0.1278)).toBeCloseTo(343.5, 0);
  });
});

describe('readers', () => {
  it('baseline lines: `||` between toponyms, `,,` between fields, commas inside names, empty lines', () => {
    const docs = parseBaselineLines('Alexandria, LA,,Alexandria,,31.3,,-92.4,,0,,10||X,,Rome,,41.9,,12.5,,20,,24,,99.1||\n\nNo Gaz,,Oz,,,,,,3,,5||\n');
    expect(docs).toEqual([[t('Alexandria', 0, 31.3, -92.4), t('Rome', 20, 41.9, 12.5)], [], [t('Oz', 3)]]);
  });

  it('LGL XML: CDATA text, docid, toponyms without gaztag have no point', () => {
    const xml = '<articles><article docid="7"><text><![CDATA[In Rome & Oz.]]></text><toponyms><toponym><start>3</start><end>7</end><phrase>Rome</phrase><gaztag geonameid="1"><name>Rome</name><lat>41.9</lat><lon>12.5</lon></gaztag></toponym><toponym><start>10</start><end>12</end><phrase>Oz</phrase></toponym></toponyms></article></articles>';
    expect(parseLgl(xml)).toEqual([{ id: '7', text: 'In Rome & Oz.', toponyms: [t('Rome', 3, 41.9, 12.5), t('Oz', 10)] }]);
  });

  it("LGL XML: the article's <domain> is its outlet", () => {
    const xml = '<articles><article docid="8"><domain> theparisnews.com </domain><text>Paris.</text><toponyms></toponyms></article></articles>';
    expect(parseLgl(xml)).toEqual([{ id: '8', text: 'Paris.', toponyms: [], outlet: 'theparisnews.com' }]);
  });

  it('GeoVirus XML: offsets shifted back by one, entities decoded, commented articles ignored', () => {
    const xml = '<articles><article><text>A &amp; Rome</text><locations><location><name>Rome</name><start>5</start><end>9</end><lat>41.9</lat><lon>12.5</lon></location></locations></article></articles><!--<article><text></text></article>-->';
    expect(parseGeoVirus(xml)).toEqual([{ id: '0', text: 'A & Rome', toponyms: [t('Rome', 4, 41.9, 12.5)] }]);
  });
});

describe('split', () => {
  it('even positions tune, odd test, all both', () => {
    expect(splitIndices(5, 'tune')).toEqual([0, 2, 4]);
    expect(splitIndices(5, 'test')).toEqual([1, 3]);
    expect(inSplit(3, 'all')).toBe(true);
  });
});
