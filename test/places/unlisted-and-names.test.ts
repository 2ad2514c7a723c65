import { beforeAll, describe, expect, it } from 'vitest';
import { placeStage, places } from './helpers.js';

beforeAll(() => {
  placeStage();
}, 120_000);

const texts = (text: string, lang: string) => places(text, lang).map((f) => f.text);

describe('places the gazetteer lacks', () => {
  it('keeps a town a cue names and places it in the province the sentence gives', () => {
    const found = places('M23 rebels seized the town of Kibumba, in North Kivu, on Monday after a night of fighting.', 'en');
    const town = found.find((f) => f.text === 'Kibumba');
    expect(town?.mention.rule).toBe('places:unlisted');
    expect(town?.placeId).toBe('unl:kibumba@adm1:CD.11');
    expect(town?.mention.precision).toBe('admin1');
    expect(town?.mention.reasons.join(' ')).toMatch(/cue 'town of'.*placed at (?:North|Nord) Kivu/);
    // The reason cites the anchor by its id after renumbering in text order.
    const kivu = found.find((f) => f.text === 'North Kivu')!;
    expect(town?.mention.reasons.join(' ')).toContain(`(${kivu.mention.id})`);
    expect(kivu.mention.id).toBe('p2');
  });

  it('places a town a cue names in the one country the nationality words point to, when no place is named', () => {
    // Sentences written for this test about real events (Angola, 1999; Nagorno-Karabakh, 2020).
    const andulo = places("L'armée angolaise a repris la ville diamantifère d'Andulo, selon la radio d'État.", 'fr').find((f) => f.text === 'Andulo');
    expect(andulo?.placeId).toBe('unl:andulo@country:AO');
    expect(andulo?.mention.precision).toBe('country');
    expect(andulo?.mention.reasons.join(' ')).toMatch(/nationality words/);
    expect(places('Azerbaijani forces captured the town of Bordukhanly on Sunday.', 'en').find((f) => f.text === 'Bordukhanly')?.placeId).toBe('unl:bordukhanly@country:AZ');
    // Two countries' words, neither clearly ahead: no country to put the town in.
    expect(places('Azerbaijani and Armenian forces fought for the town of Bordukhanly.', 'en').some((f) => f.text === 'Bordukhanly')).toBe(false);
  });

  it('reads a name glued to a hyphen and a number as a model, not a place', () => {
    const found = texts('Chechen rebels said they had shot down a Russian Su-25 jet near Vedeno on Thursday.', 'en');
    expect(found).not.toContain('Su');
    expect(found).toContain('Vedeno');
  });

  it('spreads a plural cue over a French list and skips a place a clause away', () => {
    const found = places("L'artillerie géorgienne a pilonné dans la nuit les villages de Nuli et d'Avnevi, en Ossétie du Sud, selon Tskhinvali.", 'fr');
    const ids = Object.fromEntries(found.map((f) => [f.text, f.placeId]));
    expect(ids['Nuli']).toBe('unl:nuli@cur:south-ossetia');
    expect(ids['Avnevi']).toBe('unl:avnevi@cur:south-ossetia');
  });

  it('reads a name the text puts in a unit with "in" as that unit\'s, not a homonym abroad', () => {
    const found = places('Gunmen abducted pupils from a school in Kuriga, in northwestern Kaduna state, on Thursday.', 'en');
    const kuriga = found.find((f) => f.text === 'Kuriga');
    expect(kuriga?.placeId.startsWith('unl:')).toBe(true);
    expect(kuriga?.mention.candidates[0]?.admin1).toBe('23');
    expect(kuriga?.mention.candidates[0]?.countryCode).toBe('NG');
    // A bare comma still allows a list: "Beirut, Syria and Iraq" keeps Beirut.
    expect(places('Strikes hit Beirut, Syria and Iraq on Monday.', 'en').some((f) => f.text === 'Beirut' && f.mention.candidates[0]?.countryCode === 'LB')).toBe(true);
  });

  it('takes a name pinned by its country after a bare preposition', () => {
    const galcad = places('Militants ambushed an army convoy in Galcad, Somalia, on Friday.', 'en').find((f) => f.text === 'Galcad');
    expect(galcad?.placeId).toBe('unl:galcad@country:SO');
    expect(galcad?.mention.precision).toBe('country');
  });

  it('takes a name pinned by its country with a compass word or "in" between', () => {
    expect(places('Warplanes struck a school bus at a market in Dahyan, northern Yemen, on Thursday.', 'en')[0]?.placeId).toBe('unl:dahyan@country:YE');
    expect(places('Their vehicle hit a roadside bomb near Hombori in central Mali on Monday.', 'en')[0]?.placeId).toBe('unl:hombori@country:ML');
    expect(places("Des jihadistes ont attaqué un camp militaire près d'Inates, dans l'ouest du Niger.", 'fr')[0]?.placeId).toBe('unl:inates@country:NE');
  });

  it('falls back to the unit its sentence names further off, never to a people or a faith', () => {
    const found = places('Officials in the state of Borno said Boko Haram attacked the town of Ngamdu on Sunday.', 'en');
    expect(found.find((f) => f.text === 'Ngamdu')?.placeId).toBe('unl:ngamdu@adm1:NG.27');
    expect(texts('A community of Christians in Iraq fled to Erbil after the attack.', 'en')).toEqual(['Iraq', 'Erbil']);
  });

  it('leaves out a name no known place of the report can hold', () => {
    expect(texts('Rebels captured the village of Zorblat on Monday.', 'en')).toEqual([]);
  });

  it('never makes a place of a bare preposition and an unknown capitalised word', () => {
    expect(texts('Talks resumed in Zorblat after the holiday.', 'en')).toEqual([]);
  });

  it('reads a landform the gazetteer lacks as one place', () => {
    const found = places('Police reinforcements arrived in the Kerio Valley, western Kenya, after cattle raids.', 'en');
    expect(found.map((f) => f.text)).toEqual(['Kerio Valley', 'Kenya']);
    expect(found[0]!.mention.rule).toBe('places:unlisted');
  });

  it('does not take a landform word that opens a longer name', () => {
    expect(texts('The Thames Valley District School Board met on Monday in London.', 'en')).toEqual(['London']);
  });
});

