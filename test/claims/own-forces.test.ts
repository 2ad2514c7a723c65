import { describe, expect, it } from 'vitest';
import { analyse } from './run-text.js';

// "its troops", "ses troupes": forces a possessive gives to the agent are the agent's own, never the side it acts on.
describe('the agent’s own forces are no target', () => {
  it.each([
    ['en', 'Syria said on Saturday it was willing to withdraw its troops from Lebanon.'],
    ['fr', "La Syrie s'est dite prête samedi à retirer ses troupes du Liban."],
  ] as const)('%s: %s', (lang, text) => {
    const claims = analyse(text, lang, '2005-03-06').claims;
    const agree = claims.find((c) => c.type === 'agree');
    expect(agree?.roles.agent?.actorId).toBe('syr-government');
    // Neither Syria's army nor, through "du Liban", Lebanon's.
    expect(agree?.roles.target?.actorType ?? 'none').not.toBe('state-force');
    const withdraw = claims.find((c) => c.type === 'withdraw');
    expect(withdraw?.place?.name).toBe('Lebanon');
  });
});

// Written for this test about real events (Sidon, 1985; Turkey's border with Syria, 2019).
describe('the forces a deployment sends are no target', () => {
  it('leaves "deployed troops" without a target, and finds the one a purpose names', () => {
    const sidon = analyse('The Lebanese army deployed troops in the southern port city of Sidon.', 'en', '1985-04-20').claims.find((c) => c.type === 'mobilize');
    expect(sidon?.roles.agent?.actorId).toBe('lbn-army');
    expect(sidon?.roles.target).toBeUndefined();
    const border = analyse('Turkey deployed troops along the border to confront Kurdish fighters.', 'en', '2019-10-08').claims.find((c) => c.type === 'mobilize');
    expect(border?.roles.target?.actorId).toBe('group:fighters:kurdish');
  });
});
