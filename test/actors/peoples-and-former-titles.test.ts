import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';

describe('peoples named with a country, and titles no longer held', () => {
  it('reads "Bosnian Serbs" and "Kosovo Albanians" as a people living in a country, its nation an ethnicity there', () => {
    expect(actorsIn('Bosnian Serbs demanded a truce on Monday.', 'en', '1993-04').map((f) => f.actorId)).toEqual(['group:people:BIH+ethnic-srb']);
    const kosovo = actorsIn('Kosovo Albanians demonstrated in Pristina on Saturday.', 'en', '1998-03');
    expect(kosovo.map((f) => [f.text, f.actorId])).toEqual([['Kosovo Albanians', 'group:people:KOS+ethnic-alb']]);
    // So is a second nationality right after the first before any head; two joined by "and" stay two countries.
    expect(actorsIn('The Bosnian Serb parliament voted to accept the plan.', 'en', '1994-07').map((f) => f.actorId)).toEqual(['group:LEG:BIH+ethnic-srb']);
    expect(actorsIn('Senior Hungarian and Romanian officials met.', 'en', '1990-03').map((f) => f.actorId)).toEqual(['group:GOV:HUN+ROU']);
    // A country after "in" and a compass word is a place, not the state acting.
    expect(actorsIn('Jihadists attacked an army post in northern Burkina Faso.', 'en', '2020-01').map((f) => f.actorId)).not.toContain('bfa');
    // The state still acts when no people follows its name.
    expect(actorsIn('Kosovo declared independence on Sunday.', 'en', '2008-02').map((f) => f.actorId)).toEqual(['kos']);
  });

  it('makes a former office holder one of the elites, in English and French', () => {
    const en = actorsIn('Former Israeli prime minister Ehud Barak met Egyptian officials in Cairo.', 'en', '2012-05').find((f) => f.actorId === 'person:ehud-barak');
    expect(en?.mention.affiliation).toBe('group:ELI:ISR');
    const fr = actorsIn("L'ancien président Laurent Gbagbo a été transféré à La Haye.", 'fr', '2011-11').find((f) => /Gbagbo/.test(f.text));
    expect(fr?.mention.affiliation).toMatch(/^group:ELI/);
    // A title still held keeps the government.
    const now = actorsIn('President Laurent Gbagbo refused to step down.', 'en', '2010-12').find((f) => /Gbagbo/.test(f.text));
    expect(now?.mention.affiliation ?? '').not.toMatch(/ELI/);
  });

  it('reads a surname after a title of another country as someone else, and a name no lexicon holds inside a description', () => {
    const zia = actorsIn('Pakistani President Zia ul-Haq dismissed the government on Sunday.', 'en', '1988-05').find((f) => /Zia/.test(f.text));
    expect(zia?.actorId).not.toBe('person:khaleda-zia');
    expect(zia?.mention.affiliation).toBe('pak');
    expect(actorsIn('Bangladeshi Prime Minister Zia met Indian officials.', 'en', '1995-05').map((f) => f.actorId)).toContain('person:khaleda-zia');
    expect(actorsIn('Guatemalan URNG rebels ambushed a convoy.', 'en', '1987-03').map((f) => [f.text, f.actorId])).toEqual([['Guatemalan URNG rebels', 'group:rebels:GTM']]);
    // A name the lexicon holds is that group.
    expect(actorsIn('Nicaraguan Contra rebels ambushed a convoy.', 'en', '1987-03').map((f) => f.actorId)).toContain('contras');
  });

  it('reads "rebel" before a people as that people\'s rebels', () => {
    // Written for this test (Krajina, 1995).
    expect(actorsIn('The Croatian army attacked rebel Serbs in the Krajina region.', 'en', '1995-08').map((f) => f.actorId)).toContain('group:rebels:SRB');
    expect(actorsIn('Rebel fighters seized the airport.', 'en', '1995-08').map((f) => f.actorId)).toEqual(['group:rebels']);
  });
});
