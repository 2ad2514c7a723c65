/**
 * Control-timeline scenarios in table form: a few claims in a compact notation → the expected intervals.
 *
 * Notation, one claim per string, space-separated:
 *   `<id> <time> <claimant> <type> <agent|-> @<place> [from:<actor>] [hedged|negated] [partial] [report:<date>]`
 * time: `2017-11-09` (day), `2017-11` (month) or `2014` (year); claimant: an actor id, `outlet` (the report's own
 * voice) or `unnamed`; the report date defaults to the claim's time (for a year or month: report:<date> says when
 * a background sentence was written).
 * Expected intervals: `<state> <controller|-> <from> <to> [partial] [vs:<contender>,…]`.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimStatus, ClaimType } from '../../src/model/claim.js';
import type { ActorDirectory, ClaimRecord, ControlInterval } from '../../src/model/situation.js';
import type { TimePrecision } from '../../src/model/time.js';
import { controlAt, controlTimelines, timelineOf } from '../../src/situation/control-timeline.js';

const ACTORS: ActorDirectory = new Map([
  ['isis', { id: 'isis', label: 'Islamic State', type: 'non-state-armed-group' }],
  ['syr-government', { id: 'syr-government', label: 'Syrian government', type: 'state' }],
  ['syr-army', { id: 'syr-army', label: 'Syrian Arab Army', type: 'state-force', partOf: 'syr-government' }],
  ['sana', { id: 'sana', label: 'SANA', type: 'media', partOf: 'syr-government' }],
  ['sohr', { id: 'sohr', label: 'SOHR', type: 'monitor' }],
  ['hezbollah', { id: 'hezbollah', label: 'Hezbollah', type: 'non-state-armed-group' }],
]);

function timeOf(t: string): { from: string; to: string; precision: TimePrecision } {
  if (/^\d{4}$/.test(t)) return { from: `${t}-01-01`, to: `${t}-12-31`, precision: 'year' };
  if (/^\d{4}-\d{2}$/.test(t)) {
    const last = new Date(Date.UTC(Number(t.slice(0, 4)), Number(t.slice(5, 7)), 0)).getUTCDate();
    return { from: `${t}-01`, to: `${t}-${String(last).padStart(2, '0')}`, precision: 'month' };
  }
  return { from: t, to: t, precision: 'day' };
}

/** Parses one line of the notation into a ClaimRecord. */
export function rec(line: string): ClaimRecord {
  const [id, time, who, type, agent, ...rest] = line.split(/\s+/) as [string, string, string, ClaimType, string, ...string[]];
  const opt = (k: string) => rest.find((r) => r.startsWith(`${k}:`))?.slice(k.length + 1);
  const placeId = rest.find((r) => r.startsWith('@'))?.slice(1) ?? 'abk';
  const status: ClaimStatus = rest.includes('hedged') ? 'hedged' : rest.includes('negated') ? 'negated' : 'asserted';
  const t = timeOf(time);
  const reportDate = opt('report') ?? time;
  const ref = (a: string) => ({ actorId: a, label: ACTORS.get(a)?.label ?? a, via: 'test' });
  const from = opt('from');
  const claimant =
    who === 'outlet' ? { kind: 'outlet' as const, label: 'the outlet', cue: 'test' }
    : who === 'unnamed' ? { kind: 'unnamed' as const, label: 'sources', cue: 'test' }
    : { kind: 'actor' as const, actorId: who, label: ACTORS.get(who)?.label ?? who, cue: 'test' };
  const claim: Claim = {
    id, reportId: `r_${reportDate}_${who}`, type,
    roles: { ...(agent !== '-' ? { agent: ref(agent) } : {}), ...(from ? { fromActor: ref(from) } : {}), coAgents: [], supporters: [] },
    place: { placeId, name: placeId.toUpperCase(), lat: 0, lon: 0, countryCode: 'SY', precision: 'locality', role: 'event', mentionId: 'p1', span: { start: 0, end: 1 } },
    otherPlaces: [],
    time: { ...t, resolvedBy: 'test' },
    claimants: [claimant], status,
    qualifiers: rest.includes('partial') ? ['partial: 40 %'] : [],
    evidence: [{ start: 0, end: 1 }], confidence: 0.8, extractor: 'test@1', explain: [],
  };
  const precision = /^\d{4}$/.test(reportDate) ? 'year' : /^\d{4}-\d{2}$/.test(reportDate) ? 'month' : 'day';
  return { claim, report: { id: claim.reportId, publishedAt: { value: reportDate, precision } } };
}

