import { describe, expect, it } from 'vitest';
import { analyse } from './run-text.js';

const statusesOf = (text: string, lang: 'en' | 'fr', date: string, type: string) =>
  analyse(text, lang, date)
    .claims.filter((c) => c.type === type)
    .map((c) => c.status);

describe('a confirmation', () => {
  it('confirms what the sentence before told', () => {
    // 14 November 2023: the Malian army entered Kidal; the rebels' own word followed.
    expect(statusesOf("L'armée malienne a repris Kidal mardi. Le ministre de la Défense a confirmé que l'armée avait repris la ville de Kidal.", 'fr', '2023-11-15', 'take-control')).toEqual(['confirmed']);
    expect(statusesOf('The Malian army retook Kidal on Tuesday. The defence minister confirmed that the army had retaken Kidal.', 'en', '2023-11-15', 'take-control')).toEqual(['confirmed']);
    expect(statusesOf('Clashes broke out on the border between Armenia and Azerbaijan overnight, Armenia said. Azerbaijan confirmed the fighting.', 'en', '2022-09-13', 'fighting')).toEqual(['confirmed']);
  });

  it("with nothing before it to confirm, is the confirmer's own claim, not lost", () => {
    for (const [text, lang] of [
      ["Le ministre malien de la Défense a confirmé mardi que l'armée avait repris Kidal.", 'fr'],
      ['The Malian defence minister confirmed that the army had retaken Kidal on Tuesday.', 'en'],
    ] as const) {
      const [c, ...rest] = analyse(text, lang, '2023-11-15').claims;
      expect(rest).toEqual([]);
      expect(c).toMatchObject({ type: 'take-control', status: 'asserted', place: { name: 'Kidal' } });
      expect(c?.claimants[0]?.kind).not.toBe('outlet');
    }
  });
});
