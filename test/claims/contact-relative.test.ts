import { describe, expect, it } from 'vitest';
import { shapes } from './run-text.js';

// Sentences written for this test about real events (United States, 1995; Lebanon, 1996; Rwanda, 1994).
describe('a pronoun that speaks inside a relative clause with no "that"', () => {
  it('leaves the main verb as the outlet’s news', () => {
    const [c] = shapes('Washington froze the assets of several Colombian companies it says launder drug money.', 'en', '1995-10-23');
    expect(c).toMatchObject({ type: 'sanction', agent: 'usa', claimant: 'outlet' });
    const [d] = shapes('Israel bombed camps in southern Lebanon it says are used by Hizbollah guerrillas.', 'en', '1996-04-12');
    expect(d).toMatchObject({ agent: 'isr', claimant: 'outlet' });
  });

  it('still reads a speaker who opens the sentence as the claimant', () => {
    const [c] = shapes('Rebels said they killed 20 soldiers near Goma.', 'en', '1998-09-01');
    expect(c?.claimant).not.toBe('outlet');
  });
});
