import { describe, expect, it } from 'vitest';
import { analyse } from './run-text.js';

// Sentences written for this test about real events (Karen villages, Burma, 1997; Kosovo, 1999).
describe('where people fled to is not where the act happened', () => {
  it.each([
    ['en', 'Burmese troops burned villages and forced thousands of Karen civilians to flee into Thailand.', '1997-02-15'],
    ['fr', "Les troupes serbes ont incendié des villages, poussant des milliers d'Albanais à fuir vers l'Albanie.", '1999-04-02'],
  ] as const)('%s: %s', (lang, text, date) => {
    const claims = analyse(text, lang, date).claims;
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.place?.name ?? '-').not.toMatch(/Thailand|Albania/u);
  });

  it('keeps a place the flight starts from', () => {
    const claims = analyse('Serbian police burned houses in Pec, forcing hundreds to flee to the mountains.', 'en', '1999-03-28').claims;
    expect(claims.some((c) => c.place?.name === 'Peć' || c.place?.name === 'Pec')).toBe(true);
  });
});
