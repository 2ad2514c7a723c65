import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../../src/model/situation.js';
import { fuseEvents, HAPPENING_TYPES } from '../../src/situation/fuse-events.js';
import { loadOntology } from '../../src/resources/ontology.js';
import { ACTORS, claim } from './claim-factory.js';

/** Groups of claim ids, one per event, for compact expectations. */
function groups(records: ClaimRecord[]): string[][] {
  return fuseEvents(records, ACTORS)
    .map((e) => e.claimIds)
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

const reuters = { id: 'r_reuters', outlet: 'Reuters', lang: 'en' };
const afp = { id: 'r_afp', outlet: 'AFP', lang: 'fr' };
const capture = { type: 'take-control', agent: 'syr-army', place: 'abu-kamal', time: '2017-11-09' } as const;

describe('fuseEvents: same happening or not', () => {
  const cases: { name: string; claims: ClaimRecord[]; expected: string[][] }[] = [
    {
      name: 'French and English reports of the same capture, a day apart',
      claims: [
        claim({ ...capture, id: 'c1', agent: 'isis', time: '2017-11-11', report: afp, claimant: 'sohr' }),
        claim({ ...capture, id: 'c2', agent: 'isis', time: '2017-11-12', report: reuters, claimant: 'outlet' }),
      ],
      expected: [['c1', 'c2']],
    },
    {
      name: 'a 2014 background capture does not fuse with the 2017 one',
      claims: [
        claim({ ...capture, id: 'c1', agent: 'isis', time: '2014', report: reuters }),
        claim({ ...capture, id: 'c2', agent: 'isis', time: '2017-11-11', report: afp }),
      ],
      expected: [['c1'], ['c2']],
    },
    {
      name: 'different towns do not fuse',
      claims: [claim({ ...capture, id: 'c1' }), claim({ ...capture, id: 'c2', place: 'mayadin' })],
      expected: [['c1'], ['c2']],
    },
    {
      name: 'a district fuses with its province',
      claims: [
        claim({ ...capture, id: 'c1', place: 'abu-kamal-district' }),
        claim({ ...capture, id: 'c2', place: 'deir-ezzor-province', report: afp }),
      ],
      expected: [['c1', 'c2']],
    },
    {
      name: 'the army and the government it is part of are one agent',
      claims: [claim({ ...capture, id: 'c1' }), claim({ ...capture, id: 'c2', agent: 'syr-government', report: afp })],
      expected: [['c1', 'c2']],
    },
    {
      name: 'different sides taking one town are different happenings',
      claims: [claim({ ...capture, id: 'c1' }), claim({ ...capture, id: 'c2', agent: 'isis', time: '2017-11-10' })],
      expected: [['c1'], ['c2']],
    },
    {
      name: 'more than 3 days apart at day precision',
      claims: [claim({ ...capture, id: 'c1' }), claim({ ...capture, id: 'c2', time: '2017-11-13' })],
      expected: [['c1'], ['c2']],
    },
    {
      name: 'exactly 3 days apart at day precision',
      claims: [claim({ ...capture, id: 'c1' }), claim({ ...capture, id: 'c2', time: '2017-11-12' })],
      expected: [['c1', 'c2']],
    },
    {
      name: 'month precision must overlap: October does not meet 1 November',
      claims: [claim({ ...capture, id: 'c1', time: '2017-10' }), claim({ ...capture, id: 'c2', time: '2017-11-01' })],
      expected: [['c1'], ['c2']],
    },
    {
      name: '"the jihadists" fuse with IS, not with the army',
      claims: [
        claim({ ...capture, id: 'c1', agent: 'isis', time: '2014' }),
        claim({ ...capture, id: 'c2', agent: 'group:jihadists', time: '2014-06' }),
        claim({ ...capture, id: 'c3', agent: 'syr-army' }),
      ],
      expected: [['c1', 'c2'], ['c3']],
    },
    {
      name: '"IS lost Raqqa in October" fuses with "the SDF took Raqqa"',
      claims: [
        claim({ type: 'lose-control', id: 'c1', from: 'group:jihadists', place: 'raqqa', time: '2017-10' }),
        claim({ type: 'take-control', id: 'c2', agent: 'sdf', place: 'raqqa', time: '2017-10-20', report: afp }),
      ],
      expected: [['c1', 'c2']],
    },
    {
      name: 'a capture by IS and a loss by IS are opposite moves',
      claims: [
        claim({ type: 'lose-control', id: 'c1', from: 'isis', place: 'abu-kamal', time: '2017-11-09' }),
        claim({ type: 'take-control', id: 'c2', agent: 'isis', place: 'abu-kamal', time: '2017-11-10' }),
      ],
      expected: [['c1'], ['c2']],
    },
    {
      name: 'a plan to take a town is not its capture',
      claims: [claim({ ...capture, id: 'c1', status: 'intended' }), claim({ ...capture, id: 'c2' })],
      expected: [['c1'], ['c2']],
    },
    {
      name: 'a claim without a place fuses when the agents match',
      claims: [claim({ ...capture, id: 'c1' }), claim({ ...capture, id: 'c2', place: null, agent: 'syr-government' })],
      expected: [['c1', 'c2']],
    },
    {
      name: 'a claim without place or agent fuses with nothing',
      claims: [claim({ ...capture, id: 'c1' }), claim({ ...capture, id: 'c2', place: null, agent: undefined })],
      expected: [['c1'], ['c2']],
    },
    {
      name: 'an agentless claim joins the only capture it matches',
      claims: [claim({ ...capture, id: 'c1' }), claim({ ...capture, id: 'c2', agent: undefined, time: '2017-11-10' })],
      expected: [['c1', 'c2']],
    },
    {
      name: 'an agentless claim between two sides does not glue them together',
      claims: [
        claim({ ...capture, id: 'c1' }),
        claim({ ...capture, id: 'c2', agent: undefined, time: '2017-11-10' }),
        claim({ ...capture, id: 'c3', agent: 'isis', time: '2017-11-11' }),
      ],
      expected: [['c1'], ['c2'], ['c3']],
    },
    {
      name: 'a province-wide claim between two towns stays apart',
      claims: [
        claim({ ...capture, id: 'c1' }),
        claim({ ...capture, id: 'c2', place: 'mayadin' }),
        claim({ ...capture, id: 'c3', place: 'deir-ezzor-province' }),
      ],
      expected: [['c1'], ['c2'], ['c3']],
    },
    {
      name: 'agentless fighting in Syria does not glue fighting in two towns together',
      claims: [
        claim({ id: 'c1', type: 'fighting', place: 'raqqa' }),
        claim({ id: 'c2', type: 'fighting', place: 'abu-kamal' }),
        claim({ id: 'c3', type: 'fighting', place: 'syria' }),
      ],
      expected: [['c1'], ['c2'], ['c3']],
    },
    {
      name: 'agentless fighting in one town two days apart is one happening',
      claims: [
        claim({ id: 'c1', type: 'fighting', place: 'abu-kamal', time: '2017-11-17', status: 'hedged', claimant: 'unnamed' }),
        claim({ id: 'c2', type: 'fighting', place: 'abu-kamal', time: '2017-11-19', claimant: 'sohr' }),
      ],
      expected: [['c1', 'c2']],
    },
    {
      name: 'claims of one report may fuse',
      claims: [claim({ ...capture, id: 'c1', report: afp }), claim({ ...capture, id: 'c2', agent: 'group:troops', report: afp })],
      expected: [['c1', 'c2']],
    },
    {
      name: 'an attack and a capture are different happenings',
      claims: [claim({ ...capture, id: 'c1' }), claim({ ...capture, id: 'c2', type: 'attack' })],
      expected: [['c1'], ['c2']],
    },
  ];

  it.each(cases)('$name', ({ claims, expected }) => {
    expect(groups(claims)).toEqual(expected);
  });

  it('leaves states and relations out', () => {
    const states = (['control', 'presence', 'support', 'alliance'] as const).map((type) => claim({ ...capture, type }));
    expect(fuseEvents(states, ACTORS)).toEqual([]);
  });
});

describe('fuseEvents: claimants', () => {
  it('two outlets quoting the same army communiqué are one claimant', () => {
    const [event, ...rest] = fuseEvents(
      [
        claim({ ...capture, id: 'c1', claimant: 'syr-army', report: reuters }),
        claim({ ...capture, id: 'c2', claimant: 'syr-army', report: afp }),
      ],
      ACTORS,
    );
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      claimIds: ['c1', 'c2'],
      reportIds: ['r_afp', 'r_reuters'],
      independentClaimants: 1,
      claimants: [{ key: 'actor:syr-army', label: 'Syrian Arab Army', claimIds: ['c1', 'c2'] }],
    });
  });

  it('the army and SOHR are two claimants', () => {
    const [event] = fuseEvents(
      [
        claim({ ...capture, id: 'c1', claimant: 'syr-army', report: reuters }),
        claim({ ...capture, id: 'c2', claimant: 'sohr', report: afp }),
      ],
      ACTORS,
    );
    expect(event?.independentClaimants).toBe(2);
    expect(event?.claimants.map((c) => c.key)).toEqual(['actor:sohr', 'actor:syr-army']);
  });

  it('each outlet speaking for itself counts once; a confirmed claim counts both its claimants', () => {
    const [event] = fuseEvents(
      [
        claim({ ...capture, id: 'c1', claimant: 'outlet', report: reuters }),
        claim({ ...capture, id: 'c2', claimant: 'outlet', report: afp, status: 'confirmed', alsoClaimants: ['sohr'] }),
        claim({ ...capture, id: 'c3', claimant: 'unnamed', report: afp, status: 'hedged' }),
      ],
      ACTORS,
    );
    expect(event?.claimants.map((c) => c.key)).toEqual(['actor:sohr', 'outlet:AFP', 'outlet:Reuters', 'unnamed:AFP']);
    expect(event?.statuses).toEqual({ asserted: 1, confirmed: 1, hedged: 1 });
  });
});

