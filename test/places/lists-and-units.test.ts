import { beforeAll, describe, expect, it } from 'vitest';
import { inhabitantStems } from '../../src/stages/places/demonym-place.js';
import { listMates } from '../../src/stages/places/list-mates.js';
import { loadPlaceLexicons } from '../../src/stages/places/place-lexicon.js';
import { wordsOf } from '../../src/stages/places/place-words.js';
import { placeStage, places } from './helpers.js';

beforeAll(() => {
  placeStage();
}, 120_000);

const lexicons = loadPlaceLexicons(['en', 'fr']);
const en = wordsOf([lexicons.byLang.get('en')!]);
const fr = wordsOf([lexicons.byLang.get('fr')!]);

function spansOf(text: string, names: string[]): { start: number; end: number; key: string }[] {
  let from = 0;
  return names.map((n) => {
    const start = text.indexOf(n, from);
    from = start + n.length;
    return { start, end: start + n.length, key: n.toLowerCase() };
  });
}

describe('names written in one list', () => {
  it('joins names linked by and, or, a slash, or commas in a run of three', () => {
    const text = 'Cases came from Mexico, China, Japan and Brazil; the Sudan/Chad border stayed shut.';
    const mates = listMates(text, spansOf(text, ['Mexico', 'China', 'Japan', 'Brazil', 'Sudan', 'Chad']), en);
    expect([...(mates.get('mexico') ?? [])].sort()).toEqual(['brazil', 'china', 'japan']);
    expect([...(mates.get('sudan') ?? [])]).toEqual(['chad']);
    expect(mates.get('brazil')?.has('sudan')).toBe(false);
  });

  it("reads each language's own links (place-words.tsv), and every language's for a report of unknown language", () => {
    const text = "Les combats ont touché les provinces d'Idlib et de Hama.";
    const spans = spansOf(text, ['Idlib', 'Hama']);
    expect([...(listMates(text, spans, fr).get('idlib') ?? [])]).toEqual(['hama']);
    expect(listMates(text, spans, en).get('idlib')).toBeUndefined();
    const both = wordsOf([lexicons.byLang.get('en')!, lexicons.byLang.get('fr')!]);
    expect([...(listMates(text, spans, both).get('idlib') ?? [])]).toEqual(['hama']);
  });

  it('does not read a place and its unit, or pairs split by semicolons, as a list', () => {
    const text = 'The lab tested birds from Paris, Texas; from Attapeu, Laos; and from Kisumu.';
    const mates = listMates(text, spansOf(text, ['Paris', 'Texas', 'Attapeu', 'Laos', 'Kisumu']), en);
    expect(mates.size).toBe(0);
  });

  it('reads a name listed with countries as the country, not a namesake town in the focus country', () => {
    const found = places(
      'The U.S. agency said doctors in Durham, North Carolina, and in Columbia, Missouri, found the strain. Health officials in Mexico, China, Japan and Brazil also report cases.',
      'en',
    );
    expect(found.find((f) => f.text === 'Mexico')?.placeId).toBe('country:MX');
  });

  it('reads a name listed with states as the state', () => {
    const found = places('The recall covers stores in Oregon, Idaho, Washington and Montana, the company said.', 'en');
    expect(found.find((f) => f.text === 'Washington')?.mention.candidates[0]?.featureCode).toBe('ADM1');
  });
});

describe('unions of states and provinces', () => {
  it('reads the EU as a place only where a cue makes it one', () => {
    const actor = places('The European Union said it would send observers, and EU officials met in Brussels.', 'en');
    expect(actor.some((f) => f.text === 'European Union' || f.text === 'EU')).toBe(false);
    expect(actor.some((f) => f.text === 'Brussels')).toBe(true);
    const place = places('Sweden became the ninth country in the EU to confirm the virus.', 'en');
    expect(place.some((f) => f.text === 'EU')).toBe(true);
  });

  it('knows the provinces of the Philippines', () => {
    const found = places('Pigs died on farms in Pangasinan and Nueva Ecija, north of Manila.', 'en');
    expect(found.find((f) => f.text === 'Pangasinan')?.mention.candidates[0]?.countryCode).toBe('PH');
    expect(found.find((f) => f.text === 'Nueva Ecija')?.mention.candidates[0]?.featureCode).toBe('ADM2');
  });

  it('places a US state at the middle of its territory, not of its towns', () => {
    const found = places('Lawmakers in Minnesota and Alaska voted on the budget.', 'en');
    const mn = found.find((f) => f.text === 'Minnesota')?.mention.candidates[0];
    const ak = found.find((f) => f.text === 'Alaska')?.mention.candidates[0];
    // The middle of Minnesota's towns lies near Minneapolis (44.6° N); the state's middle is about 46.3° N.
    expect(mn?.lat).toBeGreaterThan(45.8);
    expect(ak?.lat).toBeGreaterThan(63.5);
  });

  it('reads "the state of X" and "X state" as the state', () => {
    const found = places('The infected cow was found on a Washington state farm.', 'en');
    expect(found.find((f) => f.text === 'Washington')?.mention.candidates[0]?.admin1).toBe('WA');
  });

  it('gives a plural unit word after or before a list to every member', () => {
    const en = places('Air strikes hit Idlib and Hama provinces, and floods struck Douglas and Sarpy counties in Nebraska.', 'en');
    for (const name of ['Idlib', 'Hama']) expect(en.find((f) => f.text === name)?.mention.candidates[0]?.featureCode).toBe('ADM1');
    expect(en.find((f) => f.text === 'Douglas')?.mention.candidates[0]?.name).toBe('Douglas County');
    expect(en.find((f) => f.text === 'Douglas')?.mention.candidates[0]?.admin1).toBe('NE');
    const fr = places("Des frappes ont visé les provinces d'Idlib et de Hama dimanche.", 'fr');
    expect(fr.find((f) => f.text === 'Hama')?.mention.candidates[0]?.featureCode).toBe('ADM1');
  });
});

describe('inhabitant words', () => {
  it('derives the place names an inhabitant word may come from', () => {
    expect(inhabitantStems('South Ossetians')).toContain('South Ossetia');
    expect(inhabitantStems('Ohioans')).toContain('Ohio');
    expect(inhabitantStems('Minnesotan')).toContain('Minnesota');
    expect(inhabitantStems('European')).toContain('Europe');
    expect(inhabitantStems('New Londoners')).toContain('New London');
    expect(inhabitantStems('veterans')).toEqual([]);
  });
});
