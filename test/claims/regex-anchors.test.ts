import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClaimLexicon, matchesIn } from '../../src/stages/claims/claim-lexicon.js';
import { mustEndInSpace, regexAnchors, regexPrefixes } from '../../src/stages/claims/regex-anchors.js';
import { lowerView, matchingView } from '../../src/stages/claims/text-view.js';
import { PACKAGE_ROOT } from '../../src/resources/resource-paths.js';
import { readSuite } from '../lang/lang-suite.js';

describe('regexAnchors', () => {
  it.each<[string, string[] | undefined]>([
    ['captured|seized', ['captured', 'seized']],
    ['(?:have|has)\\s+(?:retaken|recaptured)', ['retaken', 'recaptured']],
    ['air\\s+strikes?', ['strike']],
    ['gardes?\\s+frontières', ['frontières']],
    ['\\p{L}+-held', ['-held']],
    ['(?:the\\s+)?shelling(?:\\s+of)?', ['shelling']],
    ['x?shell|\\p{L}+', undefined], // one branch can match without any literal
    ['(?:a|an)\\s+\\p{L}+', undefined], // only short literals
    ['(?<=by\\s)force', ['force']], // a lookbehind consumes nothing
    ['[abc]+ed', undefined],
  ])('%s → %j', (source, expected) => {
    expect(regexAnchors(source)?.sort()).toEqual(expected?.sort());
  });
});

describe('regexPrefixes', () => {
  it.each<[string, string[] | undefined]>([
    ['captured|seized', ['capt', 'seiz']],
    ['(?:have|has)?\\s*taken', undefined], // may start with a space class
    ['(?<!x)(?:ont\\s+)?repris', ['ont', 'repr']],
    ['(?:ont|a)\\s+\\p{L}+|tué', ['ont', 'a', 'tué']],
    ['\\p{L}+-held', undefined],
  ])('%s → %j', (source, expected) => {
    expect(regexPrefixes(source)?.sort()).toEqual(expected?.sort());
  });
});

/**
 * The prefilter may only skip a sentence the pattern cannot match. Checked on every trigger of both languages over
 * every sentence the team wrote for the suites and the example reports.
 */
describe('trigger anchors never skip a sentence a trigger matches', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(lang, () => {
      const lex = loadClaimLexicon(lang);
      const dir = join(PACKAGE_ROOT, 'examples', lang);
      const texts = [
        ...readSuite(lang, 'cases.jsonl').map((c) => c.text),
        ...readSuite(lang, 'false-positives.jsonl').map((c) => c.text),
        ...readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')),
      ];
      let checked = 0;
      for (const text of texts) {
        const lower = lowerView(matchingView(text));
        for (const t of lex.triggers) {
          if (!t.anchors || !matchesIn(t.re, lower, 0, lower.length).length) continue;
          checked++;
          expect(t.anchors.some((a) => lower.includes(a)), `${t.id} matched "${text.slice(0, 60)}…" without an anchor`).toBe(true);
        }
      }
      expect(checked).toBeGreaterThan(100);
    });
  }
});

describe('mustEndInSpace', () => {
  it.each<[string, boolean]>([
    ['prévoit\\s+(?:de\\s|d\')', true],
    ['prévoit\\s+(?:de|d(?=\'))', false],
    ['took\\s+(?:\\p{L}+\\s+){0,2}?control', false],
    ['(?:\\p{L}+\\s+){1,2}', true],
    ['the\\s+(?:\\p{L}+\\s+)?', true], // skipping the optional word still ends on the space after "the"
    ['fell\\s+to(?=\\s)', false],
  ])('%s → %s', (source, expected) => {
    expect(mustEndInSpace(source)).toBe(expected);
  });
});

/**
 * Every cue and trigger is wrapped in a word boundary that wants no letter right after the match, so a branch that
 * must end on a space can never match before a word — it silently never fires (French "prévoit de" did that).
 */
describe('no lexicon pattern has a branch that must end on whitespace', () => {
  const WORD_START = '(?<![\\p{L}\\p{N}-])';
  const patterns = (value: unknown, seen = new Set<unknown>()): RegExp[] => {
    if (value instanceof RegExp) return value.source.startsWith(WORD_START) ? [value] : [];
    if (!value || typeof value !== 'object' || seen.has(value)) return [];
    seen.add(value);
    return Object.values(value as Record<string, unknown>).flatMap((v) => patterns(v, seen));
  };
  for (const lang of ['fr', 'en'] as const) {
    it(lang, () => {
      const found = patterns(loadClaimLexicon(lang));
      expect(found.length).toBeGreaterThan(100);
      const dead = found.filter((re) => mustEndInSpace(re.source)).map((re) => re.source.slice(WORD_START.length, WORD_START.length + 120));
      expect(dead).toEqual([]);
    });
  }
});
