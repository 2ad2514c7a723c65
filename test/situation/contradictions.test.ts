import { describe, expect, it } from 'vitest';
import { DENIES_OWN_PART } from '../../src/model/claim.js';
import type { ClaimRecord, Contradiction } from '../../src/model/situation.js';
import { findContradictions } from '../../src/situation/contradictions.js';
import { controlTimelines } from '../../src/situation/control-timeline.js';
import { ACTORS, claim } from './claim-factory.js';

function pairs(records: ClaimRecord[]): string[] {
  return findContradictions(records, [], ACTORS).map((c) => `${c.kind} ${c.claimA} ${c.claimB}`);
}

const held = { type: 'control', place: 'abu-kamal', time: '2017-11-12' } as const;

describe('findContradictions: controller', () => {
  const cases: { name: string; claims: ClaimRecord[]; expected: string[] }[] = [
    {
      name: 'two sources, two holders, same day',
      claims: [
        claim({ ...held, id: 'c2', agent: 'isis', claimant: 'sohr' }),
        claim({ ...held, id: 'c1', agent: 'syr-army', claimant: 'syr-army', type: 'take-control' }),
      ],
      expected: ['controller c1 c2'],
    },
    {
      name: 'one day apart is within tolerance',
      claims: [
        claim({ ...held, id: 'c1', agent: 'isis', claimant: 'sohr' }),
        claim({ ...held, id: 'c2', agent: 'syr-army', claimant: 'sana', time: '2017-11-13' }),
      ],
      expected: ['controller c1 c2'],
    },
    {
      name: 'two days apart is a sequence, not a contradiction',
      claims: [
        claim({ ...held, id: 'c1', agent: 'isis', claimant: 'sohr' }),
        claim({ ...held, id: 'c2', agent: 'syr-army', claimant: 'sana', time: '2017-11-14' }),
      ],
      expected: [],
    },
    {
      name: 'partial control is left out',
      claims: [
        claim({ ...held, id: 'c1', agent: 'isis', claimant: 'sohr', qualifiers: ['partial: 40 percent'] }),
        claim({ ...held, id: 'c2', agent: 'syr-army', claimant: 'sana' }),
      ],
      expected: [],
    },
    {
      name: 'the army and the government are one side',
      claims: [
        claim({ ...held, id: 'c1', agent: 'syr-government', claimant: 'sohr' }),
        claim({ ...held, id: 'c2', agent: 'syr-army', claimant: 'sana' }),
      ],
      expected: [],
    },
    {
      name: 'one claimant telling of both is not two sources disagreeing',
      claims: [
        claim({ ...held, id: 'c1', agent: 'isis', claimant: 'sohr', report: 'r_1' }),
        claim({ ...held, id: 'c2', agent: 'syr-army', claimant: 'sohr', report: 'r_2' }),
      ],
      expected: [],
    },
    {
      name: 'other places, denied or intended claims do not count',
      claims: [
        claim({ ...held, id: 'c1', agent: 'isis', claimant: 'sohr' }),
        claim({ ...held, id: 'c2', agent: 'syr-army', claimant: 'sana', place: 'mayadin' }),
        claim({ ...held, id: 'c3', agent: 'syr-army', claimant: 'sana', type: 'take-control', status: 'intended' }),
      ],
      expected: [],
    },
  ];

  it.each(cases)('$name', ({ claims, expected }) => {
    expect(pairs(claims)).toEqual(expected);
  });

  it('names both claimants and says why in one line', () => {
    const [c] = findContradictions(
      [
        claim({ ...held, id: 'c1', agent: 'isis', claimant: 'sohr' }),
        claim({ ...held, id: 'c2', agent: 'syr-army', claimant: 'outlet', report: { id: 'r_x', outlet: 'SANA' } }),
      ],
      [],
      ACTORS,
    );
    expect(c).toEqual<Contradiction>({
      kind: 'controller',
      placeId: 'gn:174448',
      claimA: 'c1',
      claimB: 'c2',
      claimantA: 'Syrian Observatory for Human Rights',
      claimantB: 'SANA',
      reason:
        'Ālbū Kamāl held by Islamic State (control 2017-11-12, per Syrian Observatory for Human Rights) and by Syrian Arab Army (control 2017-11-12, per SANA)',
    });
    expect(c?.reason).not.toContain('\n');
  });
});

