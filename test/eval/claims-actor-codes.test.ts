import { describe, expect, it } from 'vitest';
import { cameoActorCode, codeActor, codeActors } from '../../src/eval/claims/actor-codes.js';
import { loadActorLexicon } from '../../src/resources/actor-lexicon.js';

const lexicon = loadActorLexicon();
const lookup = (id: string) => lexicon.get(id);
const code = (actorId: string, extra: Record<string, string> = {}) => {
  const c = codeActor({ actorId, label: actorId, ...extra }, lookup);
  return c ? `${c.code}${c.sector ?? ''}` : undefined;
};

describe('actor codes for the world lexicon', () => {
  it('codes countries, their dependencies and capitals as the state', () => {
    expect(code('hun')).toBe('HUNGOV');
    expect(code('pse')).toBe('PSEGOV');
    expect(code('pri')).toBe('USAGOV'); // Puerto Rico, folded into the United States as PLOVER does
    expect(code('hkg')).toBe('HKGGOV'); // one of PLOVER's exceptions
  });

  it('reads the sector a group id names, else the one its type gives', () => {
    expect(code('group:COP:EGY', { actorType: 'state-force' })).toBe('EGYCOP');
    expect(code('group:LEG:POL', { actorType: 'state' })).toBe('POLLEG');
    expect(code('group:REF:SOM+SDN', { actorType: 'civilians' })).toBe('SOMREF');
    expect(code('group:militia:IRQ', { actorType: 'militia' })).toBe('IRQMIL');
    expect(code('group:people:DZA', { actorType: 'group' })).toBe('DZACVL');
    expect(code('group:forces:BIH', { actorType: 'group' })).toBe('BIHMIL'); // "their forces": someone's military
    expect(code('group:NGO', { actorType: 'monitor' })).toBe('NGO');
    expect(code('group:GOV', { actorType: 'state' })).toBeUndefined(); // no country
  });

  it('codes a bare description no focus resolved with the country of the claim, in its role’s sector', () => {
    const where = (actorId: string, cc?: string) => codeActor({ actorId, label: actorId, actorType: 'state' }, lookup, cc);
    expect(where('generic:government', 'PAK')).toMatchObject({ code: 'PAK', sector: 'GOV' });
    expect(where('generic:police', 'EGY')).toMatchObject({ code: 'EGY', sector: 'COP' });
    expect(where('generic:army')).toBeUndefined(); // no place, no country
  });

  it('codes a group of several nationalities as one actor per country', () => {
    const all = (actorId: string) => codeActors({ actorId, label: actorId, actorType: 'state' }, lookup).map((c) => `${c.code}${c.sector ?? ''}`);
    expect(all('group:GOV:HUN+ROU')).toEqual(['HUNGOV', 'ROUGOV']);
    expect(all('group:fighters:SYR+kurdish')).toEqual(['SYRGOV']); // one nationality, one ethnic tag
    expect(all('hun')).toEqual(['HUNGOV']);
    expect(all('group:GOV')).toEqual([]);
  });

  it('uses a row’s own sector and PLOVER country slot', () => {
    expect(code('un-security-council')).toBe('IGOGOV');
    expect(code('un-peacekeepers')).toBe('IGOMIL');
    expect(code('icc')).toBe('IGOJUD');
    expect(code('icrc')).toBe('IGO');
    expect(code('isr-knesset')).toBe('ISRLEG');
    expect(code('nato')).toBe('IGO');
    expect(code('bbc')).toBe('GBRJRN');
  });

  it('codes persons through their organisation, or the affiliation and nationality the stage found', () => {
    expect(code('person:robert-mugabe')).toBe('ZWEGOV');
    expect(code('person:staffan-de-mistura')).toBe('IGOGOV');
    expect(code('person:ehud-olmert-x', { affiliation: 'isr' })).toBe('ISRGOV');
    expect(code('person:amadou-sow', { affiliation: 'group:MIL:MLI', nationality: 'MLI' })).toBe('MLIMIL');
    expect(code('person:unknown-envoy', { nationality: 'PER' })).toBe('PER');
    expect(code('person:nobody')).toBeUndefined();
  });

  it('spells sectors the CAMEO way in PETRARCH codes', () => {
    expect(cameoActorCode({ actorId: 'group:JRN:NPL', label: 'x', actorType: 'civilians' }, lookup)).toBe('NPLMED');
    expect(cameoActorCode({ actorId: 'group:MED:MLI', label: 'x', actorType: 'civilians' }, lookup)).toBe('MLIHLH');
    expect(cameoActorCode({ actorId: 'group:COP:EGY', label: 'x', actorType: 'state-force' }, lookup)).toBe('EGYCOP');
    expect(cameoActorCode({ actorId: 'hun', label: 'Hungary' }, lookup)).toBe('HUN');
  });
});
