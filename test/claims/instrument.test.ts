import { describe, expect, it } from 'vitest';
import { claimCodes } from '../../src/cli/claim-codes.js';
import { loadClaimLexicon } from '../../src/stages/claims/claim-lexicon.js';
import { analyse } from './run-text.js';

const first = (text: string, lang: 'en' | 'fr', type?: string) => analyse(text, lang, '2024-03-10').claims.find((c) => !type || c.type === type);

describe('the instrument of a use of force', () => {
  it.each<[string, 'en' | 'fr', string, string]>([
    ['A Russian drone strike killed three civilians in Kherson on Monday.', 'en', 'drone', 'drone'],
    ['Israeli tanks shelled Rafah on Monday.', 'en', 'artillery', 'tanks'],
    ['The militants stabbed two police officers in Tunis on Sunday.', 'en', 'blade', 'stabbed'],
    ['A grenade attack on a market in Bujumbura wounded 20 people on Friday.', 'en', 'grenade', 'grenade'],
    ['Un drone russe a frappé un immeuble à Kherson lundi, tuant trois civils.', 'fr', 'drone', 'drone'],
    ["L'armée a pilonné Rafah à l'artillerie lundi.", 'fr', 'artillery', 'artillerie'],
  ])('%s → %s', (text, lang, kind, words) => {
    const c = first(text, lang);
    expect(c?.instrument).toMatchObject({ kind, text: words });
    expect(c?.explain.some((e) => e.field === 'instrument' && e.value === kind && /instruments\.tsv:\d+/.test(e.because))).toBe(true);
  });

  it('lets a suicide attack or a chemical weapon decide over a nearer word, and gives ACLED its sub-event', () => {
    const suicide = first('A suicide car bomb exploded near a checkpoint in Mogadishu on Monday, killing 12 people.', 'en', 'bombing');
    expect(suicide?.instrument?.kind).toBe('suicide');
    expect(suicide && claimCodes(suicide)?.acled?.subEventType).toBe('Suicide bomb');
    const chlorine = first('Syrian government forces used chlorine gas in an attack on Douma, the OPCW said.', 'en');
    expect(chlorine?.instrument?.kind).toBe('chemical');
    expect(chlorine && claimCodes(chlorine)?.acled?.subEventType).toBe('Chemical weapon');
  });

  it('gives PLOVER its ASSAULT mode where the type names none, and leaves a type’s own mode', () => {
    const gunmen = first('Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing five people.', 'en', 'attack');
    expect(gunmen?.instrument?.kind).toBe('firearm');
    expect(gunmen && claimCodes(gunmen)?.plover).toMatchObject({ event: 'ASSAULT', mode: 'firearms' });
    const blast = first('A suicide car bomb exploded near a checkpoint in Mogadishu on Monday, killing 12 people.', 'en', 'bombing');
    expect(blast && claimCodes(blast)?.plover.mode).toBe('suicide-attack');
  });

  it('reads only the claim’s own clause, and nothing for acts that are no use of force', () => {
    const c = first('Rebels attacked an army post in Beni on Monday, while drones circled over Goma.', 'en', 'attack');
    expect(c).toBeDefined();
    expect(c?.instrument).toBeUndefined();
    const arrest = first('Police arrested 40 protesters armed with knives in Nairobi on Tuesday.', 'en', 'arrest');
    expect(arrest).toBeDefined();
    expect(arrest?.instrument).toBeUndefined();
  });

  it('reads a mine only as a weapon: a mine hit is a bombing, a gold mine attacked is no explosive', () => {
    const hit = first('A soldier was killed when his vehicle hit a mine near Gao on Sunday.', 'en');
    expect(hit?.type).toBe('bombing');
    expect(hit?.instrument?.kind).toBe('explosive');
    const gold = first('Jihadists attacked two gold mines in northern Burkina Faso on Monday.', 'en');
    expect(gold?.type).toBe('attack');
    expect(gold?.instrument).toBeUndefined();
    expect(first("Des jihadistes ont attaqué une mine d'or dans le nord du Burkina Faso lundi.", 'fr')?.type).toBe('attack');
  });

  it('names the line of an unknown kind in the lexicon', () => {
    expect(() => loadClaimLexicon('en', `${import.meta.dirname}/../fixtures/bad-instruments`)).toThrow(/instruments\.tsv:\d+: unknown instrument kind "slingshot"/);
  });
});
