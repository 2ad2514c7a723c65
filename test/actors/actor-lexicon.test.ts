import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES } from '../../src/model/actor.js';
import { actorCompatibility, actorGrammar } from '../../src/resources/actor-grammar.js';
import { loadActorLexicon } from '../../src/resources/actor-lexicon.js';
import { actorsIn, lexicon } from './make-doc.js';

describe('actor lexicon', () => {
  it('loads actors, persons and both languages', () => {
    expect(lexicon.entries.size).toBeGreaterThan(90);
    expect(lexicon.languages).toEqual(['en', 'fr']);
    for (const e of lexicon.entries.values()) {
      expect(ACTOR_TYPES).toContain(e.type);
      if (e.partOf) expect(lexicon.get(e.partOf), `${e.id} part_of ${e.partOf}`).toBeDefined();
    }
    expect(lexicon.get('person:rami-abdel-rahmane')).toMatchObject({ type: 'person', partOf: 'sohr' });
    expect(lexicon.persons.get('person:rami-abdel-rahmane')?.roleEn).toBe('director');
  });

  it('knows each focus country’s army and government', () => {
    expect(lexicon.forFocus('SYR', 'army')?.id).toBe('syr-army');
    expect(lexicon.forFocus('SYR', 'government')?.id).toBe('syr-government');
    expect(lexicon.forFocus('IRQ', 'army')?.id).toBe('irq-army');
    expect(lexicon.forFocus('RUS', 'air-force')?.id).toBe('rus-air-force');
    expect(lexicon.forFocus('USA', 'government')?.id).toBe('usa');
  });

  it('gives French grammar for pronoun agreement', () => {
    const [ei] = actorsIn("l'EI");
    const [fighters] = actorsIn('les combattants du Hezbollah');
    expect(actorGrammar(lexicon, ei!.mention)).toEqual({ gender: 'x', number: 's' });
    expect(actorCompatibility(lexicon, ei!.mention, { gender: 'f', number: 's' })).toBe(true);
    expect(actorGrammar(lexicon, fighters!.mention)).toEqual({ gender: 'm', number: 'p' });
    expect(actorCompatibility(lexicon, fighters!.mention, { number: 's' })).toBe(false);
  });

  it('rejects an alias that points at an unknown actor, naming file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-actors-'));
    mkdirSync(join(dir, 'actors'));
    mkdirSync(join(dir, 'lexicons', 'fr'), { recursive: true });
    writeFileSync(join(dir, 'actors', 'actors.tsv'), '# test\nisis\tnon-state-armed-group\t\tIslamic State\n');
    writeFileSync(join(dir, 'lexicons', 'fr', 'actor-aliases.tsv'), '# test\nEI\tisis\tcs\nDaech\tdaesh\n');
    expect(() => loadActorLexicon(dir)).toThrow(/lexicons\/fr\/actor-aliases\.tsv:3: unknown actor id "daesh"/);
  });

  it('loads a minimal fixture tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-actors-'));
    mkdirSync(join(dir, 'actors'));
    mkdirSync(join(dir, 'lexicons', 'fr'), { recursive: true });
    writeFileSync(join(dir, 'actors', 'actors.tsv'), 'isis\tnon-state-armed-group\t\tIslamic State\n');
    writeFileSync(join(dir, 'lexicons', 'fr', 'actor-aliases.tsv'), 'EI\tisis\tcs\n');
    const lex = loadActorLexicon(dir);
    expect(lex.languages).toEqual(['fr']);
    expect(lex.get('isis')?.source).toBe('curated');
  });
});
