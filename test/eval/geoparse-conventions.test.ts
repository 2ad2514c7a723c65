import { describe, expect, it } from 'vitest';
import { evaluateGeoparse } from '../../src/eval/geoparse/evaluate.js';
import { formatGeoparseReport } from '../../src/eval/geoparse/format-report.js';
import type { PredictedToponym, SitrepGeoparser } from '../../src/eval/geoparse/sitrep-geoparser.js';
import type { GeoDocument } from '../../src/eval/geoparse/types.js';

// One document, split 'all': gold marks Calgary the city but not the one inside "University of Calgary".
const text = 'A researcher at the University of Calgary said cases rose in Calgary.';
const at = (name: string, from = 0) => text.indexOf(name, from);
const gold: GeoDocument = { id: '0', text, toponyms: [{ surface: 'Calgary', start: at('Calgary', 40), end: at('Calgary', 40) + 7, lat: 51.05, lon: -114.07 }] };
const predicted: PredictedToponym[] = [
  { surface: 'Calgary', start: at('Calgary'), end: at('Calgary') + 7, lat: 51.05, lon: -114.07, inFacilityName: true },
  { surface: 'Calgary', start: at('Calgary', 40), end: at('Calgary', 40) + 7, lat: 51.05, lon: -114.07 },
];
const parser: SitrepGeoparser = { predict: () => predicted, resolveGold: () => [gold.toponyms[0]], learnOutletLocales: () => undefined };

describe('corpus conventions in the geoparse scorer', () => {
  it('GeoVirus does not score place names inside facility names, and the report shows both rows', () => {
    const r = evaluateGeoparse('geovirus', [gold], 'all', parser, []);
    expect([r.sitrep.tp, r.sitrep.fp]).toEqual([1, 0]);
    expect([r.sitrepEveryMention?.tp, r.sitrepEveryMention?.fp]).toEqual([1, 1]);
    const table = formatGeoparseReport(r);
    expect(table).toContain('Sitrep, every mention');
    expect(table).toMatch(/Corpus convention: GeoVirus leaves out buildings/);
  });

  it('LGL counts them', () => {
    const r = evaluateGeoparse('lgl', [gold], 'all', parser, []);
    expect([r.sitrep.tp, r.sitrep.fp]).toEqual([1, 1]);
    expect(r.sitrepEveryMention).toBeUndefined();
    expect(formatGeoparseReport(r)).not.toContain('every mention');
  });
});
