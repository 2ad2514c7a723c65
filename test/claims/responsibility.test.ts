import { describe, expect, it } from 'vitest';
import { shapes } from './run-text.js';

// Claims of responsibility and blame: who says a group did an attack, and whether the report told the attack before.
describe('claims of responsibility', () => {
  it('reads the attack from the claim itself when the report told it nowhere else', () => {
    const out = shapes('Hamas claimed responsibility for the suicide bombing in Jerusalem.', 'en', '2003-08-20');
    expect(out).toEqual([expect.objectContaining({ type: 'bombing', agent: 'hamas', claimant: 'hamas', place: 'gn:281184' })]);
  });

  it('adds only the group’s account when the attack was told in the sentence before', () => {
    const out = shapes('A car bomb exploded in Kabul on Sunday. The Taliban claimed responsibility for the attack.', 'en', '2017-11-15');
    expect(out.filter((c) => c.type === 'bombing')).toHaveLength(2);
    expect(out).toContainEqual(expect.objectContaining({ type: 'bombing', agent: 'taliban', claimant: 'taliban' }));
    expect(out).toContainEqual(expect.objectContaining({ type: 'bombing', claimant: 'outlet' }));
    expect(out.some((c) => c.type === 'attack')).toBe(false);
  });

  it('completes the group’s own telling with its doer instead of doubling it', () => {
    const out = shapes('Al-Shabaab said it carried out the bombing in Mogadishu.', 'en', '2017-11-15');
    expect(out).toEqual([expect.objectContaining({ type: 'bombing', agent: 'al-shabaab', claimant: 'al-shabaab' })]);
  });

  it('makes no claim of a bare claim of responsibility with nothing to claim', () => {
    expect(shapes('The Taliban claimed responsibility.', 'en', '2017-11-15')).toEqual([]);
  });

  it('takes the French noun said to be claimed as the attack told before', () => {
    const text = "Un attentat suicide a tué 40 personnes à Kaboul samedi. L'attentat a été revendiqué par l'État islamique.";
    const out = shapes(text, 'fr', '2017-11-15');
    expect(out.filter((c) => c.type === 'attack')).toEqual([]);
    expect(out).toContainEqual(expect.objectContaining({ type: 'bombing', agent: 'isis', claimant: 'isis', place: 'gn:1138958' }));
  });
});

describe('blame', () => {
  it('reads "blamed X for the attack" as an accusation and as the blamer’s claim of who did it', () => {
    const out = shapes('Kabul blamed the Haqqani network for the truck bombing in Kabul.', 'en', '2017-06-01');
    expect(out).toContainEqual(expect.objectContaining({ type: 'disapprove', agent: 'afg', target: 'haqqani-network' }));
    expect(out).toContainEqual(expect.objectContaining({ type: 'bombing', agent: 'haqqani-network', claimant: 'afg' }));
  });

  it('keeps a place and drops the blamed side as target in "blamed the attack in X on Y"', () => {
    const out = shapes('The government blamed the attack in Cauca on the ELN.', 'en', '2019-01-18');
    const attack = out.find((c) => c.type === 'attack');
    expect(attack).toEqual(expect.objectContaining({ agent: 'eln', claimant: 'col', place: 'adm1:CO.09' }));
    expect(attack?.target).toBeUndefined();
  });

  it('hedges a doer blamed by no one named, and keeps the outlet’s strike beside it', () => {
    const out = shapes('A drone strike blamed on the United States killed four suspected militants in North Waziristan.', 'en', '2012-06-03');
    expect(out).toContainEqual(expect.objectContaining({ type: 'airstrike', agent: 'usa', status: 'hedged', claimant: 'unnamed', target: 'group:militants' }));
    expect(out).toContainEqual(expect.objectContaining({ type: 'airstrike', status: 'asserted', claimant: 'outlet', place: 'cur:north-waziristan' }));
  });

  it('does not read "held X responsible" as control', () => {
    const out = shapes('Israel held Hezbollah responsible for the rocket fire on northern Israel.', 'en', '2006-07-13');
    expect(out.some((c) => c.type === 'control')).toBe(false);
    expect(out).toContainEqual(expect.objectContaining({ type: 'shelling', agent: 'hezbollah', claimant: 'isr' }));
  });
});