describe('datelines', () => {
  it('reads a short town name in capitals opening a wire report', () => {
    const goma = places('GOMA, Nov 20 (Reuters) - Rebels entered the city on Tuesday.', 'en')[0];
    expect(goma?.text).toBe('GOMA');
    expect(goma?.placeId).toBe('gn:216281');
    expect(goma?.mention.cue).toBe('dateline');
  });

  it('leaves acronyms elsewhere alone', () => {
    expect(texts('Officials said GOMA staff were safe.', 'en')).toEqual([]);
  });
});

describe('names that contain a place name', () => {
  it('marks a place inside a facility name, in English and French', () => {
    const en = places('A professor at Aleppo University said the campus had been shelled.', 'en');
    expect(en.map((f) => [f.text, f.mention.inFacilityName])).toEqual([['Aleppo', true]]);
    const fr = places("Des obus sont tombés près de l'université d'Alep, selon la télévision d'Etat.", 'fr');
    expect(fr.map((f) => [f.text, f.mention.inFacilityName])).toEqual([['Alep', true]]);
    expect(places('Fighting resumed in Aleppo on Monday.', 'en')[0]?.mention.inFacilityName).toBeUndefined();
  });

  it('does not read seasons, storms, operations or terms as places', () => {
    expect(texts('The floods hit Vietnam in Spring 2002 and again in the Summer of 2008.', 'en')).toEqual(['Vietnam']);
    expect(texts('Turkey launched Operation Olive Branch in January; veterans still suffer from Agent Orange.', 'en')).toEqual(['Turkey']);
  });

  it('keeps Irish surnames whole', () => {
    expect(texts("Matt O'Connor said the protest in Dublin was peaceful.", 'en')).toEqual(['Dublin']);
  });

  it('treats a surname the report gave with a first name as the person wherever a surname stands', () => {
    expect(texts('New York Governor David Paterson declared an emergency. Paterson says more help is needed.', 'en')).toEqual(['New York']);
  });

  it('lets lowercase words into a name only as a curated name spells them', () => {
    expect(texts('The deal gives Canada a second chance.', 'en')).toEqual(['Canada']);
    expect(texts("The People's Republic of China protested.", 'en')).toEqual(["People's Republic of China"]);
  });

  it('reads a saint\'s square as a street of the town', () => {
    const found = places("Crowds gathered in St. Peter's Square in Rome on Sunday.", 'en');
    expect(found.map((f) => [f.text, f.mention.rule])).toEqual([
      ["St. Peter's Square", 'places:street'],
      ['Rome', 'gazetteer:cities500'],
    ]);
  });

  it('does not open a name with an article before an acronym or an initial', () => {
    expect(texts('But T. b. gambiense evades the immune system. A UN report said so.', 'en')).toEqual([]);
  });
});

describe('names that run on past what the gazetteer knows', () => {
  it('reads no town in the opening word of a longer Arabic name', () => {
    // "Bab" alone is al-Bab, "Ras" a Saudi town, "Ain" one of Al Ain's names: none is meant here.
    const found = places('Fighting was reported near the Bab al-Hawa crossing, in Ras al Ain and in Ain Dara, north of Aleppo.', 'en');
    const ids = found.map((f) => f.placeId);
    expect(ids).not.toContain('gn:174018'); // Al Bab
    expect(found.some((f) => f.mention.candidates[0]?.countryCode === 'SA' || f.mention.candidates[0]?.countryCode === 'AE')).toBe(false);
    expect(found.find((f) => f.text.startsWith('Bab al-Hawa'))?.placeId).toBe('cur:bab-al-hawa');
    // A name the gazetteer knows whole still is read whole.
    expect(texts('Troops entered Khan Sheikhoun, Abu Kamal and Umm Qasr.', 'en')).toEqual(['Khan Sheikhoun', 'Abu Kamal', 'Umm Qasr']);
  });

  it('leaves the tail of such a name alone too', () => {
    // "al-Ain" after an unknown "Tell" is not Al Ain City in the Emirates.
    const found = places('Shells fell on Tell al-Ain near Hasakah.', 'en');
    expect(found.some((f) => f.mention.candidates[0]?.countryCode === 'AE')).toBe(false);
    // A town's name before such a tail stays the town: "Mossoul al-Jadida" is a district of Mosul, not El Jadida.
    const mosul = places('Une frappe a touché le quartier de Mossoul al-Jadida.', 'fr');
    expect(mosul.map((f) => f.mention.candidates[0]?.countryCode)).toEqual(['IQ']);
  });

  it('reads a landform word after a name as part of that name, never as a town of its own', () => {
    // "Valley" alone is The Valley, Anguilla's capital.
    expect(places('Rebels crossed the Sabie Valley on Sunday.', 'en').some((f) => f.placeId === 'gn:3573374')).toBe(false);
    expect(places('Israeli jets struck targets in the Bekaa Valley.', 'en').map((f) => f.placeId)).toEqual(['adm1:LB.08']);
    // The town itself, with its article, is still read.
    expect(places('Anguilla’s capital, The Valley, was calm.', 'en').some((f) => f.placeId === 'gn:3573374')).toBe(true);
  });
});
