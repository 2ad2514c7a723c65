import { describe, expect, it } from 'vitest';
import { analyse } from './run-text.js';

// Sentences written for this test about real events (northern Uganda, 1996; Chad, 2008; Egypt, 1993; Mali, 2012).
describe('forces of no nationality a state tells of are its own', () => {
  it.each([
    ['en', 'A spokesman for the Ugandan army said troops had killed 40 rebels near the Sudanese border.', 'UGA'],
    ['fr', "L'armée ougandaise a indiqué que des soldats avaient tué 40 rebelles près de la frontière soudanaise.", 'UGA'],
    // "les soldats" is a bare description the report's focus leaves unresolved here.
    ['fr', "Un porte-parole de l'armée tchadienne a affirmé que les soldats avaient tué 30 rebelles près de la frontière soudanaise.", 'TCD'],
    ['en', "Egypt's interior ministry said security forces had arrested 35 suspected members of the Islamic Group.", 'EGY'],
    ['fr', "Le ministère égyptien de l'Intérieur a annoncé que les forces de sécurité avaient arrêté 35 islamistes.", 'EGY'],
  ] as const)('%s: %s', (lang, text, iso3) => {
    const claim = analyse(text, lang, '1996-08-12').claims[0];
    expect(claim?.roles.agent?.actorId.endsWith(`:${iso3}`)).toBe(true);
    expect(claim?.explain.some((e) => e.field === 'agent' && /its own/u.test(e.because))).toBe(true);
  });

  it('leaves them unnamed when witnesses or a foreign body tell of them', () => {
    for (const text of ['Witnesses said troops fired on the crowd in Bamako.', 'The United Nations said troops fired on the crowd in Bamako.']) {
      const agent = analyse(text, 'en', '2012-03-22').claims[0]?.roles.agent?.actorId;
      expect(agent).toBe('group:troops');
    }
  });
});
