import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';

// A possessive of one owner ("its", « ses ») points back to one side, never to sides named together.
describe('possessives of one owner', () => {
  it('skips sides named together for "its"', () => {
    const found = actorsIn('The SDF said Russian and Syrian aircraft had bombed its positions, wounding six of its fighters.', 'en', '2017-09');
    const fighters = found.find((f) => f.text === 'fighters');
    expect(fighters?.actorId).toBe('group:fighters:SYR');
    expect(fighters?.mention.rule).toContain('possessive:Syrian Democratic Forces');
  });

  it('still lets "their" point back to sides named together', () => {
    const found = actorsIn('The SDF said Russian and Syrian aircraft had bombed the town, wounding six of their fighters.', 'en', '2017-09');
    expect(found.find((f) => f.text === 'fighters')?.mention.rule).toContain('possessive:Russian and Syrian aircraft');
  });

  it('takes one country’s group with an ethnic tag as one owner', () => {
    const found = actorsIn('The Greek Cypriot militia said its fighters were attacked.', 'en', '2004-04');
    expect(found.find((f) => f.text === 'Greek Cypriot militia')?.actorId).toBe('group:militia:CYP+ethnic-grc');
    expect(found.find((f) => f.text === 'fighters')?.actorId).toBe('group:fighters:CYP');
  });
});