/** `<state> <controller|-> <from> <to> [partial] [vs:a,b]` of an interval, for comparison with the table. */
function brief(i: ControlInterval): string {
  const vs = i.contenders.length ? ` vs:${i.contenders.map((c) => c.actorId).join(',')}` : '';
  return `${i.state} ${i.controller?.actorId ?? '-'} ${i.from} ${i.to}${i.partial ? ' partial' : ''}${vs}`;
}

interface Scenario {
  name: string;
  claims: string[];
  place?: string;
  places?: ReadonlyMap<string, { parentId?: string }>;
  expect: string[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'capture, counter-attack (40 %), IS retakes all, recapture',
    claims: [
      'a 2017-11-09 syr-army take-control syr-army',
      'b 2017-11-10 sohr take-control isis partial',
      'c 2017-11-11 sohr take-control isis from:syr-army',
      'd 2017-11-19 syr-army take-control syr-army',
      'e 2017-11-19 sohr fighting -',
    ],
    expect: [
      'controlled syr-army 2017-11-09 2017-11-09',
      'contested syr-army 2017-11-10 2017-11-10 partial vs:isis',
      'contested isis 2017-11-11 2017-11-18 vs:syr-army',
      'contested syr-army 2017-11-19 2017-11-19 vs:isis',
    ],
  },
  {
    name: 'partial control ("40 %") leaves the previous holder in charge, contested',
    claims: ['a 2017-11-09 syr-army take-control syr-army', 'b 2017-11-10 sohr take-control isis partial'],
    expect: ['controlled syr-army 2017-11-09 2017-11-09', 'contested syr-army 2017-11-10 2017-11-10 partial vs:isis'],
  },
  {
    name: 'two claimants disagree on the same day (tie → claimant key order, deterministic)',
    claims: ['a 2017-11-12 sohr control isis', 'b 2017-11-12 syr-army control syr-army'],
    expect: ['contested isis 2017-11-12 2017-11-12 vs:syr-army'],
  },
  {
    name: 'a hedged claim against an asserted one on the same day: asserted wins, not contested',
    claims: ['a 2017-11-12 unnamed control isis hedged', 'b 2017-11-12 syr-army control syr-army'],
    expect: ['controlled syr-army 2017-11-12 2017-11-12'],
  },
  {
    name: 'a claim about a district makes its city contested and partly held',
    claims: ['a 2017-11-01 syr-army take-control syr-army @city', 'b 2017-11-05 sohr take-control isis @dist'],
    place: 'city',
    places: new Map([['dist', { parentId: 'city' }]]),
    expect: ['controlled syr-army 2017-11-01 2017-11-04', 'contested syr-army 2017-11-05 2017-11-05 partial vs:isis'],
  },
  {
    name: 'background "IS seized the city in 2014" in the same report does not overwrite 2017',
    claims: ['a 2014 outlet take-control isis report:2017-11-09', 'b 2017-11-09 syr-army take-control syr-army'],
    expect: ['controlled isis 2014-12-31 2017-11-08', 'controlled syr-army 2017-11-09 2017-11-09'],
  },
  {
    name: 'background sentence in a later report still lands in 2014',
    claims: ['a 2017-11-09 syr-army take-control syr-army', 'b 2014 outlet take-control isis report:2017-11-20', 'c 2017-11-15 sana control syr-army'],
    expect: ['controlled isis 2014-12-31 2017-11-08', 'controlled syr-army 2017-11-09 2017-11-15'],
  },
  {
    name: 'a month-dated report speaks as of its month and does not dispute a later day-dated capture',
    claims: ['a 2017-10 outlet control isis', 'b 2017-11-17 syr-army take-control syr-army'],
    expect: ['controlled isis 2017-10-31 2017-11-16', 'controlled syr-army 2017-11-17 2017-11-17'],
  },
  {
    name: 'fighting contests for 30 days, then the contest expires',
    claims: ['a 2017-01-01 syr-army take-control syr-army', 'b 2017-01-05 sohr fighting -', 'c 2017-03-01 syr-army control syr-army'],
    expect: ['controlled syr-army 2017-01-01 2017-01-04', 'contested syr-army 2017-01-05 2017-02-04', 'controlled syr-army 2017-02-05 2017-03-01'],
  },
  {
    name: 'withdrawal: the earlier holder is back, the army still disputes it',
    claims: ['a 2014 outlet take-control isis', 'b 2017-11-09 syr-army take-control syr-army', 'c 2017-11-11 sohr withdraw syr-army'],
    expect: ['controlled isis 2014-12-31 2017-11-08', 'controlled syr-army 2017-11-09 2017-11-10', 'contested isis 2017-11-11 2017-11-11 vs:syr-army'],
  },
  {
    name: 'a negated control says "not this actor"',
    claims: ['a 2017-11-01 outlet control isis', 'b 2017-11-05 sohr control isis negated'],
    expect: ['controlled isis 2017-11-01 2017-11-04', 'unknown - 2017-11-05 2017-11-05 vs:isis'],
  },
  {
    // The outlet's "IS holds it" of 1 Nov is superseded by the later report that IS lost it; IS itself said nothing.
    name: 'lose-control: fromActor out, agent in; an intended claim gives nothing',
    claims: ['a 2017-11-01 outlet control isis', 'b 2017-11-03 syr-army lose-control syr-army from:isis', 'c 2017-11-04 outlet take-control hezbollah intended'],
    expect: ['controlled isis 2017-11-01 2017-11-02', 'controlled syr-army 2017-11-03 2017-11-03'],
  },
  {
    // The loser's own word is not superseded: IS (Amaq) still says it holds the town, so the day is contested.
    name: "a capture does not silence the loser's own claim",
    claims: ['a 2017-11-01 isis control isis', 'b 2017-11-03 syr-army take-control syr-army from:isis'],
    expect: ['controlled isis 2017-11-01 2017-11-02', 'contested syr-army 2017-11-03 2017-11-03 vs:isis'],
  },
];

