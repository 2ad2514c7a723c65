import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_TYPES, type ActorType, type ClaimType } from '../../src/model/index.js';
import { acledSubEvent, loadOntology, ONTOLOGY_DIR, parseOntology, type OntologySources } from '../../src/resources/ontology.js';
import { PACKAGE_ROOT } from '../../src/resources/resource-paths.js';

const ontology = loadOntology();

function sources(edit: (claimTypes: string) => string = (t) => t): OntologySources {
  const read = (f: string) => ({ name: f, text: readFileSync(join(ONTOLOGY_DIR, f), 'utf8') });
  const claimTypes = read('claim-types.tsv');
  return { claimTypes: { ...claimTypes, text: edit(claimTypes.text) }, cameoCodes: read('cameo-codes.tsv'), ploverVocabulary: read('plover-vocabulary.tsv') };
}

describe('ontology', () => {
  it('has exactly one entry per claim type', () => {
    expect([...ontology.keys()].sort()).toEqual([...CLAIM_TYPES].sort());
  });

  it('is counted right where the docs count it (README, docs/ontology.md, test/lang/README.md)', () => {
    const n = CLAIM_TYPES.length;
    const doc = (path: string) => readFileSync(join(PACKAGE_ROOT, path), 'utf8');
    expect(doc('docs/ontology.md')).toContain(`one of its own ${n} types`);
    expect(doc('README.md')).toContain(`one of ${n} covering`);
    expect(doc('test/lang/README.md')).toContain(`for the ${n} types`);
    // Every type has its row in the ontology doc's tables.
    const rows = doc('docs/ontology.md').match(/^\| [a-z-]+ \| (?:happening|state) \|/gmu) ?? [];
    expect(rows).toHaveLength(n);
  });

  it.each(CLAIM_TYPES)('%s has a nature, a CAMEO code and a PLOVER event', (type) => {
    const e = ontology.get(type);
    expect(e?.nature).toMatch(/^(happening|state)$/);
    expect(e?.cameo.code).toMatch(/^\d{3,4}$/);
    expect(e?.plover.event).toMatch(/^[A-Z]+$/);
  });

  it('keeps states out of ACLED, which records only events', () => {
    for (const e of ontology.values()) {
      if (e.nature === 'state') expect(e.acledRules).toEqual([]);
    }
  });

  it('is cached', () => {
    expect(loadOntology()).toBe(ontology);
  });

  it.each<[ClaimType, ActorType | undefined, ActorType | undefined, string | undefined]>([
    ['take-control', 'state-force', undefined, 'Government regains territory'],
    ['take-control', 'state', undefined, 'Government regains territory'],
    ['take-control', 'non-state-armed-group', undefined, 'Non-state actor overtakes territory'],
    ['take-control', 'militia', undefined, 'Non-state actor overtakes territory'],
    ['take-control', undefined, undefined, 'Armed clash'],
    ['lose-control', 'non-state-armed-group', 'state-force', 'Government regains territory'],
    ['lose-control', 'state-force', 'non-state-armed-group', 'Non-state actor overtakes territory'],
    ['lose-control', 'state-force', undefined, 'Armed clash'],
    ['withdraw', 'state-force', undefined, 'Non-violent transfer of territory'],
    ['attack', 'international-org', undefined, 'Air/drone strike'],
    ['attack', 'non-state-armed-group', undefined, 'Armed clash'],
    ['fighting', undefined, undefined, 'Armed clash'],
    ['control', 'state-force', undefined, undefined],
    ['take-part', 'militia', undefined, undefined],
    ['airstrike', 'state-force', undefined, 'Air/drone strike'],
    ['shelling', undefined, undefined, 'Shelling/artillery/missile attack'],
    ['protest', 'civilians', undefined, 'Peaceful protest'],
    ['arrest', 'state-force', undefined, 'Arrests'],
    ['disapprove', 'state', undefined, undefined],
  ])('acledSubEvent(%s, agent %s, winner %s) = %s', (type, agent, winner, expected) => {
    expect(acledSubEvent(type, agent, winner ? { winner } : {})?.subEventType).toBe(expected);
  });

  it('reads a killing of civilians as violence against civilians, other killings as armed clashes', () => {
    expect(acledSubEvent('killing', 'non-state-armed-group', { target: 'civilians' })).toEqual({ eventType: 'Violence against civilians', subEventType: 'Attack' });
    expect(acledSubEvent('killing', 'non-state-armed-group', { target: 'state-force' })).toEqual({ eventType: 'Battles', subEventType: 'Armed clash' });
  });

  it('reads the weapon where ACLED does: a suicide attack, a chemical weapon, a grenade have sub-events of their own', () => {
    expect(acledSubEvent('bombing', undefined, { instrument: 'suicide' })).toEqual({ eventType: 'Explosions/Remote violence', subEventType: 'Suicide bomb' });
    expect(acledSubEvent('bombing', undefined, { instrument: 'explosive' })?.subEventType).toBe('Remote explosive/landmine/IED');
    expect(acledSubEvent('airstrike', 'state-force', { instrument: 'chemical' })?.subEventType).toBe('Chemical weapon');
    expect(acledSubEvent('attack', 'non-state-armed-group', { instrument: 'grenade', target: 'civilians' })?.subEventType).toBe('Grenade');
    // An instrument that decides nothing leaves the actor rules in charge.
    expect(acledSubEvent('attack', 'non-state-armed-group', { instrument: 'firearm', target: 'civilians' })?.subEventType).toBe('Attack');
    expect(acledSubEvent('riot', 'group', { target: 'civilians' })?.subEventType).toBe('Mob violence');
    expect(acledSubEvent('riot', 'group', {})?.subEventType).toBe('Violent demonstration');
    expect(acledSubEvent('repress', 'state-force', {})?.subEventType).toBe('Protest with intervention');
    expect(acledSubEvent('repress', 'state-force', { killed: true })).toEqual({ eventType: 'Protests', subEventType: 'Excessive force against protesters' });
  });

  it('covers the 18 PLOVER 0.5 event types the PLOVER-GSR is coded in, and keeps states apart from happenings', () => {
    const events05 = new Set([...ontology.values()].map((e) => e.plover05));
    expect([...events05].sort()).toEqual(
      ['AGREE', 'AID', 'ASSAULT', 'COERCE', 'CONCEDE', 'CONSULT', 'COOPERATE', 'DEMAND', 'DISAPPROVE', 'FIGHT', 'INVESTIGATE', 'MOBILIZE', 'PROTEST', 'REJECT', 'RETREAT', 'SANCTION', 'SUPPORT', 'THREATEN'].sort(),
    );
    const states = [...ontology.values()].filter((e) => e.nature === 'state').map((e) => e.type).sort();
    expect(states).toEqual(['alliance', 'besiege', 'control', 'presence', 'support']);
  });

  it('maps the main types to the expected codes', () => {
    expect(ontology.get('fighting')).toMatchObject({ cameo: { code: '193' }, plover: { event: 'ASSAULT', mode: 'firearms' } });
    expect(ontology.get('take-control')).toMatchObject({ cameo: { code: '192' }, plover: { event: 'COERCE', mode: 'seize' } });
    expect(ontology.get('withdraw')).toMatchObject({ cameo: { code: '0874' }, plover: { event: 'RETREAT', mode: 'withdraw' } });
  });

  it.each<[string, (t: string) => string, RegExp]>([
    ['a missing type', (t) => t.replace(/^alliance\t.*$/m, ''), /no row for claim type alliance/],
    ['an unknown CAMEO code', (t) => t.replace('\t062\t', '\t069\t'), /CAMEO code 069 is not in cameo-codes.tsv/],
    ['a wrong CAMEO label', (t) => t.replace('Cooperate militarily', 'Cooperate'), /CAMEO 062 is "Cooperate militarily"/],
    ['an unknown PLOVER mode', (t) => t.replace('\tfirearms\t', '\tswords\t'), /PLOVER mode ASSAULT\/swords/],
    ['an unknown actor type', (t) => t.replace('agent:international-org', 'agent:navy'), /unknown actor type "navy"/],
    ['an unknown instrument kind', (t) => t.replace('instrument:grenade', 'instrument:slingshot'), /unknown instrument kind "slingshot"/],
    ['a rule after the fallback', (t) => t.replace(/^(offensive\t.*)$/m, '$1\n$1'), /after its fallback/],
    ['codes differing between rows', (t) => t.replace(/^(take-control\thappening\t\*\t.*)\tdirect$/m, '$1\tnearest'), /must be the same/],
  ])('rejects %s, naming the file and line', (_name, edit, message) => {
    expect(() => parseOntology(sources(edit))).toThrow(message);
    try {
      parseOntology(sources(edit));
    } catch (e) {
      expect((e as { code: string }).code).toBe('E_ONTOLOGY');
      expect((e as { input: string }).input).toMatch(/^claim-types\.tsv/);
    }
  });
});
