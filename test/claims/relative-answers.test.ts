import { describe, expect, it } from 'vitest';
import { analyse } from './run-text.js';

/** "…, ce que dément Kinshasa", "…, a claim denied by Kyiv": an answer inside the sentence it answers. */
describe('answers in the same sentence', () => {
  it('denies the claim of the main clause, not the one told in an aside', () => {
    const a = analyse(
      "Les rebelles du M23, soutenus par le Rwanda, affirment avoir pris le contrôle de Goma, ce que dément Kinshasa, qui assure que l'armée tient toujours des positions clés.",
      'fr',
      '2025-01-27',
    );
    const denied = a.claims.filter((c) => c.status === 'denied');
    expect(denied.map((c) => c.type)).toEqual(['take-control']);
    expect(denied[0]?.claimants[0]?.actorId).toBe('cod');
    expect(a.claims.some((c) => c.type === 'support' && c.status === 'asserted')).toBe(true);
  });

  it('confirms with a second claimant, whose name stays out of the first one', () => {
    const a = analyse("Les derniers soldats américains ont quitté dimanche la base aérienne 101 de Niamey, a annoncé l'armée nigérienne, ce qu'a confirmé le Pentagone.", 'fr', '2024-07-08');
    const w = a.claims.find((c) => c.type === 'withdraw');
    expect(w?.status).toBe('confirmed');
    expect(w?.claimants.map((k) => k.label)).toHaveLength(2);
    expect(w?.claimants[0]?.label).not.toMatch(/confirmé/);
  });

  it('does not answer what the answerer says after it', () => {
    const a = analyse("Le chef du groupe Wagner a affirmé samedi avoir pris Bakhmout, ce qu'a démenti Kiev, selon qui ses troupes tiennent encore une partie de la ville.", 'fr', '2023-05-21');
    expect(a.claims.find((c) => c.type === 'take-control' && c.status === 'denied')).toBeDefined();
    expect(a.claims.some((c) => c.type === 'control' && c.status === 'denied')).toBe(false);
  });

  it('reads an English "a claim denied by X"', () => {
    const a = analyse("Russia said its forces had captured the village of Robotyne, a claim denied by Ukraine's general staff.", 'en', '2023-08-30');
    expect(a.claims.map((c) => `${c.type}/${c.status}`)).toEqual(expect.arrayContaining(['take-control/asserted', 'take-control/denied']));
  });
});