describe('control timeline scenarios', () => {
  it.each(SCENARIOS)('$name', (s) => {
    const records = s.claims.map((c) => (c.includes(' intended') ? withStatus(rec(c.replace(' intended', '')), 'intended') : rec(c)));
    const all = controlTimelines(records, ACTORS, s.places);
    expect(timelineOf(all, s.place ?? 'abk').map(brief)).toEqual(s.expect);
  });

  it('lists the hedged claim as contradicting when the asserted one wins', () => {
    const all = controlTimelines(SCENARIOS[3]!.claims.map(rec), ACTORS);
    const day = controlAt(all, 'abk', '2017-11-12');
    expect(day?.supporting).toEqual(['b']);
    expect(day?.contradicting).toEqual(['a']);
    expect(day?.reasons.some((r) => r.includes('hedged'))).toBe(true);
  });

  it('answers "Islamic State (contested)" on 12 Nov with every source, and lowers confidence when contested', () => {
    const all = controlTimelines(SCENARIOS[0]!.claims.map(rec), ACTORS);
    const day = controlAt(all, 'abk', '2017-11-12');
    expect(day?.state).toBe('contested');
    expect(day?.controller?.actorId).toBe('isis');
    expect(day?.supporting).toEqual(['c']);
    expect(day?.contradicting).toEqual(['a']);
    expect(day?.reasons.join('\n')).toMatch(/position since 9 Nov 2017\) disagrees/);
    const first = controlAt(all, 'abk', '2017-11-09');
    expect(first!.confidence).toBeGreaterThan(day!.confidence);
    expect(controlAt(all, 'abk', '2017-11-20')).toBeUndefined();
  });

  it('grows confidence with independent claimants', () => {
    const one = controlTimelines([rec('a 2017-11-09 syr-army take-control syr-army')], ACTORS)[0]!;
    const two = controlTimelines([rec('a 2017-11-09 syr-army take-control syr-army'), rec('b 2017-11-09 sohr take-control syr-army')], ACTORS)[0]!;
    expect(two.confidence).toBeGreaterThan(one.confidence);
    expect(two.supporting).toEqual(['a', 'b']);
  });
});

function withStatus(r: ClaimRecord, status: ClaimStatus): ClaimRecord {
  return { ...r, claim: { ...r.claim, status } };
}
