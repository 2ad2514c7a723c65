import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, exportClaims, type ExportRecord } from '../../src/export/index.js';
import { cloneRecord, exampleRecords, MAYADIN_CAPTURE, recordById } from './example-records.js';

/** ACLED's header, written out here rather than imported, so a change to the column list fails the test. */
const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'.split(',');

function rows(records: readonly ExportRecord[]): Record<string, string>[] {
  const body = exportClaims('acled-csv', records).body;
  const header = parse(body, { to_line: 1 }) as string[][];
  expect(header[0]).toEqual(ACLED_HEADER);
  // csv-parse rejects a record whose field count differs from the header's (relax_column_count is off).
  return parse(body, { columns: true }) as Record<string, string>[];
}

describe('acled-csv', () => {
  it("parses back into rows with exactly ACLED's header, one per event that took place", () => {
    expect([...ACLED_COLUMNS]).toEqual(ACLED_HEADER);
    const out = rows(exampleRecords());
    expect(out.length).toBeGreaterThan(10);
    for (const row of out) {
      expect(Object.keys(row)).toEqual(ACLED_HEADER);
      expect(row.event_id_cnty).toMatch(/^ev_[0-9a-f]{16}$/);
      expect(row.event_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.year).toBe(row.event_date!.slice(0, 4));
      expect(['1', '2', '3']).toContain(row.time_precision);
      expect(['', '1', '2', '3']).toContain(row.geo_precision);
      expect(row.event_type).not.toBe('');
      expect(row.timestamp).toMatch(/^\d+$/);
      // Planned or denied happenings are not ACLED events.
      expect(row.tags).toMatch(/statuses=.*(asserted|hedged|confirmed)/);
    }
    const ids = out.map((r) => r.event_id_cnty);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fills the columns Sitrep knows for the army capture of Mayadin', () => {
    const row = rows(exampleRecords()).find((r) => r.tags!.includes(MAYADIN_CAPTURE));
    expect(row).toMatchObject({
      event_date: '2017-10-14',
      year: '2017',
      time_precision: '1',
      disorder_type: 'Political violence',
      event_type: 'Battles',
      sub_event_type: 'Government regains territory',
      actor1: 'Syrian Arab Army',
      inter1: '1',
      actor2: 'Islamic State',
      inter2: '2',
      interaction: '12',
      country: 'Syria',
      location: 'Al Mayādīn',
      latitude: '35.01982',
      longitude: '40.45154',
      geo_precision: '1',
      iso: '',
      // "after killing large numbers of militants": at least two, the reading's lowest figure.
      fatalities: '2',
      civilian_targeting: '',
      timestamp: String(Date.UTC(2017, 9, 14) / 1000),
    });
    expect(row!.source!.split('; ').sort()).toEqual(['Syrian Arab Army', 'Syrian Observatory for Human Rights']);
    expect(row!.notes).toBe(recordById(MAYADIN_CAPTURE).evidence!.join(' '));
  });

  it('codes an attack on civilians as violence against civilians, with the dead it counts', () => {
    const r = cloneRecord(recordById(MAYADIN_CAPTURE));
    r.claim.type = 'attack';
    r.claim.roles = { ...r.claim.roles, fromActor: undefined, target: { actorId: 'group:civilians', label: 'villagers', actorType: 'civilians', via: 'test' } };
    const killed = { kind: 'killed' as const, min: 12, approximate: false, span: { start: 0, end: 1 }, rule: 'test' };
    r.claim.casualties = [killed, { ...killed, min: 3 }];
    expect(rows([r])[0]).toMatchObject({
      event_type: 'Violence against civilians',
      sub_event_type: 'Attack',
      actor2: 'villagers',
      inter2: '7',
      interaction: '17',
      civilian_targeting: 'Civilian targeting',
      fatalities: '15',
    });
  });

  it('codes time precision 2 for a span of days and 3 for a month or more', () => {
    const base = recordById(MAYADIN_CAPTURE);
    const at = (from: string, to: string) => {
      const r = cloneRecord(base);
      r.claim.time = { ...r.claim.time, from, to, precision: from === to ? 'day' : 'month' };
      return rows([r])[0]!;
    };
    expect(at('2017-10-10', '2017-10-14')).toMatchObject({ time_precision: '2', event_date: '2017-10-12' });
    expect(at('2017-10-01', '2017-10-31')).toMatchObject({ time_precision: '3', event_date: '2017-10-16' });
  });

  it('leaves out events ACLED would not record: only intended, or a type with no ACLED event', () => {
    const base = recordById(MAYADIN_CAPTURE);
    const intended = cloneRecord(base);
    intended.claim.status = 'intended';
    expect(rows([intended])).toEqual([]);
    const takePart = exampleRecords().filter((r) => r.claim.type === 'take-part');
    expect(takePart.length).toBeGreaterThan(0);
    expect(rows(takePart)).toEqual([]);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and keeps HTML as text', () => {
    const r = cloneRecord(recordById(MAYADIN_CAPTURE));
    const nasty = 'He said "no, never",\r\nthen <b>left</b> & =1+1 <script>alert(1)</script>';
    r.evidence = [nasty];
    r.claim.evidence = [r.claim.evidence[0]!];
    r.claim.roles.agent = { ...r.claim.roles.agent!, label: 'Army, "Tiger" units' };
    const body = exportClaims('acled-csv', [r]).body;
    expect(body.endsWith('\r\n')).toBe(true);
    const [row] = rows([r]);
    expect(row!.notes).toBe(nasty);
    expect(row!.actor1).toBe('Army, "Tiger" units');
  });
});
