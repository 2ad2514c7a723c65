import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_TYPES, type ClaimStatus } from '../../src/model/claim.js';
import type { ClaimRecord } from '../../src/model/situation.js';
import { findContradictions } from '../../src/situation/contradictions.js';
import { fuseEvents, HAPPENING_TYPES } from '../../src/situation/fuse-events.js';
import { deriveRelations } from '../../src/situation/relations.js';
import { ACTORS, claim, PLACES, type PlaceName } from './claim-factory.js';

const AGENTS = [undefined, 'syr-army', 'syr-government', 'isis', 'sdf', 'irq-army', 'group:jihadists', 'group:fighters', 'group:troops'];
const PLACE_NAMES = [undefined, ...(Object.keys(PLACES) as PlaceName[])];
const STATUSES: ClaimStatus[] = ['asserted', 'hedged', 'confirmed', 'denied', 'negated', 'intended'];
const CLAIMANTS = ['outlet', 'unnamed', 'syr-army', 'sohr', 'person:Rami Abdel Rahman'];
const REPORTS = [{ id: 'r_a', outlet: 'AFP' }, { id: 'r_b', outlet: 'Reuters' }, { id: 'r_c' }];

/** Times crowd a few days of November 2017, with some months and years to mix precisions. */
const timeArb = fc.oneof(
  fc.integer({ min: 1, max: 20 }).map((d) => `2017-11-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2017-10', '2017-11', '2014', '2017'),
);

const specArb = fc.record({
  type: fc.constantFrom(...CLAIM_TYPES),
  agent: fc.constantFrom(...AGENTS),
  target: fc.constantFrom(...AGENTS),
  from: fc.constantFrom(...AGENTS),
  place: fc.constantFrom(...PLACE_NAMES),
  time: timeArb,
  status: fc.constantFrom(...STATUSES),
  claimant: fc.constantFrom(...CLAIMANTS),
  report: fc.constantFrom(...REPORTS),
  partial: fc.boolean(),
});

/** Unique ids; each spec becomes one ClaimRecord. */
const recordsArb = fc.array(specArb, { maxLength: 40 }).map((specs) =>
  specs.map((s, n) =>
    claim({
      id: `c_${String(n).padStart(3, '0')}`,
      type: s.type,
      agent: s.agent,
      target: s.target,
      from: s.from,
      place: s.place ?? null,
      time: s.time,
      status: s.status,
      claimant: s.claimant,
      report: s.report,
      qualifiers: s.partial ? ['partial: 40 %'] : [],
    }),
  ),
);

const withPermutation = recordsArb.chain((records) =>
  fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length })),
);

const runs = { numRuns: 300 };

describe('fusion properties', () => {
  it('gives the same events for any order of the input', () => {
    fc.assert(
      fc.property(withPermutation, ([records, shuffled]) => {
        expect(fuseEvents(shuffled, ACTORS)).toEqual(fuseEvents(records, ACTORS));
      }),
      runs,
    );
  });

  it('puts every happening claim in exactly one event and no state claim in any', () => {
    fc.assert(
      fc.property(recordsArb, (records: ClaimRecord[]) => {
        const events = fuseEvents(records, ACTORS);
        const placed = events.flatMap((e) => e.claimIds);
        const happenings = records.filter((r) => HAPPENING_TYPES.has(r.claim.type)).map((r) => r.claim.id);
        expect([...placed].sort()).toEqual([...happenings].sort());
        for (const e of events) {
          expect(e.claimIds).toEqual([...e.claimIds].sort());
          expect(e.independentClaimants).toBe(e.claimants.length);
          expect(Object.values(e.statuses).reduce((a, b) => a + b, 0)).toBe(e.claimIds.length);
          expect(e.time.from <= e.time.to).toBe(true);
          expect(e.id).toMatch(/^ev_[0-9a-f]{16}$/);
        }
      }),
      runs,
    );
  });

  it('derives the same relations and contradictions for any order of the input', () => {
    fc.assert(
      fc.property(withPermutation, ([records, shuffled]) => {
        expect(deriveRelations(shuffled, ACTORS)).toEqual(deriveRelations(records, ACTORS));
        expect(findContradictions(shuffled, [], ACTORS)).toEqual(findContradictions(records, [], ACTORS));
      }),
      runs,
    );
  });
});
