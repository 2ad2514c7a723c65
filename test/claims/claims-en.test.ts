import { describe, expect, it } from 'vitest';
import { analyse, shapes } from './run-text.js';

// Sentences written by the team about real events of 2017; each row names the claim it must yield.
describe('English claims', () => {
  it.each([
    ['Iraqi forces recaptured al-Qaim from the Islamic State on Friday.', { type: 'take-control', status: 'asserted', agent: 'irq-army', from: 'isis', place: 'gn:92138', claimant: 'outlet' }],
    ['Syrian troops retook Mayadin, the army said in a statement.', { type: 'take-control', status: 'asserted', agent: 'syr-army', place: 'gn:173480', claimant: 'syr-army' }],
    ['IS reportedly retook most of Albu Kamal on Saturday.', { type: 'take-control', status: 'hedged', agent: 'isis', place: 'gn:174448', claimant: 'outlet' }],
    ['According to the Syrian Observatory for Human Rights, IS fighters withdrew from Mayadin.', { type: 'withdraw', status: 'asserted', agent: 'isis', place: 'gn:173480', claimant: 'sohr' }],
    ['The Syrian Democratic Forces control Raqqa.', { type: 'control', status: 'asserted', agent: 'sdf', place: 'gn:172955', claimant: 'outlet' }],
    ['Raqqa was captured by the Syrian Democratic Forces in October.', { type: 'take-control', status: 'asserted', agent: 'sdf', place: 'gn:172955', claimant: 'outlet' }],
    ['Iraqi forces have not retaken Hawija.', { type: 'take-control', status: 'negated', agent: 'irq-army', place: 'gn:390188', claimant: 'outlet' }],
    ['The army launched an offensive to retake Albu Kamal.', { type: 'take-control', status: 'intended', place: 'gn:174448', claimant: 'outlet' }],
    ['The Turkish and Greek sides agreed on Friday to share information on missing people.', { type: 'agree', status: 'asserted', agent: 'group:GOV:TUR+GRC' }],
    ['Gunmen injured five policemen in Kirkuk on Monday.', { type: 'attack', status: 'asserted', agent: 'group:gunmen', target: 'group:COP' }],
    ['Sources said Hezbollah fighters crossed the border.', { type: 'cross-border', status: 'hedged', agent: 'hezbollah', claimant: 'unnamed' }],
  ])('%s', (text, expected) => {
    expect(shapes(text, 'en')).toContainEqual(expect.objectContaining(expected));
  });

  it('help named with the happening makes a support claim', () => {
    const claims = analyse('Syrian troops retook Deir ez-Zor with the help of Russian warplanes.', 'en').claims;
    expect(claims.find((c) => c.type === 'take-control')?.roles.supporters.map((s) => s.actorId)).toContain('rus-air-force');
    expect(claims.some((c) => c.type === 'support' && c.roles.agent?.actorId === 'rus-air-force' && c.roles.target?.actorId === 'syr-army')).toBe(true);
  });

  it('finds the object past a quantity, and a force named by the country it is in', () => {
    const arrest = analyse('Israeli soldiers arrested more than 100 Palestinians near Hebron on Saturday.', 'en').claims.find((c) => c.type === 'arrest');
    expect(arrest?.roles.target?.actorId).toBe('group:people:PSE');
    const torture = analyse('Security forces in Guinea have tortured scores of Liberian refugees, a rights group said.', 'en').claims.find((c) => c.type === 'torture');
    expect(torture?.roles.agent?.actorId).toBe('group:COP:GIN');
    expect(torture?.roles.target?.actorId).toBe('group:REF:LBR');
  });

  it('a speaker named by a role alone closes the sentence as its claimant', () => {
    const [c] = analyse('Russian forces shelled Kherson overnight, killing two civilians, the regional governor said.', 'en').claims;
    expect(c?.claimants[0]).toMatchObject({ kind: 'person', label: 'the regional governor' });
    const [d] = analyse('Russian forces shelled Kherson overnight, the report said.', 'en').claims;
    expect(d?.claimants[0]?.label).not.toBe('the report');
  });

  it('"in mid-2014" is background, not news', () => {
    const [c] = analyse('IS overran Albu Kamal in mid-2014.', 'en').claims;
    expect(c?.time).toMatchObject({ from: '2014-05-01', to: '2014-08-31' });
  });

  it.each([
    ['The liberation of the city matters a great deal to the government.'],
    ['Barcelona attacked relentlessly in the second half.'],
    ['The Observatory, based in Britain, relies on a network of sources.'],
    ['This is it, he said.'],
    ['Two wounded soldiers were flown to Baghdad on Monday.'],
  ])('no claim: %s', (text) => {
    expect(shapes(text, 'en')).toEqual([]);
  });
});
