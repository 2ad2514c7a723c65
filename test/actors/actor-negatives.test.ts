import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';

// False-positive list: every sentence must yield no actor at all.
describe('actor stage negatives', () => {
  it.each([
    ['fr', 'Seize personnes ont été tuées à Reims.'],
    ['fr', 'À REIMS, la neige tombe ; Beyrouth est calme.'],
    ['fr', 'Il a reçu une aide de la Syrie et de la Turquie pour la reconstruction en Irak.'],
    ['fr', 'Le seigneur de la guerre veille.'],
    ['fr', 'Ils disent que la pluie est revenue.'],
    ['en', 'This is it: the weather is fine in Beirut.'],
    ['en', 'Is this the road to Raqqa? It is.'],
    ['en', 'Aid arrived in Syria and in Iraq from Jordan.'],
    ['en', 'The museum is in the centre of town.'],
    ['en', 'Beirut remained calm overnight.'],
    ['fr', 'Kiev reste calme ce matin.'],
    ['en', 'The fans of Dynamo Kyiv and Inter Milan sang all night.'],
    ['fr', 'Les supporters du Real Madrid ont chanté toute la nuit.'],
  ])('%s: %s', (lang, sentence) => {
    expect(actorsIn(sentence, lang).map((f) => `${f.text}→${f.actorId}`)).toEqual([]);
  });

  it('never matches "ei" or "is" inside words', () => {
    const found = actorsIn('Le seizième peintre, seize reines et la seigneurie; this island is his.', 'fr');
    expect(found).toEqual([]);
  });
});
