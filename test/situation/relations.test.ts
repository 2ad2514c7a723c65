import { describe, expect, it } from 'vitest';
import type { Relation } from '../../src/model/situation.js';
import { deriveRelations, OPEN_FROM, OPEN_TO } from '../../src/situation/relations.js';
import { ACTORS, claim } from './claim-factory.js';

/** `kind a b from..to [ids]`, one line per relation, for compact expectations. */
function lines(relations: Relation[]): string[] {
  return relations.map((r) => `${r.kind} ${r.a.actorId} ${r.b.actorId} ${r.from}..${r.to} [${r.claimIds.join(',')}] ${r.source}`);
}

const claimsOnly = (relations: Relation[]): Relation[] => relations.filter((r) => r.source === 'claims');

describe('deriveRelations', () => {
  it('supports is directed: the supporter first', () => {
    const r = deriveRelations([claim({ id: 'c1', type: 'support', agent: 'hezbollah', target: 'syr-army', time: '2017-11-08' })], ACTORS);
    expect(lines(claimsOnly(r))).toEqual(['supports hezbollah syr-army 2017-11-08..2017-11-08 [c1] claims']);
  });

  it('allied is symmetric and stored in id order; co-agents count too', () => {
    const r = deriveRelations(
      [
        claim({ id: 'c2', type: 'alliance', agent: 'syr-army', target: 'hezbollah', time: '2017-11' }),
        claim({ id: 'c1', type: 'alliance', agent: 'hezbollah', target: 'syr-army', coAgents: ['pmf'], time: '2015' }),
      ],
      ACTORS,
    );
    expect(lines(claimsOnly(r))).toEqual([
      'allied hezbollah syr-army 2015-01-01..2017-11-30 [c1,c2] claims',
      'allied pmf syr-army 2015-01-01..2015-12-31 [c1] claims',
    ]);
  });

  it('opposes from attacks, fighting and offensives, co-agents included, and from captures taken from someone', () => {
    const r = deriveRelations(
      [
        claim({ id: 'c1', type: 'attack', agent: 'rus-air-force', target: 'isis', time: '2017-10-13' }),
        claim({ id: 'c2', type: 'fighting', agent: 'isis', target: 'syr-army', coAgents: ['group:jihadists'], time: '2017-11-10' }),
        claim({ id: 'c3', type: 'take-control', agent: 'syr-army', from: 'isis', time: '2017-11-03' }),
      ],
      ACTORS,
    );
    expect(lines(claimsOnly(r))).toEqual([
      'opposes group:jihadists syr-army 2017-11-10..2017-11-10 [c2] claims',
      'opposes isis rus-air-force 2017-10-13..2017-10-13 [c1] claims',
      'opposes isis syr-army 2017-11-03..2017-11-10 [c2,c3] claims',
    ]);
    expect(r.find((x) => x.a.actorId === 'group:jihadists')?.a.label).toBe('jihadists');
  });

  it('denied and negated claims make no relation; hedged and intended ones do', () => {
    const r = deriveRelations(
      [
        claim({ id: 'c1', type: 'support', agent: 'pmf', target: 'irq-army', status: 'denied' }),
        claim({ id: 'c2', type: 'attack', agent: 'sdf', target: 'syr-army', status: 'negated' }),
        claim({ id: 'c3', type: 'support', agent: 'rus-air-force', target: 'syr-army', status: 'hedged', time: '2015-09' }),
        claim({ id: 'c4', type: 'attack', agent: 'isis', target: 'irq-army', status: 'intended', time: '2014-06' }),
      ],
      ACTORS,
    );
    expect(lines(claimsOnly(r))).toEqual([
      'opposes irq-army isis 2014-06-01..2014-06-30 [c4] claims',
      'supports rus-air-force syr-army 2015-09-01..2015-09-30 [c3] claims',
    ]);
  });

  it('never relates an actor to itself, and no side opposes its own parent', () => {
    const r = deriveRelations(
      [
        claim({ id: 'c1', type: 'fighting', agent: 'isis', target: 'isis' }),
        claim({ id: 'c2', type: 'attack', agent: 'syr-army', target: 'syr-government' }),
      ],
      ACTORS,
    );
    expect(claimsOnly(r)).toEqual([]);
  });

  it('adds part-of from the lexicon for the actors the claims name, with open bounds', () => {
    const r = deriveRelations([claim({ id: 'c1', type: 'attack', agent: 'rus-air-force', target: 'isis' })], ACTORS);
    expect(lines(r.filter((x) => x.kind === 'part-of'))).toEqual([`part-of rus-air-force rus-government ${OPEN_FROM}..${OPEN_TO} [] lexicon`]);
    expect(r.find((x) => x.kind === 'part-of')?.b).toEqual({ actorId: 'rus-government', label: 'Russian government' });
  });

  it('has no relation without claims', () => {
    expect(deriveRelations([], ACTORS)).toEqual([]);
  });
});
