/**
 * Invariants of the control timeline over random claims: order independence, non-overlapping sorted intervals
 * per place, and every cited claim taken from the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimStatus, ClaimType } from '../../src/model/claim.js';
import type { ActorDirectory, ClaimRecord } from '../../src/model/situation.js';
import { controlTimelines } from '../../src/situation/control-timeline.js';

const ACTORS: ActorDirectory = new Map([
  ['isis', { id: 'isis', label: 'Islamic State', type: 'non-state-armed-group' }],
  ['syr-government', { id: 'syr-government', label: 'Syrian government', type: 'state' }],
  ['syr-army', { id: 'syr-army', label: 'Syrian Arab Army', type: 'state-force', partOf: 'syr-government' }],
  ['sdf', { id: 'sdf', label: 'SDF', type: 'non-state-armed-group' }],
  ['sohr', { id: 'sohr', label: 'SOHR', type: 'monitor' }],
]);
const SIDES = ['isis', 'syr-army', 'syr-government', 'sdf', 'group:fighters'];
const TYPES: ClaimType[] = ['take-control', 'lose-control', 'withdraw', 'control', 'presence', 'fighting', 'attack', 'support'];
const STATUSES: ClaimStatus[] = ['asserted', 'asserted', 'hedged', 'confirmed', 'denied', 'negated', 'intended'];
const CLAIMANTS = ['outlet', 'sohr', 'syr-army', 'isis', 'unnamed'];
const PLACES = ['p1', 'p2', 'p3', 'p4'];

const arbClaim = fc.record({
  type: fc.constantFrom(...TYPES),
  status: fc.constantFrom(...STATUSES),
  agent: fc.option(fc.constantFrom(...SIDES), { nil: undefined }),
  from: fc.option(fc.constantFrom(...SIDES), { nil: undefined }),
  claimants: fc.uniqueArray(fc.constantFrom(...CLAIMANTS), { minLength: 1, maxLength: 2 }),
  place: fc.constantFrom(...PLACES),
  day: fc.integer({ min: 0, max: 120 }),
  precision: fc.constantFrom('day', 'day', 'day', 'month', 'year') as fc.Arbitrary<'day' | 'month' | 'year'>,
  partial: fc.boolean(),
  district: fc.boolean(),
  confidence: fc.constantFrom(0.5, 0.7, 0.8, 0.9),
  reportLag: fc.integer({ min: 0, max: 5 }),
});

const base = Date.UTC(2017, 8, 1);
const iso = (d: number) => new Date(base + d * 86_400_000).toISOString().slice(0, 10);

type Generated = typeof arbClaim extends fc.Arbitrary<infer T> ? T : never;

function toRecord(c: Generated, i: number): ClaimRecord {
  const day = iso(c.day);
  const time =
    c.precision === 'day' ? { from: day, to: day }
    : c.precision === 'month' ? { from: `${day.slice(0, 7)}-01`, to: `${day.slice(0, 7)}-28` }
    : { from: '2014-01-01', to: '2014-12-31' };
  const ref = (a: string) => ({ actorId: a, label: a, via: 'test' });
  const id = `c${String(i).padStart(4, '0')}`;
  const claim: Claim = {
    id, reportId: `r${i}`, type: c.type,
    roles: { ...(c.agent ? { agent: ref(c.agent) } : {}), ...(c.from ? { fromActor: ref(c.from) } : {}), coAgents: [], supporters: [] },
    place: { placeId: c.district ? `${c.place}-d` : c.place, name: c.place, lat: 0, lon: 0, countryCode: 'SY', precision: 'locality', role: 'event', mentionId: 'p', span: { start: 0, end: 1 } },
    otherPlaces: [],
    time: { ...time, precision: c.precision, resolvedBy: 'test' },
    claimants: c.claimants.map((k) =>
      k === 'outlet' ? { kind: 'outlet' as const, label: 'the outlet', cue: 't' }
      : k === 'unnamed' ? { kind: 'unnamed' as const, label: 'sources', cue: 't' }
      : { kind: 'actor' as const, actorId: k, label: k, cue: 't' }),
    status: c.status,
    qualifiers: c.partial ? ['partial: 40 %'] : [],
    evidence: [], confidence: c.confidence, extractor: 'test@1', explain: [],
  };
  return { claim, report: { id: `r${i}`, publishedAt: { value: iso(c.day + c.reportLag), precision: 'day' }, outlet: `outlet${i % 3}` } };
}

const PARENTS = new Map(PLACES.map((p) => [`${p}-d`, { parentId: p }]));
const arbRecords = fc.array(arbClaim, { maxLength: 40 }).map((cs) => cs.map(toRecord));

describe('control timeline properties', () => {
  it('gives the same intervals for any permutation of the input', () => {
    fc.assert(
      fc.property(arbRecords, fc.array(fc.nat()), (records, keys) => {
        const shuffled = records.map((r, i) => ({ r, k: keys[i % Math.max(keys.length, 1)] ?? i, i })).sort((a, b) => a.k - b.k || b.i - a.i).map((x) => x.r);
        expect(controlTimelines(shuffled, ACTORS, PARENTS)).toEqual(controlTimelines(records, ACTORS, PARENTS));
      }),
      { numRuns: 200 },
    );
  });

  it('never overlaps intervals of one place, sorted by place then from, within [0, 1] confidence', () => {
    fc.assert(
      fc.property(arbRecords, (records) => {
        const all = controlTimelines(records, ACTORS, PARENTS);
        for (let i = 0; i < all.length; i++) {
          const cur = all[i]!;
          expect(cur.from <= cur.to).toBe(true);
          expect(cur.confidence).toBeGreaterThanOrEqual(0);
          expect(cur.confidence).toBeLessThanOrEqual(1);
          const prev = all[i - 1];
          if (!prev) continue;
          expect(prev.placeId <= cur.placeId).toBe(true);
          if (prev.placeId === cur.placeId) expect(prev.to < cur.from).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('cites only claims of the input', () => {
    fc.assert(
      fc.property(arbRecords, (records) => {
        const ids = new Set(records.map((r) => r.claim.id));
        for (const i of controlTimelines(records, ACTORS, PARENTS)) {
          for (const id of [...i.supporting, ...i.contradicting]) expect(ids.has(id)).toBe(true);
          expect(i.supporting.filter((id) => i.contradicting.includes(id))).toEqual([]);
          if (i.state !== 'unknown') expect(i.controller).toBeDefined();
        }
      }),
      { numRuns: 200 },
    );
  });
});
