import { describe, expect, it } from 'vitest';
import { shapes } from './run-text.js';

// Sentences written for this test about real events (Aguelhok, January 2019; Kharkiv, 2022; Mali, 2012).
describe('participles that describe a noun (reduced relative clauses)', () => {
  it('reads "X killed in …" as done to X, never by the clause subject', () => {
    const found = shapes('Chad on Monday mourned ten of its peacekeepers killed in an attack on a UN camp at Aguelhok in northern Mali.', 'en', '2019-01-21');
    expect(found.filter((c) => c.agent === 'tcd')).toEqual([]);
    expect(found).toContainEqual(expect.objectContaining({ type: 'killing', target: 'group:MIL:TCD' }));
  });

  it('gives an expulsion or a detention told as a description no doer but the one named by "by"', () => {
    const expelled = shapes('Benin opened its border to thousands of Ghanaians expelled from Nigeria.', 'en', '1983-01-25');
    expect(expelled.filter((c) => c.agent === 'ben' && c.type === 'coerce')).toEqual([]);
    const shelled = shapes('Villages shelled by the Malian army emptied within days.', 'en', '2012-02-10');
    expect(shelled[0]).toMatchObject({ type: 'shelling' });
    expect(shelled[0]?.agent).not.toBe(undefined);
  });

  it('keeps a participle with an object after it active', () => {
    expect(shapes('Malian soldiers killed three militants near Kidal on Sunday.', 'en', '2012-02-12')[0]).toMatchObject({ type: 'killing', agent: 'group:soldiers:MLI' });
    expect(shapes('Police arrested dozens of protesters in Dakar on Friday.', 'en', '2021-03-05')[0]).toMatchObject({ type: 'arrest', agent: 'group:COP' });
    // A count after the participle is its object, not a phrase: "at least", "around".
    expect(shapes('Israeli forces killed at least eight Palestinians in Jenin.', 'en', '2023-01-27')[0]).toMatchObject({ type: 'killing', agent: 'group:forces:ISR' });
    expect(shapes('Gunmen killed around 20 villagers in Zamfara.', 'en', '2022-01-07')[0]).toMatchObject({ type: 'killing', agent: 'group:gunmen' });
    // Verbs that also go without an object, and "by" with no doer after it, stay active.
    expect(shapes('Police shot at protesters in Nairobi on Tuesday.', 'en', '2024-06-26')[0]).toMatchObject({ agent: 'group:COP' });
    expect(shapes('President Omar al-Bashir on Thursday shortened by one hour the nightly curfew in Khartoum.', 'en', '1989-08-04')[0]?.agent).toMatch(/bashir/);
  });

  it('gives a protest told by a present participle to the noun it describes', () => {
    // Written for this test (Trisakti University, Jakarta, May 1998).
    const found = shapes('Indonesian troops fired on students demonstrating outside Trisakti University in Jakarta.', 'en', '1998-05-12');
    expect(found).toContainEqual(expect.objectContaining({ type: 'protest', agent: 'group:EDU' }));
    expect(found).toContainEqual(expect.objectContaining({ type: 'attack', agent: 'group:troops:IDN', target: 'group:EDU' }));
  });

  it('takes the nationality before a gerund as its doer, not the clause subject', () => {
    const found = shapes('Hospitals in Kharkiv treated dozens of civilians wounded by Russian shelling.', 'en', '2022-03-02');
    expect(found[0]).toMatchObject({ type: 'shelling', agent: 'rus' });
  });
});
