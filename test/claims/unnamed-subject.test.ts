import { describe, expect, it } from 'vitest';
import { shapes } from './run-text.js';

describe('subjects the actor lexicon does not know', () => {
  it('keeps a capitalised name as written for words and diplomacy', () => {
    expect(shapes('Ethopia has agreed to reopen its border with Eritrea.', 'en', '2000-06-20')).toContainEqual(expect.objectContaining({ type: 'agree', agent: 'unknown:ethopia' }));
    expect(shapes('The Third World Water Forum demanded more money for sanitation.', 'en', '2003-03-23')[0]).toMatchObject({ type: 'demand', agent: 'unknown:third-world-water-forum' });
    expect(shapes('Le mouvement Tamarod a exhorté jeudi les Égyptiens à manifester.', 'fr', '2013-07-26')[0]).toMatchObject({ type: 'demand', agent: 'unknown:tamarod' });
  });

  it('takes no pronoun, no capitalised common noun and no elided article for a name', () => {
    for (const [text, lang] of [
      ['It has agreed to reopen the border.', 'en'],
      ['Mediators agreed on a new text.', 'en'],
      ["L'accord de cessez-le-feu est entré en vigueur lundi.", 'fr'],
    ] as const) {
      expect(shapes(text, lang, '2020-01-01').filter((c) => c.agent?.startsWith('unknown:'))).toEqual([]);
    }
  });

  it('never gives an act of force an unknown doer', () => {
    expect(shapes('Zorgon attacked the village on Monday.', 'en', '2020-01-08').filter((c) => c.agent?.startsWith('unknown:'))).toEqual([]);
  });

  it('gives the act someone is told to do to no one when no mention names them, never to the one telling', () => {
    const found = shapes('The UN called on the president to resign.', 'en', '2020-01-01');
    expect(found[0]).toMatchObject({ type: 'demand', agent: 'un' });
    expect(found.filter((c) => c.type === 'resign' && c.agent === 'un')).toEqual([]);
    // A time between a verb that looks like an order ("forces") and "to" is no object told to act.
    expect(shapes('Russian forces claimed on Friday to have captured Soledar.', 'en', '2023-01-16')[0]).toMatchObject({ type: 'take-control', agent: 'rus-army' });
  });
});
