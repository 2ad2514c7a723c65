import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeActor, codeEntry, claimToEvent, readPetrarchValidation, readPloverGsr } from '../../src/eval/claims/index.js';
import type { ActorEntry } from '../../src/model/actor.js';
import type { Claim } from '../../src/model/claim.js';
import { loadActorLexicon } from '../../src/resources/actor-lexicon.js';
import { loadOntology } from '../../src/resources/ontology.js';
import { sharedPath } from '../helpers/shared-data.js';

describe('readPetrarchValidation on a tiny file', () => {
  it('handles self-closed sentences, both quotes, noevents, comments and wrapped text', () => {
    const xml = `<Validation>\n# banner <EventCoding sourcecode="X" targetcode="Y" eventcode="010"/>\n<Sentences>
<Sentence date="19950101" id="A-1" category="DEMO" sentence="true">
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
<Text>Arnor &amp; Gondor
 fought.</Text></Sentence>
<!-- <Sentence id="HIDDEN"><Text>x</Text></Sentence> -->
<Sentence category="AFP" date="20080804" id="AFP_1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<Text>The US leader visited.</Text>
<Sentence id="N" category="DEMO"><EventCoding noevents = "True"></EventCoding><Text>Nothing.</Text></Sentence>
</Sentences></Validation>`;
    const g = readPetrarchValidation(xml);
    expect(g.map((s) => s.id)).toEqual(['A-1', 'AFP_1', 'N']);
    expect(g[0]).toMatchObject({ index: 0, category: 'DEMO', text: 'Arnor & Gondor fought.', triples: [{ source: 'INJURY TOLL', target: 'OSG', event: '223' }] });
    expect(g[1]?.triples).toEqual([{ source: 'USA', target: 'CHN', event: '042' }]);
    expect(g[2]?.triples).toEqual([]);
  });
});

describe('actor codes', () => {
  const lexicon = loadActorLexicon();
  const lookup = (id: string) => lexicon.get(id);
  it('maps lexicon rows to ISO-3 + sector from the type column', () => {
    const code = (id: string) => codeEntry(lexicon.get(id) as ActorEntry, lookup);
    expect(code('syr-army')).toMatchObject({ code: 'SYR', sector: 'MIL' });
    expect(code('usa')).toMatchObject({ code: 'USA', sector: 'GOV' });
    expect(code('hezbollah')).toMatchObject({ code: 'LBN', sector: 'REB' });
    expect(code('un')).toEqual({ code: 'IGO', text: 'United Nations' });
    // An armed group with no country is CAMEO's international militarized group.
    expect(code('isis')).toEqual({ code: 'IMG', text: 'Islamic State' });
    expect(code('person:bashar-al-assad')).toMatchObject({ code: 'SYR', sector: 'GOV' });
  });
  it('reads the nationality tag of unnamed groups', () => {
    expect(codeActor({ actorId: 'group:fighters:SYR+kurdish', label: 'x', actorType: 'non-state-armed-group', via: 'lexicon' }, lookup)).toMatchObject({ code: 'SYR', sector: 'REB' });
    expect(codeActor({ actorId: 'group:rebels', label: 'rebels', actorType: 'non-state-armed-group', via: 'lexicon' }, lookup)).toBeUndefined();
    // Gunmen no one names are CAMEO's unidentified armed forces of the country they struck in.
    expect(codeActor({ actorId: 'group:gunmen', label: 'gunmen', actorType: 'group', via: 'lexicon' }, lookup, 'PHL')).toMatchObject({ code: 'PHL', sector: 'UAF' });
  });
  it('maps a claim through the ontology, the loser of a place as PLOVER source', () => {
    const base: Claim = { id: 'c', reportId: 'r', type: 'lose-control', roles: { coAgents: [], supporters: [], agent: { actorId: 'isis', label: 'IS', via: 'lexicon' }, fromActor: { actorId: 'syr-army', label: 'SAA', via: 'lexicon' } }, otherPlaces: [], time: {} as Claim['time'], claimants: [], status: 'asserted', qualifiers: [], evidence: [], confidence: 1, extractor: 'x@1', explain: [] };
    const [e] = claimToEvent(base, { ontology: loadOntology(), lookup });
    expect(e).toMatchObject({ plover: 'RETREAT', cameo: '0874', sources: [{ code: 'SYR', sector: 'MIL' }], targets: [{ code: 'IMG' }], cameoSource: 'SYRMIL', cameoTarget: 'IMG' });
    expect(claimToEvent({ ...base, status: 'negated' }, { ontology: loadOntology(), lookup })).toEqual([]);
    // "failed to reach agreement": an agreement negated is coded as a rejection by its would-be parties.
    const failed = claimToEvent({ ...base, type: 'agree', status: 'negated', roles: { coAgents: [], supporters: [], agent: { actorId: 'usa', label: 'US', via: 'lexicon' } } }, { ontology: loadOntology(), lookup });
    expect(failed).toMatchObject([{ claimType: 'reject', plover05: 'REJECT', sources: [{ code: 'USA' }] }]);
    // "would not resume talks": talks refused are a rejection too; a violent act negated is no event.
    const refused = claimToEvent({ ...base, type: 'consult', status: 'negated', roles: { coAgents: [], supporters: [], agent: { actorId: 'usa', label: 'US', via: 'lexicon' } } }, { ontology: loadOntology(), lookup });
    expect(refused).toMatchObject([{ claimType: 'reject', plover05: 'REJECT' }]);
    expect(claimToEvent({ ...base, type: 'attack', status: 'negated' }, { ontology: loadOntology(), lookup })).toEqual([]);
  });
  it('codes a state doing violence as its military, a threat at a place as aimed at its people, and a titled person of no country where the sentence happened', () => {
    const deps = { ontology: loadOntology(), lookup, iso3: (iso2: string) => lexicon.iso3(iso2) };
    const place = { placeId: 'gn:2253354', name: 'Dakar', countryCode: 'SN', role: 'event' } as Claim['place'];
    const base: Claim = { id: 'c', reportId: 'r', type: 'airstrike', roles: { coAgents: [], supporters: [], agent: { actorId: 'isr', label: 'Israel', actorType: 'state', via: 'lexicon' } }, otherPlaces: [], time: {} as Claim['time'], claimants: [], status: 'asserted', qualifiers: [], evidence: [], confidence: 1, extractor: 'x@1', explain: [] };
    expect(claimToEvent(base, deps)[0]?.sources).toMatchObject([{ code: 'ISR', sector: 'MIL' }]);
    // Words keep the government: the same state condemning is GOV.
    expect(claimToEvent({ ...base, type: 'disapprove' }, deps)[0]?.sources).toMatchObject([{ code: 'ISR', sector: 'GOV' }]);
    const threat = claimToEvent({ ...base, type: 'threaten', place }, deps)[0];
    expect(threat?.targets).toMatchObject([{ code: 'SEN', sector: 'CVL' }]);
    expect(claimToEvent({ ...base, type: 'consult', place }, deps)[0]?.targets).toMatchObject([{ code: 'SEN', sector: 'GOV' }]);
    // Two sides meeting or signing in a third country deal with each other, not with their host.
    const together = { coAgents: [{ actorId: 'usa', label: 'US', actorType: 'state' as const, via: 'lexicon' }], supporters: [], agent: base.roles.agent };
    expect(claimToEvent({ ...base, type: 'sign-agreement', place, roles: together }, deps)[0]?.targets).toEqual([]);
    // In a joint act of two countries, one of them named as the object is a party, not a target; a third is kept.
    const joint = (target: string) => claimToEvent({ ...base, type: 'agree', roles: { ...together, target: { actorId: target, label: target, actorType: 'state', via: 'lexicon' } } }, deps)[0]?.targets;
    expect(joint('usa')).toEqual([]);
    expect(joint('fra')).toMatchObject([{ code: 'FRA' }]);
    // A crowd no one names is the people of the country it protests in.
    const crowd = claimToEvent({ ...base, type: 'protest', place, roles: { coAgents: [], supporters: [] } }, deps)[0];
    expect(crowd?.sources).toMatchObject([{ code: 'SEN', sector: 'CVL' }]);
    expect(claimToEvent({ ...base, type: 'threaten', place, roles: together }, deps)[0]?.targets).toMatchObject([{ code: 'SEN', sector: 'CVL' }]);
    const president = { actorId: 'person:x-y', label: 'X Y', actorType: 'person' as const, via: 'lexicon', affiliation: 'group:GOV' };
    const spoken: Claim = { ...base, type: 'threaten', roles: { coAgents: [], supporters: [], agent: president } };
    expect(claimToEvent(spoken, deps)[0]?.sources).toEqual([]);
    expect(claimToEvent(spoken, deps, 'SEN')[0]?.sources).toMatchObject([{ code: 'SEN', sector: 'GOV' }]);
  });
});

