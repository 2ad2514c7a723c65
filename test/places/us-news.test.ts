import { beforeAll, describe, expect, it } from 'vitest';
import { placeStage, places } from './helpers.js';

beforeAll(() => {
  placeStage();
}, 120_000);

/** English news habits the place stage reads: dotted abbreviations, "City, State", continents, surnames. */
describe('English news conventions', () => {
  it('reads dotted abbreviations with their full stops, and not a currency sign', () => {
    const found = places('Officials in the U.S. and the U.K. met in Lafayette, Ind., on Monday. It cost US$4 million.', 'en');
    expect(found.find((f) => f.text === 'U.S.')?.placeId).toBe('country:US');
    expect(found.find((f) => f.text === 'U.K.')?.placeId).toBe('country:GB');
    expect(found.find((f) => f.text === 'Ind.')?.placeId).toBe('adm1:US.IN');
    expect(found.some((f) => f.text === 'US')).toBe(false);
  });

  it('pins a town to the state named after it', () => {
    const found = places('The fire broke out in Paris, Tenn., late on Friday.', 'en');
    const paris = found.find((f) => f.text === 'Paris');
    expect(paris?.mention.candidates[0]?.countryCode).toBe('US');
    expect(paris?.mention.candidates[0]?.admin1).toBe('TN');
  });

  it('keeps "St." inside a name', () => {
    const found = places('He moved to St. Petersburg last year.', 'en');
    expect(found.some((f) => f.text === 'St. Petersburg')).toBe(true);
  });

  it('knows continents, and prefers them to towns of the same name', () => {
    const found = places('Aid groups in Africa and Europe warned of shortages.', 'en');
    expect(found.find((f) => f.text === 'Africa')?.placeId).toBe('cur:africa');
    expect(found.find((f) => f.text === 'Europe')?.placeId).toBe('cur:europe');
  });

  it('drops a word the report uses as a surname, unless a cue makes it a place', () => {
    const found = places('Sen. Sherrod Brown spoke on Tuesday. Brown said the bill would pass.', 'en');
    expect(found.some((f) => f.text === 'Brown')).toBe(false);
  });

  it('keeps compass words out unless they open a name', () => {
    const found = places('Storms hit the South on Sunday, and South Africa braced for floods.', 'en');
    expect(found.some((f) => f.text === 'South')).toBe(false);
    expect(found.find((f) => f.text === 'South Africa')?.placeId).toBe('country:ZA');
  });

  it('knows US counties, even before a title', () => {
    const found = places('Laurel County Clerk Dean Johnson was honoured in London, Ky., on Friday.', 'en');
    const county = found.find((f) => f.text === 'Laurel County');
    expect(county?.mention.candidates[0]?.featureCode).toBe('ADM2');
    expect(county?.mention.candidates[0]?.admin1).toBe('KY');
  });

  it('puts a state in the country the rest of the report is about, not a foreign namesake', () => {
    const found = places('Storms hit Atlanta and Savannah on Monday. Georgia officials closed schools.', 'en');
    expect(found.find((f) => f.text === 'Georgia')?.placeId).toBe('adm1:US.GA');
  });

  it('reads a single name before a verb of saying as a person', () => {
    expect(places('Officials met in Lindsay on Tuesday.', 'en').some((f) => f.text === 'Lindsay')).toBe(true);
    const found = places('"We are ready," Lindsay said on Tuesday. Lindsay is a doctor.', 'en');
    expect(found.some((f) => f.text === 'Lindsay')).toBe(false);
  });

  it('puts a county in the state the report names most, over a larger namesake elsewhere', () => {
    // Boone County, Kentucky, is twice as populous as Boone County, Indiana; both states are named.
    const text =
      'Boone County unemployment rose to 7.7 percent in February, state officials said. Indiana as a whole stood at ' +
      '9.4 percent and Kentucky at 10.1 percent. Boone County ranks in the middle of the state, Indiana officials said.';
    const boone = places(text, 'en').find((f) => f.text === 'Boone County');
    expect(boone?.mention.candidates[0]?.admin1).toBe('IN');
  });

  it('reads a plural unit word after one name as that place\'s parts, after a list as each member\'s kind', () => {
    const one = places('Boone County ranks in the middle of Indiana counties.', 'en');
    expect(one.find((f) => f.text === 'Indiana')?.placeId).toBe('adm1:US.IN');
    const list = places('Flooding closed roads in Linn and Johnson counties, Iowa officials said.', 'en');
    expect(list.find((f) => f.text === 'Johnson')?.mention.candidates[0]?.featureCode).toBe('ADM2');
  });

  it("reads a possessive as no letter of a name ('America's war' is the United States, not the Americas)", () => {
    const found = places("The pull-out ended America's 20-year war in Afghanistan.", 'en');
    expect(found.find((f) => f.text.startsWith('America'))?.placeId).toBe('country:US');
  });
});