describe('findContradictions: denial and negation', () => {
  const capture = { type: 'take-control', agent: 'syr-army', place: 'abu-kamal', time: '2017-11-09' } as const;

  it('a denial answers a positive claim of the same type, place and agent', () => {
    expect(
      pairs([
        claim({ ...capture, id: 'c1', claimant: 'sohr', status: 'hedged' }),
        claim({ ...capture, id: 'c2', claimant: 'syr-army', status: 'denied', time: '2017-11-12' }),
        claim({ ...capture, id: 'c3', claimant: 'syr-army', status: 'denied', agent: 'isis' }),
        claim({ ...capture, id: 'c4', claimant: 'syr-army', status: 'denied', place: 'mayadin' }),
        claim({ ...capture, id: 'c5', claimant: 'syr-army', status: 'denied', type: 'attack' }),
      ]),
    ).toEqual(['denial c1 c2']);
  });

  it('one who denies its own part answers a claim that names no doer, or names the denier', () => {
    const strike = { type: 'airstrike', place: 'abu-kamal', time: '2017-11-09' } as const;
    const ownDenial = (id: string) => {
      const r = claim({ ...strike, id, agent: 'syr-army', claimant: 'syr-army', status: 'denied' });
      r.claim.roles.agent!.via = DENIES_OWN_PART;
      return r;
    };
    const told = claim({ ...strike, id: 'c1', claimant: 'sohr' });
    const byOther = claim({ ...strike, id: 'c3', agent: 'isis', claimant: 'sohr' });
    expect(pairs([told, ownDenial('c2'), byOther])).toEqual(['denial c1 c2']);
    // A denial whose doer came from the claim itself keeps the same-agent rule.
    expect(pairs([told, claim({ ...strike, id: 'c2', agent: 'syr-army', claimant: 'syr-army', status: 'denied' })])).toEqual([]);
  });

  it('a 2017 denial does not answer a 2014 claim', () => {
    expect(pairs([claim({ ...capture, id: 'c1', time: '2014' }), claim({ ...capture, id: 'c2', status: 'denied' })])).toEqual([]);
  });

  it('a negation contradicts a positive claim at overlapping times only', () => {
    expect(
      pairs([
        claim({ ...capture, id: 'c1', agent: 'sdf', claimant: 'sdf' }),
        claim({ ...capture, id: 'c2', agent: 'sdf', status: 'negated', time: '2017-11-10' }),
        claim({ ...capture, id: 'c3', agent: 'sdf', status: 'negated', time: '2017-11-20' }),
        claim({ ...capture, id: 'c4', agent: 'syr-army', status: 'negated' }),
      ]),
    ).toEqual(['negation c1 c2']);
  });

  it('puts the pair in id order whichever claim is the negative one', () => {
    const [c] = findContradictions(
      [claim({ ...capture, id: 'c9', claimant: 'sohr' }), claim({ ...capture, id: 'c1', claimant: 'syr-army', status: 'denied' })],
      [],
      ACTORS,
    );
    expect(c).toMatchObject({ kind: 'denial', claimA: 'c1', claimB: 'c9', claimantA: 'Syrian Arab Army', claimantB: 'Syrian Observatory for Human Rights' });
    expect(c?.reason).toBe('Syrian Arab Army denies the take-control by Syrian Arab Army at Ālbū Kamāl that Syrian Observatory for Human Rights reports (asserted, 2017-11-09)');
  });

  it('works without an actor directory', () => {
    expect(findContradictions([claim({ ...held, agent: 'isis', claimant: 'sohr' }), claim({ ...held, agent: 'sdf' })])).toHaveLength(1);
  });
});

describe('findContradictions: standing positions in a contested interval', () => {
  const base = { place: 'abu-kamal' } as const;
  const records = [
    claim({ ...base, id: 'army9', type: 'take-control', agent: 'syr-army', claimant: 'syr-army', time: '2017-11-09' }),
    claim({ ...base, id: 'sohr11', type: 'take-control', agent: 'isis', claimant: 'sohr', time: '2017-11-11' }),
  ];
  const run = (rs: ClaimRecord[]) =>
    findContradictions(rs, controlTimelines(rs, ACTORS), ACTORS).map((c: Contradiction) => `${c.kind} ${c.claimA} ${c.claimB}`);

  it("the army's own word of the 9th against the Observatory's IS retake of the 11th is a contradiction", () => {
    expect(run(records)).toEqual(['controller army9 sohr11']);
  });

  it('an outlet telling the army took it on the 9th and IS retook it on the 11th is a sequence', () => {
    const told = [claim({ ...base, id: 'out9', type: 'take-control', agent: 'syr-army', claimant: 'outlet', time: '2017-11-09' }), records[1]!];
    expect(run(told)).toEqual([]);
  });
});
