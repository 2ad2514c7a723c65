import { describe, expect, it } from 'vitest';
import { analyse, shapes } from './run-text.js';

// Sentences written for these tests about real events: India and Pakistan (1998), Chile and Peru (2003), Algeria
// and France (2021), food aid to North Korea (1997), Lebanon (2006, 2020), Sierra Leone (1999).
describe('whom an envoy is recalled from', () => {
  it.each([
    ['en', 'Pakistan recalled its high commissioner from New Delhi after India expelled two Pakistani diplomats.', '1998-05-30', 'pak', 'ind'],
    ['en', 'Chile recalled its ambassador from Lima for consultations on Thursday.', '2003-03-20', 'chl', 'per'],
    ['fr', "L'Algérie a rappelé samedi son ambassadeur à Paris pour consultations.", '2021-10-02', 'dza', 'fra'],
  ] as const)('%s: %s', (lang, text, date, agent, target) => {
    const sanction = shapes(text, lang, date).find((c) => c.type === 'sanction');
    expect(sanction).toMatchObject({ agent, target });
  });

  it('never makes the recalling state its own target', () => {
    const sanction = shapes('India recalled its ambassador from Islamabad and said the envoy would stay in New Delhi.', 'en', '2001-12-21').find((c) => c.type === 'sanction');
    expect(sanction?.target).toBe('pak');
  });

  it('reads a capital as its state only after a recall, not after any sanction', () => {
    const sanction = shapes('The European Union imposed sanctions on companies in Minsk.', 'en', '2021-06-24').find((c) => c.type === 'sanction');
    expect(sanction?.target).not.toBe('blr');
  });
});

describe('whom a promise to give is made to', () => {
  it.each([
    ['en', 'Japan pledged 20 million dollars in emergency food aid to North Korea on Wednesday.', '1997-04-16', 'jpn', 'prk'],
    ['fr', "La France a promis une aide de 30 millions d'euros au Liban après l'explosion du port.", '2020-08-09', 'fra', 'lbn'],
  ] as const)('%s: %s', (lang, text, date, agent, target) => {
    expect(shapes(text, lang, date).find((c) => c.type === 'agree')).toMatchObject({ agent, target });
  });

  it('does not take a place a promise to go somewhere names as a receiver', () => {
    const agree = shapes('Japan promised to return to Beijing for talks.', 'en', '1997-04-16').find((c) => c.type === 'agree');
    expect(agree?.target).toBeUndefined();
  });
});

describe('peacekeepers sent', () => {
  it.each([
    ['en', 'The U.N. Security Council voted to send 6,000 peacekeepers to Sierra Leone.', '1999-10-22', 'sle'],
    ['fr', "Le Conseil de sécurité a décidé d'envoyer 15 000 casques bleus au Liban.", '2006-08-25', 'lbn'],
  ] as const)('%s: give protection, which is aid to the country that receives them: %s', (lang, text, date, target) => {
    const doc = analyse(text, lang, date);
    const aid = doc.claims.find((c) => c.type === 'aid');
    expect(aid?.roles.target?.actorId).toBe(target);
    expect(aid?.explain.some((e) => e.field === 'type' && /peacekeepers/u.test(e.because))).toBe(true);
  });

  it('leaves troops sent a deployment', () => {
    expect(shapes('Russia sent 2,000 troops to the border with Ukraine.', 'en', '2021-04-10').map((c) => c.type)).toContain('mobilize');
  });
});