describe('readers on the shared gold files', () => {
  it('reads PLOVER-GSR: 322 events, the DOCUMENT header skipped', () => {
    const p = sharedPath('eval', 'PLOVER-GSR', 'PLOVER_GSR_CAMEO.json');
    if (!p) return;
    const g = readPloverGsr(readFileSync(p, 'utf8'));
    expect(g).toHaveLength(322);
    expect(g.filter((r) => r.event === 'AGREE')).toHaveLength(40);
    expect(g[0]).toMatchObject({ id: 'PLOVER-GSR01-AGREE-0001', index: 0, sources: [{ code: 'HUN', sector: 'GOV' }, { code: 'ROU', sector: 'GOV' }], targets: [] });
    expect(new Set(g.map((r) => r.event)).size).toBe(18);
  });
  it('reads the PETRARCH unit tests (284 sentences) and the AFP set (78 sentences; of its 93 <EventCoding> tags, 1 is in the banner and 12 say noevents)', () => {
    const dir = sharedPath('eval', 'PETRARCH2-validation');
    if (!dir) return;
    const unit = readPetrarchValidation(readFileSync(join(dir, 'PETR.UnitTest.records.xml'), 'utf8'));
    const afp = readPetrarchValidation(readFileSync(join(dir, 'PETR2_GSR_validation.xml'), 'utf8'));
    expect(unit).toHaveLength(284);
    expect(unit[0]).toMatchObject({ id: 'DEMO-00', triples: [{ source: 'ARN', target: 'GON', event: '064' }] });
    expect(afp).toHaveLength(78);
    expect(afp.reduce((n, s) => n + s.triples.length, 0)).toBe(80);
    expect(afp[0]).toMatchObject({ id: 'AFP0808020625_4', category: 'AFP', triples: [{ source: 'USA', target: 'CHN', event: '042' }] });
    expect(afp.every((s) => !s.text.includes('\n'))).toBe(true);
  });
});
