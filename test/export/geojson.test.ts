import { describe, expect, it } from 'vitest';
import { exportClaims, exportSituation } from '../../src/export/index.js';
import { actorDirectory } from '../../src/situation/actor-directory.js';
import { deriveSituation } from '../../src/situation/derive-situation.js';
import { loadActorLexicon } from '../../src/resources/actor-lexicon.js';
import { exampleRecords, MAYADIN_CAPTURE, recordById } from './example-records.js';
import { geoJsonProblems } from './geojson-check.js';

interface Doc {
  type: string;
  features: { id: string; geometry: { type: 'Point'; coordinates: [number, number] } | null; properties: Record<string, unknown> }[];
}

const situation = () => deriveSituation(exampleRecords(), actorDirectory(loadActorLexicon()));

describe('geojson (events)', () => {
  it('is a valid RFC 7946 FeatureCollection of Points at [lon, lat]', () => {
    const result = exportClaims('geojson', exampleRecords());
    expect(result.contentType).toBe('application/geo+json');
    const doc = JSON.parse(result.body) as Doc;
    expect(geoJsonProblems(doc)).toEqual([]);
    expect(doc.features.length).toBeGreaterThan(10);
    const mayadin = doc.features.find((f) => (f.properties.claimIds as string[]).includes(MAYADIN_CAPTURE))!;
    const place = recordById(MAYADIN_CAPTURE).claim.place!;
    expect(mayadin.geometry).toEqual({ type: 'Point', coordinates: [place.lon, place.lat] });
    expect(mayadin.properties).toMatchObject({
      type: 'take-control',
      statuses: { confirmed: 1 },
      occurred: true,
      independentClaimants: 2,
      timeFrom: '2017-10-14',
      timeTo: '2017-10-14',
      timePrecision: 'day',
      // the army and the allied fighters its statement names beside it
      agentIds: ['group:fighters', 'syr-army'],
      placeId: 'gn:173480',
      geoPrecision: 1,
    });
    expect((mayadin.properties.claimants as string[]).sort()).toEqual(['Syrian Arab Army', 'Syrian Observatory for Human Rights']);
  });

  it('keeps events without a place as features with a null geometry', () => {
    const doc = JSON.parse(exportClaims('geojson', exampleRecords()).body) as Doc;
    const placeless = doc.features.filter((f) => f.geometry === null);
    expect(placeless.length).toBeGreaterThan(0);
    for (const f of placeless) expect(f.properties.placeId).toBeNull();
  });

  it("uses the stored situation's events when given, and only those with a claim among the records", () => {
    const s = situation();
    const some = exampleRecords().filter((r) => r.claim.id === MAYADIN_CAPTURE);
    const doc = JSON.parse(exportSituation('geojson', s, some).body) as Doc;
    expect(doc.features.map((f) => f.id)).toEqual(s.events.filter((e) => e.claimIds.includes(MAYADIN_CAPTURE)).map((e) => e.id));
  });
});

describe('control-geojson', () => {
  it('maps who held each place on a day, valid RFC 7946', () => {
    const s = situation();
    const result = exportSituation('control-geojson', s, exampleRecords(), { at: '2017-11-10' });
    const doc = JSON.parse(result.body) as Doc;
    expect(geoJsonProblems(doc)).toEqual([]);
    expect(doc.features.length).toBeGreaterThan(3);
    for (const f of doc.features) {
      expect(f.geometry).not.toBeNull();
      expect(['controlled', 'contested', 'unknown']).toContain(f.properties.state);
      expect(f.properties.at).toBe('2017-11-10');
      // A place is on the map only once something was claimed about it.
      expect(String(f.properties.from) <= '2017-11-10').toBe(true);
      if (f.properties.basis === 'interval') expect(String(f.properties.to) >= '2017-11-10').toBe(true);
      else expect(f.properties.state).toBe('unknown');
    }
    const ids = doc.features.map((f) => f.id);
    expect(ids).toEqual([...ids].sort());
    // Abu Kamal on the 10th: the army's capture of the 9th and IS's counter-attack.
    const abuKamal = doc.features.find((f) => f.id === 'gn:174448');
    expect(abuKamal?.properties.basis).toBe('interval');
    expect(abuKamal?.geometry?.coordinates).toEqual([40.91854, 34.45226]);
  });

  it('leaves out places nothing was claimed about by that day', () => {
    const s = situation();
    const early = JSON.parse(exportSituation('control-geojson', s, exampleRecords(), { at: '2010-01-01' }).body) as Doc;
    expect(early.features).toEqual([]);
  });

  it('needs a real day', () => {
    const s = situation();
    expect(() => exportSituation('control-geojson', s, [], {})).toThrow(/E_EXPORT_OPTION|YYYY-MM-DD/);
    expect(() => exportSituation('control-geojson', s, [], { at: '2017-02-30' })).toThrow(/2017-02-30/);
    expect(() => exportClaims('control-geojson', exampleRecords())).toThrow(/exportSituation/);
  });
});
