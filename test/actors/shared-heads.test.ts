import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';

const ids = (text: string, lang: 'en' | 'fr') => actorsIn(text, lang, '2019-12').map((f) => `${f.text}=${f.actorId}`);

describe('nationalities coordinated before one head share it', () => {
  it.each([
    ['Russian and Syrian warplanes bombed Maarat al-Numan.', ['Russian=rus-air-force', 'Syrian warplanes=syr-air-force']],
    ['British and US forces entered Basra.', ['British=gbr-army', 'US forces=usa-army']],
    ['US and British forces entered Basra.', ['US=usa-army', 'British forces=gbr-army']],
    ['US, British and French warplanes struck Raqqa.', ['US=usa-air-force']],
  ])('%s', (text, expected) => {
    expect(ids(text, 'en')).toEqual(expect.arrayContaining(expected));
  });

  it('works after the head in French ("les avions russes et syriens")', () => {
    expect(ids('Les avions russes et syriens ont bombardé Idleb.', 'fr')).toEqual(expect.arrayContaining(['avions russes=rus-air-force', 'syriens=syr-air-force']));
  });

  it('leaves a lone nationality, a same-country pair and a country acting alone as they were', () => {
    expect(ids('Syrian warplanes bombed Idlib.', 'en')).toEqual(['Syrian warplanes=syr-air-force']);
    expect(ids('Russia and Syrian warplanes bombed Idlib.', 'en')).toContain('Russia=rus');
    expect(ids('The UN and Syrian officials met in Damascus.', 'en')).not.toContain('UN=syr-government');
  });
});

describe('"ethnic" makes a nationality an ethnicity', () => {
  it('codes ethnic Albanians as no country’s people or rebels', () => {
    expect(ids('Up to 100 ethnic Albanians demonstrated in Serbia.', 'en')).toContain('ethnic Albanians=group:people:ethnic-alb');
    expect(ids('Ethnic Albanian rebels attacked a police station in Tetovo.', 'en')).toContain('Ethnic Albanian rebels=group:rebels:ethnic-alb');
    expect(ids('Albanian rebels attacked a police station.', 'en')).toContain('Albanian rebels=group:rebels:ALB');
  });

  it('keeps an ethnic soldier out of the country’s army', () => {
    expect(ids('Ethnic Serb soldiers shelled the town.', 'en').join(' ')).not.toContain('srb-army');
  });
});
