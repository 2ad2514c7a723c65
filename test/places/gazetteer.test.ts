import { beforeAll, describe, expect, it } from 'vitest';
import { sharedGazetteer } from './helpers.js';
import type { Gazetteer } from '../../src/resources/gazetteer/gazetteer.js';

describe('gazetteer', () => {
  let g: Gazetteer;
  beforeAll(() => {
    g = sharedGazetteer();
  }, 120_000);

  it('finds transliteration variants', () => {
    expect(g.lookupName('Boukamal').map((c) => c.placeId)).toContain('gn:174448');
    expect(g.lookupName('Mossoul').map((c) => c.placeId)).toContain('gn:99072');
    expect(g.lookupName('Al-Qaïm').map((c) => c.placeId)).toContain('gn:92138');
  });

  it('serves admin-1 units, countries and curated places', () => {
    expect(g.admin1('SY', '07')?.name).toBe('Deir ez-Zor');
    expect(g.byId('adm1:IQ.01')?.featureCode).toBe('ADM1');
    expect(g.lookupName('Syrie').map((c) => c.placeId)).toEqual(['country:SY']);
    expect(g.countries().length).toBeGreaterThan(200);
    const yarmouk = g.byId('cur:yarmouk');
    expect(yarmouk?.parent).toBe('gn:170654');
    expect(yarmouk?.source).toMatch(/^curated\.tsv:\d+$/);
    expect(g.byId('gn:174448')?.admin1Name).toBe('Deir ez-Zor');
  });

  it('does not index airport codes or non-Latin, non-Arabic scripts', () => {
    expect(g.lookupName('DEZ').map((c) => c.placeId)).not.toContain('gn:170794');
    expect(g.lookupName('Дейр-ез-Зор')).toEqual([]);
    expect(g.lookupName('دير الزور').length).toBeGreaterThan(0);
  });
});
