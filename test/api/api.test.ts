/* eslint-disable @typescript-eslint/no-explicit-any -- answers are JSON read deep; the OpenAPI test pins their shapes */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, openStore, type StoreDb } from '../../src/store/index.js';
import { eachDialect } from '../store/dialects.js';
import { call, ingestExamples, startApi, type Api } from './api-fixture.js';

const ABU_KAMAL = 'gn:174448';
const JSON_TYPE = /^application\/json; charset=utf-8$/;
const GEOJSON_TYPE = /^application\/geo\+json; charset=utf-8$/;

/**
 * The HTTP API over the bundled examples, through a real server on 127.0.0.1 and fetch, on SQLite and on
 * PostgreSQL (a schema of its own; skipped with a message when no server is reachable, like the store tests).
 */
eachDialect('HTTP API', (dialect) => {
  let db: StoreDb;
  let api: Api;

  beforeAll(async () => {
    db = await openStore({ url: dialect.url('api_read') });
    await ingestExamples(db);
    api = await startApi(db);
  });

  afterAll(async () => {
    await api?.close();
    if (db) await closeStore(db);
  });

  it('GET /api/health counts reports and claims', async () => {
    const r = await call(api, '/api/health');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(JSON_TYPE);
    expect(r.body.ok).toBe(true);
    expect(r.body.reports).toBe(17);
    expect(r.body.claims).toBeGreaterThan(40);
  });

  describe('map', () => {
    it('GET /api/map/control?at=2017-11-12: Abu Kamal contested, held by IS', async () => {
      const r = await call(api, '/api/map/control?at=2017-11-12');
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(GEOJSON_TYPE);
      expect(r.body.type).toBe('FeatureCollection');
      const ak = r.body.features.find((f: any) => f.properties.placeId === ABU_KAMAL);
      expect(ak.geometry).toEqual({ type: 'Point', coordinates: [expect.closeTo(40.92, 1), expect.closeTo(34.45, 1)] });
      expect(ak.properties).toMatchObject({ state: 'contested', controllerId: 'isis', controllerLabel: 'Islamic State', stale: false });
      expect(ak.properties.contenders.map((c: any) => c.actorId)).toContain('syr-army');
      expect(ak.properties.from <= '2017-11-12' && '2017-11-12' <= ak.properties.to).toBe(true);
      for (const f of r.body.features) {
        expect(Object.keys(f.properties).sort()).toEqual(
          ['confidence', 'contenders', 'controllerId', 'controllerLabel', 'from', 'name', 'partial', 'placeId', 'stale', 'state', 'to'].sort(),
        );
        const [lon, lat] = f.geometry.coordinates;
        expect(Math.abs(lon)).toBeLessThanOrEqual(180);
        expect(Math.abs(lat)).toBeLessThanOrEqual(90);
        // A stale feature is the last interval that ended before the day; a current one covers it.
        if (f.properties.stale) expect(f.properties.to < '2017-11-12').toBe(true);
        else expect(f.properties.from <= '2017-11-12' && '2017-11-12' <= f.properties.to).toBe(true);
      }
      // Places are listed in id order, one feature each.
      const ids = r.body.features.map((f: any) => f.properties.placeId);
      expect(ids).toEqual([...new Set(ids)].sort());
    });

    it('GET /api/map/control before any claim: no features; after the army recapture: the army', async () => {
      expect((await call(api, '/api/map/control?at=1990-01-01')).body.features).toEqual([]);
      const later = await call(api, '/api/map/control?at=2017-11-20');
      const ak = later.body.features.find((f: any) => f.properties.placeId === ABU_KAMAL);
      expect(ak.properties.controllerId).toBe('syr-army');
    });

    it('GET /api/map/events: located events as GeoJSON points, filtered and paged', async () => {
      const r = await call(api, '/api/map/events?from=2017-11-01&to=2017-11-30');
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(GEOJSON_TYPE);
      expect(r.body.type).toBe('FeatureCollection');
      expect(r.body.features.length).toBeGreaterThan(0);
      expect(r.body.total).toBe(r.body.features.length);
      for (const f of r.body.features) {
        expect(f.geometry.type).toBe('Point');
        expect(f.properties).toMatchObject({ eventId: f.id, type: expect.any(String), independentClaimants: expect.any(Number), statuses: expect.any(Object) });
        expect(Array.isArray(f.properties.agents)).toBe(true);
        expect(f.properties.to >= '2017-11-01' && f.properties.from <= '2017-11-30').toBe(true);
      }
      const page = await call(api, '/api/map/events?from=2017-11-01&to=2017-11-30&limit=2&offset=1');
      expect(page.body.features.map((f: any) => f.id)).toEqual(r.body.features.slice(1, 3).map((f: any) => f.id));
      const boxed = await call(api, '/api/map/events?bbox=40.5,34,41.5,35&type=take-control');
      for (const f of boxed.body.features) {
        expect(f.properties.type).toBe('take-control');
        expect(f.geometry.coordinates[0]).toBeGreaterThanOrEqual(40.5);
      }
    });
  });

  describe('places', () => {
    it('GET /api/places/:id/timeline: the Abu Kamal timeline, by name or id, with its claims', async () => {
      const r = await call(api, `/api/places/${encodeURIComponent('Abu Kamal')}/timeline`);
      expect(r.status).toBe(200);
      expect(r.body.place).toMatchObject({ placeId: ABU_KAMAL, lat: expect.any(Number), lon: expect.any(Number) });
      const intervals = r.body.intervals as any[];
      expect(intervals.length).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < intervals.length; i++) expect(intervals[i].from > intervals[i - 1].to).toBe(true);
      const on = (d: string) => intervals.find((i) => i.from <= d && d <= i.to);
      expect(on('2017-11-09')).toMatchObject({ controller: { actorId: 'syr-army' } });
      expect(on('2017-11-12')).toMatchObject({ state: 'contested', controller: { actorId: 'isis' } });
      expect(on('2017-11-19')).toMatchObject({ controller: { actorId: 'syr-army' } });
      expect(intervals.some((i) => i.controller?.actorId === 'isis' && i.from < '2017-01-01')).toBe(true);
      const contested = on('2017-11-12');
      expect(contested.supportingClaims.length).toBe(contested.supporting.length);
      for (const c of [...contested.supportingClaims, ...contested.contradictingClaims]) {
        expect(c.evidence.length).toBeGreaterThan(0);
        expect(c.reportDate).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      }
      const byId = await call(api, `/api/places/${encodeURIComponent(ABU_KAMAL)}/timeline`);
      const byFrench = await call(api, '/api/places/Boukamal/timeline');
      expect(byId.body.intervals).toEqual(r.body.intervals);
      expect(byFrench.body.place.placeId).toBe(ABU_KAMAL);
    });

    it('GET /api/places/:id: where it is, the claims that happened there, its intervals', async () => {
      const r = await call(api, `/api/places/${ABU_KAMAL}`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ id: ABU_KAMAL, placeId: ABU_KAMAL, name: expect.stringMatching(/Kam/), lat: expect.any(Number), lon: expect.any(Number) });
      expect(r.body.claims.total).toBeGreaterThan(3);
      for (const c of r.body.claims.items) expect(c.place).toMatchObject({ placeId: ABU_KAMAL, role: 'event' });
      expect(r.body.intervals.length).toBeGreaterThanOrEqual(3);
      const paged = await call(api, `/api/places/${ABU_KAMAL}?limit=2&offset=1`);
      expect(paged.body.claims.items.map((c: any) => c.id)).toEqual(r.body.claims.items.slice(1, 3).map((c: any) => c.id));
    });

    it('unknown places are 404 with a remedy', async () => {
      for (const p of ['Nowhereville', 'gn:999999999']) {
        const r = await call(api, `/api/places/${p}`);
        expect(r.status).toBe(404);
        expect(r.body.error.code).toMatch(/^E_(QUERY_PLACE|NOT_FOUND)$/);
        expect(r.body.error.remedy).toBeTruthy();
      }
    });

    it('GET /api/control: the interval on a day, or the latest', async () => {
      const r = await call(api, `/api/control?place=${encodeURIComponent('Abu Kamal')}&at=2017-11-12`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ at: '2017-11-12', place: { placeId: ABU_KAMAL }, interval: { state: 'contested', controller: { actorId: 'isis' } } });
      expect(r.body.previous.to < '2017-11-12').toBe(true);
      expect(r.body.interval.supportingClaims.length).toBeGreaterThan(0);
      const latest = await call(api, `/api/control?place=${ABU_KAMAL}`);
      expect(latest.body.at).toBeNull();
      expect(latest.body.interval.from >= '2017-11-19').toBe(true);
      const unknown = await call(api, '/api/control?place=Nowhereville&at=2017-11-12');
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.problems).toEqual([{ param: 'place', message: expect.stringMatching(/unknown place/) }]);
    });
  });

  describe('claims', () => {
    it('GET /api/claims pages through every claim in a stable order', async () => {
      const all = await call(api, '/api/claims?limit=1000');
      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({ limit: 1000, offset: 0, hasMore: false });
      const health = await call(api, '/api/health');
      expect(all.body.items.length).toBe(health.body.claims);
      const first = await call(api, '/api/claims?limit=5');
      const second = await call(api, '/api/claims?limit=5&offset=5');
      expect(first.body.hasMore).toBe(true);
      expect([...first.body.items, ...second.body.items].map((c: any) => c.id)).toEqual(all.body.items.slice(0, 10).map((c: any) => c.id));
      const dflt = await call(api, '/api/claims');
      expect(dflt.body.limit).toBe(100);
      expect(all.body.items[0].explain).toBeUndefined();
    });

    it('GET /api/claims filters by type, status, actor, claimant, place and window', async () => {
      const r = await call(api, `/api/claims?type=take-control,control&actor=isis&place=${encodeURIComponent('Abu Kamal')}&from=2017-11-01&to=2017-11-30`);
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeGreaterThan(0);
      for (const c of r.body.items) {
        expect(['take-control', 'control']).toContain(c.type);
        expect(c.place.placeId).toBe(ABU_KAMAL);
        expect(c.time.to >= '2017-11-01' && c.time.from <= '2017-11-30').toBe(true);
      }
      for (const c of r.body.items) expect(c.report).toMatchObject({ id: c.reportId, publishedAt: { value: expect.any(String) } });
      const byLabel = await call(api, `/api/claims?actor=${encodeURIComponent('Islamic State')}&limit=1000`);
      const byId = await call(api, '/api/claims?actor=isis&limit=1000');
      expect(byLabel.body.items.length).toBeGreaterThan(0);
      expect(byLabel.body.items).toEqual(byId.body.items);
      const sohr = await call(api, '/api/claims?claimant=sohr&status=asserted,confirmed,hedged');
      expect(sohr.body.items.length).toBeGreaterThan(0);
      for (const c of sohr.body.items) expect(c.claimants.some((k: any) => k.actorId === 'sohr' || k.label === 'sohr')).toBe(true);
    });

    it('GET /api/claims?minSources=: the claims of events with that many independent claimants', async () => {
      const events = await call(api, '/api/events?minSources=2&limit=1000');
      const wanted = new Set(events.body.items.flatMap((e: any) => e.claimIds));
      const r = await call(api, '/api/claims?minSources=2&limit=1000');
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeGreaterThan(0);
      for (const c of r.body.items) expect(wanted.has(c.id)).toBe(true);
      const page = await call(api, '/api/claims?minSources=2&limit=2&offset=1');
      expect(page.body.items.map((c: any) => c.id)).toEqual(r.body.items.slice(1, 3).map((c: any) => c.id));
    });

    it('GET /api/claims/:id: the claim, the text of its evidence, its report date, outlet and language', async () => {
      const list = await call(api, `/api/claims?place=${ABU_KAMAL}&limit=1000`);
      const withOutlet = list.body.items.find((c: any) => c.evidence.length > 0) ?? list.body.items[0];
      const r = await call(api, `/api/claims/${withOutlet.id}`);
      expect(r.status).toBe(200);
      expect(r.body.id).toBe(withOutlet.id);
      expect(r.body.evidenceText).toHaveLength(r.body.evidence.length);
      const report = await call(api, `/api/reports/${r.body.reportId}`);
      expect(report.status).toBe(200);
      r.body.evidence.forEach((span: { start: number; end: number }, i: number) => {
        expect(r.body.evidenceText[i]).toBe(report.body.text.slice(span.start, span.end));
        expect(r.body.evidenceText[i].length).toBeGreaterThan(0);
      });
      expect(r.body.report).toMatchObject({ id: r.body.reportId, publishedAt: report.body.publishedAt, lang: expect.stringMatching(/^(fr|en)$/) });
      if (report.body.source.outlet) expect(r.body.report.outlet).toBe(report.body.source.outlet);
      expect(r.body.codes).toBeDefined();
      const missing = await call(api, '/api/claims/c_doesnotexist');
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('E_NOT_FOUND');
    });
  });

  describe('reports and search', () => {
    it('GET /api/reports/:id: text, date and source, never the server path it was read from', async () => {
      const claim = (await call(api, '/api/claims?limit=1')).body.items[0];
      const r = await call(api, `/api/reports/${claim.reportId}`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ id: claim.reportId, text: expect.any(String), publishedAt: { value: expect.any(String) }, source: expect.any(Object) });
      expect(r.text).not.toMatch(/examples\//);
      expect((await call(api, '/api/reports/r_0000000000000000')).status).toBe(404);
    });

    it('GET /api/search finds reports by words in their text', async () => {
      const r = await call(api, '/api/search?q=Kamal');
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeGreaterThan(0);
      for (const hit of r.body.items) expect(hit.id).toMatch(/^r_/);
      const one = await call(api, '/api/search?q=Kamal&limit=1');
      expect(one.body.items).toHaveLength(1);
      expect(one.body.hasMore).toBe(true);
    });

    it('GET /api/search with HTML or SQL in q: a JSON answer, nothing executed', async () => {
      for (const q of ['<script>alert(1)</script>', "' OR 1=1 --", '"; DROP TABLE reports; --', '%_%', '*', 'NEAR(a b)']) {
        const r = await call(api, `/api/search?q=${encodeURIComponent(q)}`);
        expect(r.status, q).toBe(200);
        expect(r.headers.get('content-type')).toMatch(JSON_TYPE);
        expect(Array.isArray(r.body.items)).toBe(true);
        expect(r.text).not.toContain('<script>');
      }
      expect((await call(api, '/api/health')).body.reports).toBe(17);
    });
  });

  describe('situation', () => {
    it('GET /api/events: fused events, filtered by box, time, actor, type and sources, paged with a total', async () => {
      const all = await call(api, '/api/events?limit=1000');
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(all.body.items.length);
      const page = await call(api, '/api/events?limit=3&offset=2');
      expect(page.body).toMatchObject({ total: all.body.total, limit: 3, offset: 2 });
      expect(page.body.items.map((e: any) => e.id)).toEqual(all.body.items.slice(2, 5).map((e: any) => e.id));
      const boxed = await call(api, '/api/events?bbox=40.5,34,41.5,35&from=2017-11-01&actor=isis&minSources=1');
      expect(boxed.body.items.length).toBeGreaterThan(0);
      for (const e of boxed.body.items) {
        expect(e.place.lon).toBeGreaterThanOrEqual(40.5);
        expect(e.place.lat).toBeLessThanOrEqual(35);
        expect([...e.agents, ...e.targets].some((a: any) => a.actorId === 'isis')).toBe(true);
      }
      const byLabel = await call(api, `/api/events?actor=${encodeURIComponent('Islamic State')}&limit=1000`);
      const byId = await call(api, '/api/events?actor=isis&limit=1000');
      expect(byLabel.body.items).toEqual(byId.body.items);
    });

    it('GET /api/actors/:id and its relations', async () => {
      const isis = await call(api, '/api/actors/isis');
      expect(isis.status).toBe(200);
      expect(isis.body).toMatchObject({ id: 'isis', label: 'Islamic State', type: 'non-state-armed-group' });
      const army = await call(api, '/api/actors/syr-army');
      expect(army.body.partOf).toMatchObject({ id: expect.any(String), label: expect.any(String) });
      const rel = await call(api, '/api/actors/hezbollah/relations?at=2017-11-09');
      expect(rel.status).toBe(200);
      expect(rel.body).toMatchObject({ actor: { id: 'hezbollah' }, at: '2017-11-09', limit: 100, offset: 0 });
      for (const x of rel.body.items) expect(x.from <= '2017-11-09' && '2017-11-09' <= x.to).toBe(true);
      expect((await call(api, '/api/actors/nobody-at-all')).status).toBe(404);
    });

    it('GET /api/contradictions?place=: pairs of claims with both sources', async () => {
      const r = await call(api, `/api/contradictions?place=${encodeURIComponent('Abu Kamal')}`);
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeGreaterThan(0);
      for (const c of r.body.items) {
        expect(c.placeId).toBe(ABU_KAMAL);
        expect(c.claims.map((x: any) => x?.id)).toEqual([c.claimA, c.claimB]);
      }
    });
  });

  describe('exports', () => {
    const types: [string, RegExp][] = [
      ['acled-csv', /^text\/csv; charset=utf-8/],
      ['geojson', /^application\/geo\+json; charset=utf-8$/],
      ['claims-jsonl', /^application\/x-ndjson; charset=utf-8$/],
      ['plover-json', /^application\/x-ndjson; charset=utf-8$/],
      ['cameo-tsv', /^text\/tab-separated-values; charset=utf-8$/],
      ['control-geojson', /^application\/geo\+json; charset=utf-8$/],
    ];
    it.each(types)('GET /api/export/%s: a file of the right type', async (format, type) => {
      const r = await call(api, `/api/export/${format}?from=2017-11-01&to=2017-11-30&at=2017-11-12`);
      expect(r.status, r.text).toBe(200);
      expect(r.headers.get('content-type')).toMatch(type);
      expect(r.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="sitrep-${format}\\.\\w+"$`));
      expect(r.text.length).toBeGreaterThan(10);
    });

    it('claims-jsonl exports the filtered claims, one per line; control-geojson needs a day', async () => {
      const r = await call(api, `/api/export/claims-jsonl?place=${ABU_KAMAL}`);
      const lines = r.text.trim().split('\n').map((l) => JSON.parse(l));
      const listed = await call(api, `/api/claims?place=${ABU_KAMAL}&limit=1000`);
      expect(lines.length).toBe(listed.body.items.length);
      const noDay = await call(api, '/api/export/control-geojson');
      expect(noDay.status).toBe(400);
      expect(noDay.body.error.problems).toEqual([{ param: 'at', message: expect.any(String) }]);
    });
  });

  describe('hostile and malformed requests', () => {
    const cases: [string, number, string[]?][] = [
      ['/api/claims?limit=100000', 400, ['limit']],
      ['/api/claims?limit=99999999999999999999999', 400, ['limit']],
      ['/api/claims?limit=-1&offset=-5', 400, ['limit', 'offset']],
      ['/api/claims?limit=1e309', 400, ['limit']],
      ['/api/claims?limit=10&limit=20', 400, ['limit']],
      ['/api/claims?from=2017-11-12&from=2017-11-13', 400, ['from']],
      ['/api/claims?from=2017-02-30&to=yesterday&type=bogus', 400, ['from', 'to', 'type']],
      ['/api/claims?from=2017-11-30&to=2017-11-01', 400, ['to']],
      [`/api/claims?actor=${encodeURIComponent("' OR '1'='1")}`, 400, ['actor']],
      [`/api/claims?claimant=${encodeURIComponent("x'; DROP TABLE claims;--")}`, 400, ['claimant']],
      [`/api/claims?place=${encodeURIComponent("Robert'); DROP TABLE claims;--")}`, 400, ['place']],
      [`/api/claims?report=${encodeURIComponent('r_1 UNION SELECT * FROM reports')}`, 400, ['report']],
      ['/api/claims?bogus=1&__proto__=x&constructor=y', 400, ['bogus', '__proto__', 'constructor']],
      ['/api/events?bbox=1,2,3', 400, ['bbox']],
      ['/api/events?bbox=200,0,210,10', 400, ['bbox']],
      ['/api/events?bbox=10,0,5,5', 400, ['bbox']],
      ['/api/events?bbox=NaN,0,1,1&minSources=0', 400, ['bbox', 'minSources']],
      ['/api/events?bbox=Infinity,0,1,1', 400, ['bbox']],
      ['/api/map/control', 400, ['at']],
      ['/api/map/control?at=2017-13-01', 400, ['at']],
      ['/api/map/control?at=2017-11-12T00:00:00Z', 400, ['at']],
      [`/api/map/control?at=${encodeURIComponent('2017-11-12; DROP TABLE claims')}`, 400, ['at']],
      ['/api/map/events?limit=5000', 400, ['limit']],
      ['/api/health?verbose=1', 400, ['verbose']],
      ['/api/openapi.json?x=1', 400, ['x']],
      ['/api/reports/..%2F..%2Fetc%2Fpasswd', 400, ['id']],
      // fetch resolves %2e%2e as ".." before sending: the request is for /api/, which is no route.
      ['/api/reports/%2e%2e', 404],
      ['/api/reports/..%5C..%5Cwindows', 400, ['id']],
      [`/api/reports/${'a'.repeat(300)}`, 400, ['id']],
      ['/api/claims/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 400, ['id']],
      ['/api/places/..%2F..%2Fetc%2Fpasswd/timeline', 400, ['id']],
      ['/api/places/%00/timeline', 400, ['id']],
      ['/api/actors/%3Cimg%20src%3Dx%3E', 400, ['id']],
      ['/api/search', 400, ['q']],
      ['/api/search?q=%00abc', 400, ['q']],
      [`/api/search?q=${'x'.repeat(500)}`, 400, ['q']],
      ['/api/contradictions?kind=everything', 400, ['kind']],
      ['/api/export/exe', 400, ['format']],
      ['/api/nope', 404],
      ['/api/claims/../../etc/passwd', 404],
      ['/etc/passwd', 404],
    ];
    it.each(cases)('GET %s → %i, every problem named', async (path, status, params) => {
      const r = await call(api, path);
      expect(r.status, r.text).toBe(status);
      expect(r.headers.get('content-type')).toMatch(JSON_TYPE);
      expect(r.body.error.code).toMatch(/^E_[A-Z_]+$/);
      expect(r.text).not.toMatch(/node_modules|\bat [\w.<>]+ \(|stack/);
      if (params) {
        expect(r.body.error.code).toBe('E_QUERY_PARAM');
        expect(r.body.error.problems.map((p: any) => p.param).sort()).toEqual([...params].sort());
        for (const p of r.body.error.problems) expect(p.message.length).toBeGreaterThan(3);
      }
    });

    it('the store is intact after them', async () => {
      const h = await call(api, '/api/health');
      expect(h.body).toMatchObject({ ok: true, reports: 17 });
    });

    it('answers carry nosniff and no CORS grant, even to a foreign origin', async () => {
      const r = await call(api, '/api/health', { headers: { origin: 'https://evil.example' } });
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
      const pre = await call(api, '/api/health', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('POST /api/reports', () => {
    let writeDb: StoreDb;
    let writer: Api;
    const TOKEN = 'test-token-5f1c';
    const report = {
      text: "L'armée syrienne a repris jeudi le contrôle de la ville de Boukamal, a indiqué l'OSDH.",
      date: '2017-11-23',
      outlet: 'Test Wire',
      lang: 'fr',
    };
    const post = (body: unknown, headers: Record<string, string | undefined> = { authorization: `Bearer ${TOKEN}` }, target: Api = writer) =>
      call(target, '/api/reports', { method: 'POST', headers: { 'content-type': 'application/json', ...(Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>) }, body: typeof body === 'string' ? body : JSON.stringify(body) });

    beforeAll(async () => {
      writeDb = await openStore({ url: dialect.url('api_write') });
      writer = await startApi(writeDb, { token: TOKEN });
    });
    afterAll(async () => {
      await writer?.close();
      if (writeDb) await closeStore(writeDb);
    });

    it('is off without a token: 403 with the remedy', async () => {
      const r = await post(report, { authorization: `Bearer ${TOKEN}` }, api);
      expect(r.status).toBe(403);
      expect(r.body.error).toMatchObject({ code: 'E_API_WRITE_DISABLED', remedy: expect.stringMatching(/--token/) });
    });

    it('needs the bearer token: 401 without it or with another', async () => {
      for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: TOKEN }, { authorization: `Basic ${TOKEN}` }]) {
        const r = await post(report, headers);
        expect(r.status).toBe(401);
        expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(r.body.error.code).toBe('E_API_UNAUTHORIZED');
      }
      expect((await call(writer, '/api/health')).body.reports).toBe(0);
    });

    it('stores a report through the pipeline, derives the situation, and leaves a repeat unchanged', async () => {
      const r = await post(report);
      expect(r.status, r.text).toBe(201);
      expect(r.body).toMatchObject({ stored: 1, unchanged: 0, errors: [] });
      const id = r.body.items[0].reportId;
      expect(r.body.items[0]).toEqual({ index: 0, reportId: id, stored: true });
      const stored = await call(writer, `/api/reports/${id}`);
      expect(stored.body).toMatchObject({ text: report.text, publishedAt: { value: '2017-11-23', precision: 'day' }, source: { outlet: 'Test Wire' } });
      const claims = await call(writer, `/api/claims?report=${id}`);
      expect(claims.body.items.length).toBeGreaterThan(0);
      const timeline = await call(writer, `/api/places/${ABU_KAMAL}/timeline`);
      expect(timeline.body.intervals.length).toBeGreaterThan(0);
      const again = await post(report);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ stored: 0, unchanged: 1, items: [{ index: 0, reportId: id, stored: false }] });
    });

    it('a batch: good reports land, bad ones are listed by index', async () => {
      const r = await post([
        { text: 'The Syrian army took Mayadin, the army said.', date: '2017-10-14' },
        { text: 'Something happened.', date: '2017-02-30' },
      ]);
      expect(r.status).toBe(201);
      expect(r.body.items.map((i: any) => i.index)).toEqual([0]);
      expect(r.body.errors).toEqual([{ index: 1, code: 'E_INPUT_DATE', message: expect.any(String), remedy: expect.any(String) }]);
    });

    it('rejects malformed bodies with every problem at once', async () => {
      const r = await post({ text: 42, url: 'javascript:alert(1)', lang: 'French', extra: true });
      expect(r.status).toBe(400);
      expect(r.body.error.problems.map((p: any) => p.param).sort()).toEqual(['body.date', 'body.extra', 'body.lang', 'body.text', 'body.url']);
      const notJson = await post('{"text": ');
      expect(notJson.status).toBe(400);
      expect(notJson.body.error.code).toBe('E_API_BODY');
      const tooMany = await post(Array.from({ length: 101 }, () => report));
      expect(tooMany.status).toBe(400);
      const wrongType = await call(writer, '/api/reports', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/html' }, body: '<b>x</b>' });
      expect(wrongType.status).toBe(415);
      expect(wrongType.body.error.code).toBe('E_API_BODY');
    });

    it('refuses bodies over 2 MB', async () => {
      const r = await post({ text: 'x'.repeat(3 * 1024 * 1024), date: '2017-11-23' });
      expect(r.status).toBe(413);
      expect(r.body.error.code).toBe('E_API_BODY');
    });
  });

  it('GET /api/openapi.json: the document the routes are generated from', async () => {
    const r = await call(api, '/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/map/control', '/api/places/{id}/timeline', '/api/claims', '/api/claims/{id}', '/api/events', '/api/map/events']),
    );
  });
});