describe('fuseEvents: the event', () => {
  it('takes the narrowest agreed time and the most precise place', () => {
    const [event] = fuseEvents(
      [
        claim({ ...capture, id: 'c1', time: '2017-11', place: 'deir-ezzor-province' }),
        claim({ ...capture, id: 'c2', time: '2017-11-09', place: 'abu-kamal', report: afp }),
      ],
      ACTORS,
    );
    expect(event?.time).toEqual({ from: '2017-11-09', to: '2017-11-09', precision: 'day' });
    expect(event?.place).toEqual({ placeId: 'gn:174448', name: 'Ālbū Kamāl', lat: 34.45226, lon: 40.91854, precision: 'locality' });
    expect(event?.conflicts).toEqual([]);
  });

  it('gives the union of times that do not meet, with a time conflict', () => {
    const [event] = fuseEvents([claim({ ...capture, id: 'c1' }), claim({ ...capture, id: 'c2', time: '2017-11-11' })], ACTORS);
    expect(event?.time).toEqual({ from: '2017-11-09', to: '2017-11-11', precision: 'day' });
    expect(event?.conflicts).toEqual([
      {
        field: 'time',
        values: [
          { value: '2017-11-09..2017-11-09', claimIds: ['c1'] },
          { value: '2017-11-11..2017-11-11', claimIds: ['c2'] },
        ],
      },
    ]);
  });

  it('lists a denial as a status conflict', () => {
    const [event] = fuseEvents(
      [claim({ ...capture, id: 'c1', claimant: 'sohr' }), claim({ ...capture, id: 'c2', status: 'denied', claimant: 'syr-army' })],
      ACTORS,
    );
    expect(event?.statuses).toEqual({ asserted: 1, denied: 1 });
    expect(event?.conflicts).toEqual([
      { field: 'status', values: [{ value: 'asserted', claimIds: ['c1'] }, { value: 'denied', claimIds: ['c2'] }] },
    ]);
  });

  it('names every agent and co-agent, with lexicon labels; one lineage is no conflict', () => {
    const [event] = fuseEvents(
      [
        claim({ ...capture, id: 'c1', coAgents: ['hezbollah'], from: 'isis' }),
        claim({ ...capture, id: 'c2', agent: 'syr-government' }),
      ],
      ACTORS,
    );
    expect(event?.agents).toEqual([
      { actorId: 'hezbollah', label: 'Hezbollah' },
      { actorId: 'syr-army', label: 'Syrian Arab Army' },
      { actorId: 'syr-government', label: 'Syrian government' },
    ]);
    expect(event?.conflicts).toEqual([]);
  });

  it('types a take/lose pair as take-control', () => {
    const [event] = fuseEvents(
      [claim({ ...capture, id: 'c1', type: 'lose-control', agent: undefined, from: 'isis' }), claim({ ...capture, id: 'c2' })],
      ACTORS,
    );
    expect(event?.type).toBe('take-control');
  });

  it('has a stable id: ev_ + 16 hex digits of the sha256 of the sorted claim ids', () => {
    const [event] = fuseEvents([claim({ ...capture, id: 'c_b' }), claim({ ...capture, id: 'c_a' })], ACTORS);
    const hash = createHash('sha256').update('c_a\nc_b').digest('hex').slice(0, 16);
    expect(event?.id).toBe(`ev_${hash}`);
  });

  it('counts a claim given twice once', () => {
    const one = claim({ ...capture, id: 'c1' });
    expect(fuseEvents([one, one], ACTORS).map((e) => e.claimIds)).toEqual([['c1']]);
  });
});

describe('which claims become events', () => {
  it('every type the ontology calls a happening, and no state', () => {
    for (const [type, entry] of loadOntology()) expect(HAPPENING_TYPES.has(type), type).toBe(entry.nature === 'happening');
  });

  it('an air strike told by two sources is one event', () => {
    const strike = { type: 'airstrike', agent: 'syr-army', place: 'abu-kamal', time: '2017-11-09' } as const;
    const events = fuseEvents([claim({ ...strike, id: 'c1', claimant: 'sohr' }), claim({ ...strike, id: 'c2', claimant: 'syr-army' })], ACTORS);
    expect(events.map((e) => [e.type, e.claimIds.length])).toEqual([['airstrike', 2]]);
  });
});
