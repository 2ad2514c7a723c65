import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';
import { shapes } from '../claims/run-text.js';

// Sentences written for this test about real events of 1965-2010.
describe('leaders of the wars of 1965-2010 the Phoenix dictionaries lack', () => {
  it.each([
    ['en', 'Slobodan Milosevic met the envoy in Belgrade.', 'person:slobodan-milosevic'],
    ['fr', 'Slobodan Milosevic a reçu l’émissaire à Belgrade.', 'person:slobodan-milosevic'],
    ['en', 'Mobutu Sese Seko returned to Kinshasa on Friday.', 'person:mobutu-sese-seko'],
    ['fr', 'Le maréchal Mobutu est rentré à Kinshasa.', 'person:mobutu-sese-seko'],
    ['en', 'UNITA leader Jonas Savimbi rejected the plan.', 'person:jonas-savimbi'],
    ['en', 'Turkey captured Abdullah Ocalan in Kenya.', 'person:abdullah-ocalan'],
    ['fr', 'La Turquie a capturé Abdullah Öcalan au Kenya.', 'person:abdullah-ocalan'],
    ['en', 'Shimon Peres held talks with King Hassan in Rabat.', 'person:hassan-ii'],
    ['en', 'Augusto Pinochet was arrested in London.', 'person:augusto-pinochet-ugarte'],
    ['fr', 'Oussama ben Laden a revendiqué les attentats.', 'person:osama-bin-laden'],
  ] as const)('%s: %s', (lang, text, id) => {
    expect(actorsIn(text, lang, '1998-01').map((f) => f.actorId)).toContain(id);
  });

  it('makes a named leader the target of a demand', () => {
    const demand = shapes('Secretary of State Madeleine Albright urged Slobodan Milosevic to accept the peace plan.', 'en', '1999-02-20').find((c) => c.type === 'demand');
    expect(demand?.target).toBe('person:slobodan-milosevic');
  });

  it('reads "the Sandinista government" as the state of Nicaragua', () => {
    expect(actorsIn('The Sandinista government accused Honduras of harbouring rebels.', 'en', '1986-03').map((f) => f.actorId)).toContain('nic');
  });
});
