import { describe, expect, it } from 'vitest';
import { analyse, shapes } from './run-text.js';

// Who a sentence names as doer: words around a name that change whose it is.
describe('who a description names', () => {
  it('reads a body named by its function as the country the nationality beside it gives', () => {
    const mexico = analyse("Mexican federal police arrested a senior Zetas commander in Monterrey on Thursday, the attorney general's office said.", 'en', '2009-12-18').claims;
    const arrest = mexico.find((c) => c.type === 'arrest');
    expect(arrest?.roles.agent?.actorId).not.toBe('irq-federal-police');
    expect(arrest?.roles.agent?.label).toMatch(/Mexican/);
    // Without another nationality the name keeps the body it is known for.
    const iraq = analyse('Federal Police units retook the district of Hawija on Monday.', 'en', '2017-10-05').claims;
    expect(iraq.find((c) => c.type === 'take-control')?.roles.agent?.actorId).toBe('irq-federal-police');
  });

  it('never makes people fleeing a fight its fighters', () => {
    const claims = analyse('Kenya closed its border with Somalia to stop refugees fleeing fighting in Mogadishu.', 'en', '2007-01-04').claims;
    const fighting = claims.find((c) => c.type === 'fighting');
    expect(fighting?.roles.agent?.actorId ?? 'none').not.toMatch(/REF/);
  });

  it('keeps a group a compass word describes in a coordination', () => {
    const claims = analyse('The Sudanese government and southern rebels agreed on Friday to extend their ceasefire by three months.', 'en', '2003-10-06').claims;
    const agree = claims.find((c) => c.type === 'agree');
    expect(agree?.roles.agent?.actorId).toBe('sdn');
    expect(agree?.roles.coAgents.map((a) => a.actorId)).toEqual(['group:rebels']);
  });

  it('reads damage done by protesters as a riot, and by villagers as destruction', () => {
    const riot = analyse('Protesters set fire to the US embassy in Belgrade on Thursday.', 'en', '2008-02-22').claims;
    expect(riot.map((c) => c.type)).toContain('riot');
    const burned = analyse('Villagers burned down the houses of two suspected witches near Kisii on Sunday.', 'en', '2008-05-22').claims;
    expect(burned.map((c) => c.type)).toContain('looting');
    expect(burned.map((c) => c.type)).not.toContain('riot');
  });

  it('does not take the actor of a later adverbial as the one an arrest struck', () => {
    const claims = analyse('Chilean police arrested 200 people on Thursday during protests against the military government.', 'en', '1986-09-05').claims;
    const arrest = claims.find((c) => c.type === 'arrest');
    expect(arrest?.roles.agent?.label).toMatch(/Chilean police/);
    expect(arrest?.roles.target?.actorId ?? 'none').toBe('none');
  });

  it('reads "his group" as the organisation of the person last named', () => {
    const [c] = shapes('Boko Haram leader Abubakar Shekau said his group had kidnapped hundreds of schoolboys in Kankara.', 'en', '2020-12-16');
    expect(c).toMatchObject({ type: 'abduction', agent: 'boko-haram' });
    const [d] = shapes("Le chef de Boko Haram, Abubakar Shekau, a affirmé que son groupe avait enlevé des centaines d'écoliers à Kankara.", 'fr', '2020-12-16');
    expect(d).toMatchObject({ type: 'abduction', agent: 'boko-haram' });
  });

  it('never reads troops of no country as those of the country an international NGO is based in', () => {
    const [c] = shapes('Government troops may have killed as many as 200 civilians in the village, Amnesty International said.', 'en', '1997-09-02');
    expect(c?.agent).not.toBe('gbr-army');
    expect(c?.claimant).toBe('amnesty');
  });
});
