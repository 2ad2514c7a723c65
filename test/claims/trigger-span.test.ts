import { describe, expect, it } from 'vitest';
import { analyse } from './run-text.js';

describe('a claim keeps the words that name its act', () => {
  it.each<[string, 'en' | 'fr', string, string]>([
    ['Iraqi forces retook the town of Rawa on Friday, the army said.', 'en', 'take-control', 'retook'],
    ["L'armée syrienne a repris jeudi le contrôle de Boukamal, selon un communiqué.", 'fr', 'take-control', 'repris'],
    ['Police fired tear gas at protesters in Nairobi on Tuesday.', 'en', 'repress', 'fired tear gas'],
  ])('%s', (text, lang, type, words) => {
    const c = analyse(text, lang, '2017-11-20').claims.find((x) => x.type === type);
    expect(c?.trigger).toBeDefined();
    const t = c!.trigger!;
    expect(text.slice(t.start, t.end)).toContain(words);
    const ev = c!.evidence[0]!;
    expect(t.start >= ev.start && t.end <= ev.end).toBe(true);
  });
});
