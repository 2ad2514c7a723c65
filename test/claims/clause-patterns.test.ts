import { describe, expect, it } from 'vitest';
import { CLAUSE_PATTERNS, compileClausePatterns, type ClausePatternName } from '../../src/stages/claims/clause-patterns.js';
import { readDataLines } from '../../src/resources/line-file.js';
import { languageCodes } from '../../src/resources/languages.js';

const line = (text: string, n = 1) => ({ fields: text.split('\t'), ref: `lexicons/zz/clause-patterns.tsv:${n}` });

describe('clause patterns (resources/lexicons/<lang>/clause-patterns.tsv)', () => {
  it('compiles a language\'s rows with the flags the code gives each name; several rows are alternatives', () => {
    const p = compileClausePatterns([line('demonstrative\t(?:^|\\s)(?:este|esta)\\s*$'), line('demonstrative\t(?:^|\\s)esos\\s*$', 2)]);
    expect(p.demonstrative.flags).toBe(CLAUSE_PATTERNS.demonstrative.flags);
    expect(p.demonstrative.test('tras ESTA ')).toBe(true);
    expect(p.demonstrative.test('y esos')).toBe(true);
    expect(p.demonstrative.test('una')).toBe(false);
  });

  it('turns a refinement off when the language has no row for it, with the documented fallback', () => {
    const p = compileClausePatterns([]);
    expect(p['scene-cue'].test(' in ')).toBe(false);
    // A missing speaker noun still lets the organisation itself speak ("the army said": nothing between).
    expect(p['speaker-noun'].test('  ')).toBe(true);
    expect(p['speaker-noun'].test(' spokesman ')).toBe(false);
  });

  it('names the line and the remedy for an unknown name, an empty pattern or an invalid expression', () => {
    expect(() => compileClausePatterns([line('scene-kue\tin')])).toThrow(/clause-patterns\.tsv:1: unknown pattern "scene-kue"; the names are demand-complement, /);
    expect(() => compileClausePatterns([line('scene-cue')])).toThrow(/clause-patterns\.tsv:1: a pattern needs a name and a regular expression/);
    expect(() => compileClausePatterns([line('scene-cue\t(?:in')])).toThrow(/clause-patterns\.tsv:1: not a valid regular expression .*; fix the line/);
  });

  it('every name is used by some shipped language, and each shipped file compiles', () => {
    const used = new Set<ClausePatternName>();
    for (const lang of languageCodes()) {
      const lines = readDataLines(`lexicons/${lang}/clause-patterns.tsv`);
      expect(lines.length, `${lang} has clause patterns`).toBeGreaterThan(0);
      compileClausePatterns(lines);
      for (const l of lines) used.add(l.fields[0] as ClausePatternName);
    }
    expect([...Object.keys(CLAUSE_PATTERNS)].filter((n) => !used.has(n as ClausePatternName))).toEqual([]);
  });
});
