import { beforeAll, describe, expect, it } from 'vitest';
import { demonymPlace } from '../../src/stages/places/demonym-place.js';
import { loadPlaceLexicons } from '../../src/stages/places/place-lexicon.js';
import { placeStage, places, sharedGazetteer } from './helpers.js';

beforeAll(() => {
  placeStage();
}, 120_000);

/** Words that look like places but belong to people or to the language, and names that place each other. */
describe('person names and common words are not places', () => {
  it('reads a place name after a given name, with or without an initial, as a surname', () => {
    const found = places('Deputies said Helen Sun and Evan P. King were treated at the scene in Lexington, Ky.', 'en');
    expect(found.some((f) => f.text === 'Sun' || f.text === 'King')).toBe(false);
    expect(found.some((f) => f.text === 'Lexington')).toBe(true);
  });

  it('reads a given name that is also a place as a person when a surname ends the run', () => {
    const found = places('Pictured are Virginia Alexander and Officer Chad Walker, who rescued the boy in Dayton, Ohio.', 'en');
    expect(found.map((f) => f.text)).not.toContain('Virginia');
    expect(found.map((f) => f.text)).not.toContain('Chad');
    expect(found.some((f) => f.text === 'Dayton')).toBe(true);
  });

  it('keeps the place when the next word shows a place is meant', () => {
    const found = places('Austin Police closed the road while Virginia State troopers searched the woods.', 'en');
    expect(found.find((f) => f.text === 'Austin')?.mention.candidates[0]?.admin1).toBe('TX');
    expect(found.some((f) => f.text === 'Virginia')).toBe(true);
  });

  it('marks the surname for its later bare mentions too, but not a given name', () => {
    const found = places('Council member Lynn Gilmer voted no. Gilmer said the budget was short.', 'en');
    expect(found.some((f) => f.text === 'Gilmer')).toBe(false);
    const given = places('Logan Smith coached the team. The school moved to Logan, Utah, in May.', 'en');
    expect(given.some((f) => f.text === 'Logan')).toBe(true);
  });

  it('drops a lone common word unless the place is large, pinned by its state or cued', () => {
    const found = places('The Hall was full. More than half came from Reading and Oxford.', 'en');
    expect(found.some((f) => f.text === 'Hall' || f.text === 'More')).toBe(false);
    expect(found.find((f) => f.text === 'Reading')?.mention.candidates[0]?.countryCode).toBe('GB');
    const pinned = places('Others drove in from Temple, Texas.', 'en');
    expect(pinned.find((f) => f.text === 'Temple')?.mention.candidates[0]?.admin1).toBe('TX');
  });

  it('trusts a word inside a name or a surname only for a place spelled as written', () => {
    const found = places('"The risk is real," Chan said in Geneva. Veterans of World War II met in Normandy.', 'en');
    expect(found.some((f) => f.text === 'Chan' || f.text.startsWith('War'))).toBe(false);
    expect(found.some((f) => f.text === 'Geneva')).toBe(true);
  });

  it('reads broadcasters, agencies and currencies as no places', () => {
    const found = places('Radio Pyongyang and the Voice of America said aid worth $US 3 million, or US$3 million, reached Kenya.', 'en');
    expect(found.map((f) => f.text)).toEqual(['Kenya']);
    const fr = places("Radio France a indiqué que l'aide était arrivée en Ouganda.", 'fr');
    expect(fr.map((f) => f.text)).toEqual(['Ouganda']);
  });

  it('reads the names of armed groups and organisations as no places', () => {
    const found = places("A Taliban spokesman said the bomber struck a Shi'ite mosque in Kunduz; Wagner fighters left Bangui.", 'en');
    expect(found.map((f) => f.text)).toEqual(['Kunduz', 'Bangui']);
    expect(found[0]?.mention.candidates[0]?.countryCode).toBe('AF');
  });

  it('reads a name the report uses for a disease as the disease when it stands alone, unless the city is large', () => {
    const found = places('Doctors in Uige fear the Marburg virus. Marburg kills more slowly than most fevers, a hemorrhagic fever expert said.', 'en');
    expect(found.map((f) => f.text)).toEqual(['Uige']);
    const city = places('The Melbourne Cup was called off, and racing in Melbourne stopped for a week.', 'en');
    expect(city.map((f) => f.text)).toEqual(['Melbourne']);
  });

  it('drops a lone given name that is only a small town', () => {
    const found = places('"Laura and I will travel to Kenya next month," the president told reporters.', 'en');
    expect(found.some((f) => f.text === 'Laura')).toBe(false);
    expect(found.find((f) => f.text === 'Kenya')?.placeId).toBe('country:KE');
  });
});

