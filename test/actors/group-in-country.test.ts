import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';
import { shapes } from '../claims/run-text.js';

// Sentences written for this test.
describe('a described group said to be in a country', () => {
  it.each([
    ['en', 'Shiite rebels in Bahrain attacked a police station.', 'Shiite rebels', 'group:rebels:BHR+shia'],
    ['en', 'Islamist rebels in Algeria killed 20 villagers.', 'Islamist rebels', 'group:rebels:DZA+islamist'],
    ['fr', 'Des rebelles chiites au Bahreïn ont attaqué un commissariat.', 'rebelles chiites', 'group:rebels:BHR+shia'],
    ['en', 'Rebels in Chad freed 60 prisoners.', 'Rebels', 'group:rebels:TCD'],
  ] as const)('%s: %s', (lang, text, surface, id) => {
    expect(actorsIn(text, lang, '1996-06').find((f) => f.text === surface)?.actorId).toBe(id);
  });

  it.each([
    ['en', 'Foreign fighters in Syria attacked the base.', 'Foreign fighters'],
    ['fr', 'Des combattants étrangers en Syrie ont attaqué la base.', 'combattants étrangers'],
  ] as const)('%s: people from elsewhere do not take the country they are in: %s', (lang, text, surface) => {
    expect(actorsIn(text, lang, '2015-06').find((f) => f.text === surface)?.actorId).toBe('group:fighters:foreign');
  });

  it.each([
    ['en', 'The Syrian army began redeploying its troops in Lebanon to the Bekaa valley.', 'troops'],
    ['fr', 'Damas a commencé à redéployer ses troupes au Liban vers la Bekaa.', 'troupes'],
  ] as const)('%s: troops a possessive gives an owner are not the country they are in: %s', (lang, text, surface) => {
    expect(actorsIn(text, lang, '2001-06').find((f) => f.text === surface)?.actorId).not.toMatch(/lbn|LBN/);
  });
});

describe('an actor named right after the giving "to"', () => {
  it.each([
    ['fr', "L'Iran a démenti avoir fourni des armes à des rebelles chiites au Bahreïn.", 'group:rebels:BHR+shia'],
    ['en', 'Russia supplied weapons to the Kurdish rebels in Iraq.', 'group:rebels:IRQ+kurdish'],
  ] as const)('%s: receives, not the country after it: %s', (lang, text, target) => {
    const given = shapes(text, lang, '1996-06-05').find((c) => c.type === 'aid' || c.type === 'support');
    expect(given?.target).toBe(target);
  });
});
