import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';

// Sentences written for this test about real events (Nigeria, 1994; Niger, 2023; Burundi, 1996).
describe('a description followed by "of" and a country is that country’s', () => {
  it.each([
    ['en', 'The military government of Nigeria detained Moshood Abiola.', 'The military government of Nigeria', 'nga'],
    ['en', 'The government of Burundi closed the border.', 'The government of Burundi', 'bdi'],
    ['fr', "Le gouvernement du Niger a expulsé l'ambassadeur de France.", 'Le gouvernement du Niger', 'ner'],
  ] as const)('%s: %s', (lang, text, span, id) => {
    const found = actorsIn(text, lang, '1996-07');
    expect(found[0]?.text).toBe(span);
    expect(found[0]?.actorId).toBe(id);
  });

  it('leaves the focus to decide when no country follows', () => {
    expect(actorsIn('The government of national unity met on Monday.', 'en', '1996-07')[0]?.actorId).toBe('generic:government');
  });
});
