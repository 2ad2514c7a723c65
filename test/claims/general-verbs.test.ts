import { describe, expect, it } from 'vitest';
import { loadMorphology } from '../../src/stages/claims/inflect.js';
import { findGeneralVerbs, loadGeneralVerbs, typeOfCode } from '../../src/stages/claims/general-verbs.js';
import { analyse } from './run-text.js';

const list = loadGeneralVerbs('en', loadMorphology('en'));

/** The general verbs of a lower-cased sentence, as `lemma:code:type`. */
function verbsOf(text: string): string[] {
  if (!list) throw new Error('the English general verb list (resources/lexicons/en/cameo-verbs.tsv) is missing');
  const lower = text.toLowerCase();
  return findGeneralVerbs(list, lower, 0, lower.length).map((h) => `${h.lemma}:${h.code}:${h.type}${h.passive ? ':passive' : ''}`);
}

describe('the general verb list (CAMEO verbs read when no trigger matches)', () => {
  it('exists for English only, and maps codes by their longest listed prefix', () => {
    expect(loadGeneralVerbs('fr', loadMorphology('fr'))).toBeUndefined();
    expect(list && typeOfCode(list, '0874')).toBe('withdraw');
    expect(list && typeOfCode(list, '0873')).toBe('concede');
    expect(list && typeOfCode(list, '173')).toBe('arrest');
    // Statements (root 01) make no claim.
    expect(list && typeOfCode(list, '010')).toBeUndefined();
  });

  it('takes the code of the most specific pattern, else the verb or block default', () => {
    // "rush * aid" is aid (070), where the bare verb means nothing.
    expect(verbsOf('Turkey rushed emergency aid to Syria')).toEqual(['rush:070:aid']);
    expect(verbsOf('Turkey rushed to the border')).not.toContain('rush:070:aid');
    // Of two one-word patterns, the one nearer the verb: "relations" (161) before "with" (130).
    expect(verbsOf('Chad broke off relations with Israel')[0]).toMatch(/^break:16\d:sanction$/);
  });

  it('drops a verb whose pattern says no event ("killed in an accident") and keeps the passive', () => {
    expect(verbsOf('three soldiers were killed in an accident near Leh')).toEqual([]);
    expect(verbsOf('the village was ravaged by the militia')).toEqual(['ravage:190:attack:passive']);
  });

  it('leaves the verb that only leads to another ("prepared to attend") to that one', () => {
    expect(verbsOf('the envoy prepared to attend the talks')).toEqual(['attend:042:consult']);
  });
});

describe('claims from general verbs', () => {
  const claimsOf = (text: string, date: string) => analyse(text, 'en', date).claims;

  it('makes a claim, trusted less and explained, where no trigger matched', () => {
    const [c, ...rest] = claimsOf('Japan lodged a complaint with China over the buoy on Monday.', '2023-12-27');
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ type: 'disapprove', status: 'asserted', roles: { agent: { actorId: 'jpn' }, target: { actorId: 'chn' } } });
    expect(c?.confidence).toBeLessThan(0.8);
    expect(c?.extractor).toMatch(/^general\.lodge\.11/u);
    expect(c?.explain.find((e) => e.field === 'type')?.because).toMatch(/cameo-verbs\.tsv:\d+/u);
    const [f] = claimsOf('The Taliban flogged two men in Ghazni on Tuesday.', '2023-06-10');
    expect(f).toMatchObject({ type: 'attack', roles: { agent: { actorId: 'taliban' } }, place: { name: 'Ghazni' } });
  });

  it('needs a known doer and someone or somewhere it was done to', () => {
    expect(claimsOf('Someone lodged a complaint on Monday.', '2023-12-27')).toEqual([]);
    expect(claimsOf('Japan lodged a complaint on Monday.', '2023-12-27')).toEqual([]);
  });

  it('reads nothing into a sentence whose trigger made no claim, a condition, or a noun', () => {
    expect(claimsOf('IS seized both towns in 2014, when it swept down the Euphrates valley from Syria.', '2017-11-19')).toEqual([]);
    expect(claimsOf('Analysts say the army could struggle to hold the city if the rebels regroup in the hills.', '2023-05-02')).toEqual([]);
    expect(claimsOf('Volodymyr Zelensky took office in Kyiv on Monday after his landslide election win.', '2019-05-21')).toEqual([]);
    expect(claimsOf("Niger's junta revoked its military accords with France on Thursday.", '2023-08-05').filter((c) => c.type === 'cooperate')).toEqual([]);
  });
});