describe('names inside longer names', () => {
  it('drops a place name that names a disease, a race or a gang after it', () => {
    const found = places('Cases of Marburg virus and Lassa fever were reported; the Melbourne Cup and Sinaloa Cartel were not.', 'en');
    expect(found.map((f) => f.text)).toEqual([]);
  });

  it('keeps a place name after a party letter or a sentence-opening common word', () => {
    const found = places('State Sen. Robert Ford, D-Charleston, spoke. Another Gainesville business closed in Texas.', 'en');
    expect(found.some((f) => f.text === 'Charleston')).toBe(true);
    expect(found.some((f) => f.text === 'Gainesville')).toBe(true);
  });

  it('reads a name the report uses as a small place on its own as that place inside an organisation name', () => {
    const text = 'The Crestline Board of Education met on Monday. Parents in Crestline, Ohio, asked for new buses.';
    expect(places(text, 'en').filter((f) => f.text === 'Crestline')).toHaveLength(2);
    expect(places('The Crestline Board of Education met on Monday.', 'en').some((f) => f.text === 'Crestline')).toBe(false);
  });
});

describe('names that place each other', () => {
  it('picks the reading of a town that has a reading of the county beside it', () => {
    const found = places('Commissioners of Henry County met in Paris on Tuesday to plan road repairs.', 'en');
    const paris = found.find((f) => f.text === 'Paris')?.mention;
    expect(paris?.candidates[0]?.countryCode).toBe('US');
    expect(paris?.candidates[0]?.admin1).toBe('TN');
    // The first pass finds Henry County, Tennessee beside a reading of Paris; later passes see it as the anchor.
    expect(paris?.reasons.some((r) => r.startsWith('beside a reading of') || r.startsWith('near Henry County'))).toBe(true);
  });

  it('keeps a big city in a country the report names, even among many American places', () => {
    const text =
      'The carrier will fly from New York, Chicago, Atlanta and Los Angeles to Moscow. Russia approved the route on ' +
      'Friday, officials in Washington said.';
    const moscow = places(text, 'en').find((f) => f.text === 'Moscow')?.mention;
    expect(moscow?.candidates[0]?.countryCode).toBe('RU');
  });

  it('prefers the entry spelled as written over one that only folds to the same key', () => {
    const found = places('Iranian officials in Tehran said Iraq had closed the crossing.', 'en');
    expect(found.find((f) => f.text === 'Iraq')?.placeId).toBe('country:IQ');
  });
});

describe('reference points and nationality words', () => {
  it('places a country at its published reference point, not the middle of its towns', () => {
    const angola = sharedGazetteer().byId('country:AO');
    expect(angola?.lat).toBeCloseTo(-12.5, 1);
    expect(angola?.lon).toBeCloseTo(18.5, 1);
  });

  it('places an admin-1 unit at its Natural Earth label point', () => {
    const ontario = sharedGazetteer().byId('adm1:CA.08');
    expect(ontario?.lat).toBeCloseTo(50.5, 0);
    expect(ontario?.lon).toBeCloseTo(-84.8, 0);
  });

  it('gives the country of a nationality word, singular or plural, for callers told it is a toponym', () => {
    const en = [loadPlaceLexicons(['en']).byLang.get('en')!];
    expect(demonymPlace('Palestinians', en, sharedGazetteer())?.placeId).toBe('country:PS');
    expect(demonymPlace('Georgian', en, sharedGazetteer())?.placeId).toBe('country:GE');
    expect(demonymPlace('Tuesday', en, sharedGazetteer())).toBeUndefined();
  });
});

describe('a name that says what kind of feature it is', () => {
  it('"the Red Sea" is the sea, "Red Sea state" the Sudanese state', () => {
    const sea = places('A missile hit a cargo ship in the Red Sea on Friday.', 'en').find((f) => f.text === 'Red Sea');
    expect(sea?.placeId).toBe('cur:red-sea');
    expect(sea?.mention.reasons.join(' ')).toMatch(/feature-noun/);
    const state = places('Troops clashed with rebels in Red Sea state on Friday.', 'en').find((f) => f.text === 'Red Sea');
    expect(state?.placeId).toBe('adm1:SD.36');
  });

  it('lets a lowercase feature word open a curated name, across an elided "d\'" too', () => {
    const ids = (text: string) => places(text, 'fr').map((f) => `${f.text}=${f.placeId}`);
    expect(ids('Les Houthis ont attaqué un navire en mer Rouge vendredi.')).toContain('mer Rouge=cur:red-sea');
    expect(ids('Un cargo a été frappé dans le golfe d’Aden vendredi.')).toContain('golfe d’Aden=cur:gulf-of-aden');
    expect(ids("L'Iran a saisi un pétrolier dans le détroit d'Ormuz.")).toContain("détroit d'Ormuz=cur:strait-of-hormuz");
    // Only as a curated name spells it: a feature word before a town is no name of its own.
    expect(ids('Le lac Rouge est gelé.').some((x) => x.startsWith('lac '))).toBe(false);
    expect(places('A missile hit a ship in the Gulf of Aden.', 'en').find((f) => f.text === 'Gulf of Aden')?.placeId).toBe('cur:gulf-of-aden');
  });
});
