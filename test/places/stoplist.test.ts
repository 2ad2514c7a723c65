import { beforeAll, describe, expect, it } from 'vitest';
import { placeStage, places } from './helpers.js';

beforeAll(() => {
  placeStage();
}, 120_000);

/** Sentences whose capitalised words are all in the gazetteer under some spelling, and none of which is a place. */
const negatives: [string, string][] = [
  ['fr', 'Selon plusieurs sources, les combats ont repris.'],
  ['fr', 'Ailleurs, la situation reste calme.'],
  ['fr', 'Du côté irakien, rien ne bouge.'],
  ['fr', 'Le directeur de l’OSDH, Rami Abdel Rahmane, a parlé lundi.'],
  ['fr', 'Cette attaque a été revendiquée par le Hezbollah libanais.'],
  ['fr', 'Située dans une zone désertique, la base est isolée. Elle est située loin de tout.'],
  ['fr', 'Diverses milices chiites, syriennes et iraniennes, appuient le régime.'],
  ['en', 'On Thursday, Syrian and Iraqi officials met Arab and Kurdish leaders.'],
  ['en', 'According to the SDF, the Islamic State lost ground in March.'],
];

describe.each(negatives)('%s: %s', (lang, text) => {
  it('emits no place', () => {
    expect(places(text, lang).map((f) => f.text)).toEqual([]);
  });
});

describe('names of organisations and people', () => {
  it('does not read "Human Rights Watch" as Uman', () => {
    expect(places('Human Rights Watch said Amnesty International had documented strikes.', 'en')).toEqual([]);
  });
});
