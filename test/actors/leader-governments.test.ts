import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';

const ids = (text: string, lang: string, date: string) => actorsIn(text, lang, date).map((f) => [f.text, f.actorId]);

describe('a government named after its leader', () => {
  it('is the leader’s country’s government, in English and French, whatever country the report is about', () => {
    expect(ids('The Clinton administration warned Belgrade on Tuesday.', 'en', '1998-10')).toEqual([
      ['Clinton administration', 'usa'],
      ['Belgrade', 'srb'],
    ]);
    expect(ids('The Yeltsin government rejected the plan.', 'en', '1996-05')).toEqual([['Yeltsin government', 'rus']]);
    expect(ids('The government of Hamid Karzai protested.', 'en', '2006-05')).toEqual([['The government of Hamid Karzai', 'afg']]);
    expect(ids('Le gouvernement Netanyahou a rejeté le plan syrien.', 'fr', '2017-05').find(([t]) => /gouvernement/.test(t!))).toEqual(['Le gouvernement Netanyahou', 'isr']);
  });

  it('leaves a surname no leader bears, and a plain government noun, as they were', () => {
    expect(ids('The Smith administration said.', 'en', '1998-10').map(([, id]) => id)).not.toContain('usa');
    // An army that governs is the government; its officers' officials stay the army's.
    expect(ids("Myanmar's military government freed him.", 'en', '2000-09')).toEqual([["Myanmar's military government", 'mmr']]);
    expect(ids('US military officials said.', 'en', '2003-03')).toEqual([['US military officials', 'usa-army']]);
  });
});

describe('peoples named by where they live', () => {
  it('reads "Greek Cypriots" as Cyprus’s people of Greek ethnicity, in English and French', () => {
    expect(ids('Greek Cypriots voted against the plan.', 'en', '2004-04')).toEqual([['Greek Cypriots', 'group:people:CYP+ethnic-grc']]);
    expect(ids('Turkish Cypriot police arrested two men.', 'en', '2004-04')).toEqual([['Turkish Cypriot police', 'group:COP:CYP+ethnic-tur']]);
    expect(ids('Les Chypriotes grecs ont rejeté le plan.', 'fr', '2004-04')).toEqual([['Chypriotes grecs', 'group:people:CYP+ethnic-grc']]);
    const denktash = actorsIn('Turkish Cypriot leader Rauf Denktash rejected it.', 'en', '2002-11').find((f) => /Denktash/.test(f.text));
    expect(denktash?.mention.affiliation).toBe('cyp');
    // The other order still names the country first.
    expect(ids('Bosnian Serbs shelled the town.', 'en', '1994-04')).toEqual([['Bosnian Serbs', 'group:people:BIH+ethnic-srb']]);
  });

  it('does not give a group the country of the city it met in', () => {
    expect(ids('Jakarta signed a deal with rebels in Helsinki.', 'en', '2005-08').find(([t]) => t === 'rebels')).toEqual(['rebels', 'group:rebels']);
    expect(ids('Rebels in Ivory Coast attacked a base.', 'en', '2002-10')).toEqual([['Rebels', 'group:rebels:CIV']]);
  });

  it('knows the heads of international bodies whose dictionary note stands on a code line', () => {
    const annan = actorsIn('Kofi Annan urged restraint.', 'en', '2002-04').find((f) => /Annan/.test(f.text));
    expect(annan?.actorId).toBe('person:kofi-annan');
    expect(actorsIn('Boris Yeltsin signed the decree.', 'en', '1996-05').map((f) => f.actorId)).toEqual(['person:boris-yeltsin']);
  });
});
