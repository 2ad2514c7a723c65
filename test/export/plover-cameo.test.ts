import { loadOntology } from '../../src/resources/ontology.js';
import { describe, expect, it } from 'vitest';
import { CAMEO_COLUMNS, exportClaims, type ExportRecord } from '../../src/export/index.js';
import { cloneRecord, exampleRecords, MAYADIN_CAPTURE, recordById } from './example-records.js';

interface PloverActor {
  code?: string;
  sector?: string;
  identifier_id: string;
}
interface Plover {
  id: string;
  date: string;
  enddate?: string;
  event: string[];
  event_type: string;
  mode: string[];
  context: string[];
  quad_code?: number;
  source: PloverActor[];
  recipient: PloverActor[];
  country: string;
  event_loc?: Record<string, unknown>;
  event_text: string[];
  sitrep: { status: string; claimType: string };
}

const plover = (records: readonly ExportRecord[], includeStates = false) =>
  exportClaims('plover-json', records, { includeStates })
    .body.split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Plover);

function cameoRows(records: readonly ExportRecord[], includeStates = false): Record<string, string>[] {
  const [header, ...rest] = exportClaims('cameo-tsv', records, { includeStates }).body.split('\n').filter(Boolean);
  expect(header!.split('\t')).toEqual([...CAMEO_COLUMNS]);
  return rest.map((line) => {
    const cells = line.split('\t');
    expect(cells).toHaveLength(CAMEO_COLUMNS.length);
    return Object.fromEntries(CAMEO_COLUMNS.map((c, i) => [c, cells[i]!]));
  });
}

const byType = (type: string) => exampleRecords().find((r) => r.claim.type === type && OK.has(r.claim.status));
const OK = new Set(['asserted', 'confirmed', 'hedged']);

describe('plover-json', () => {
  it('codes the capture of Mayadin COERCE / seize / military, army on IS', () => {
    const rec = plover(exampleRecords()).find((p) => p.id === MAYADIN_CAPTURE)!;
    expect(rec).toMatchObject({
      date: '2017-10-14',
      event: ['COERCE'],
      event_type: 'COERCE',
      mode: ['seize'],
      context: ['military'],
      quad_code: 4,
      country: 'Syria',
      // the army, and the allied fighters named beside it as co-agents
      source: [{ code: 'SYR', sector: 'MIL', identifier_id: 'syr-army' }, { identifier_id: 'group:fighters' }],
      recipient: [{ identifier_id: 'isis' }],
      event_loc: { geonameid: 173480, latitude: 35.01982, longitude: 40.45154, 'country code': 'SY', 'admin1 code': '07' },
      sitrep: { status: 'confirmed', claimType: 'take-control' },
    });
    expect(rec.enddate).toBeUndefined();
    expect(rec.event_text).toEqual(recordById(MAYADIN_CAPTURE).evidence);
  });

  it('has one record per happening claim; state claims only when asked, at their nearest code', () => {
    const records = exampleRecords();
    const states = records.filter((r) => loadOntology().get(r.claim.type)?.nature === 'state');
    expect(states.length).toBeGreaterThan(0);
    expect(plover(records)).toHaveLength(records.length - states.length);
    expect(plover(records, true)).toHaveLength(records.length);
  });

  it('turns round a lose-control: the side that lost retreats (RETREAT / withdraw)', () => {
    const lose = byType('lose-control');
    expect(lose).toBeDefined();
    const rec = plover([lose!])[0]!;
    expect(rec).toMatchObject({ event: ['RETREAT'], mode: ['withdraw'], quad_code: 2 });
    expect(rec.source.map((s) => s.identifier_id)).toEqual([lose!.claim.roles.fromActor!.actorId]);
  });

  it('lists both sides of a fight as sources, with no recipient', () => {
    const base = cloneRecord(recordById(MAYADIN_CAPTURE));
    base.claim.type = 'fighting';
    base.claim.roles.target = base.claim.roles.fromActor;
    delete base.claim.roles.fromActor;
    const rec = plover([base])[0]!;
    expect(rec.event).toEqual(['ASSAULT']);
    expect(rec.mode).toEqual(['firearms']);
    expect(rec.source.map((s) => s.identifier_id)).toEqual(['syr-army', 'group:fighters', 'isis']);
    expect(rec.recipient).toEqual([]);
  });

  it('gives an interval as date and enddate', () => {
    const r = cloneRecord(recordById(MAYADIN_CAPTURE));
    r.claim.time = { ...r.claim.time, from: '2017-10-01', to: '2017-10-31', precision: 'month' };
    expect(plover([r])[0]).toMatchObject({ date: '2017-10-01', enddate: '2017-10-31' });
  });
});

describe('cameo-tsv', () => {
  it('codes the capture of Mayadin 192 from SYRMIL on isis, dated YYYYMMDD', () => {
    const row = cameoRows(exampleRecords()).find((r) => r.claim_id === MAYADIN_CAPTURE);
    expect(row).toEqual({ date: '20171014', source: 'SYRMIL', target: 'isis', cameo_code: '192', claim_id: MAYADIN_CAPTURE, claim_type: 'take-control', status: 'confirmed' });
  });

  it('keeps the leading zero of 0874 and puts the losing side first in a lose-control', () => {
    const lose = byType('lose-control')!;
    const [row] = cameoRows([lose]);
    expect(row!.cameo_code).toBe('0874');
    expect(row!.source).toBe(lose.claim.roles.fromActor!.actorId);
  });

  it('exports happenings only, unless state claims are asked for', () => {
    const records = exampleRecords();
    const happening = cameoRows(records);
    expect(happening.every((r) => !['control', 'presence', 'support', 'alliance'].includes(r.claim_type!))).toBe(true);
    const all = cameoRows(records, true);
    expect(all).toHaveLength(records.length);
    const nearest: Record<string, string> = { control: '192', presence: '154', support: '072', alliance: '062' };
    const states = all.filter((r) => nearest[r.claim_type!]);
    expect(states.length).toBeGreaterThan(0);
    for (const r of states) expect(r.cameo_code).toBe(nearest[r.claim_type!]);
  });

  it('every code is a CAMEO event code and every date a day', () => {
    for (const row of cameoRows(exampleRecords(), true)) {
      expect(row.cameo_code).toMatch(/^\d{3,4}$/);
      expect(row.date).toMatch(/^\d{8}$/);
    }
  });
});
