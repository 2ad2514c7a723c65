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

// Sentences written for this test (Arab League and Europe, 1980s; Congo, 1998; Iran, 2005).
describe('a pronoun that speaks after a relative pronoun ("…, which he said …")', () => {
  it('masks only the relative clause, so the main verb stays the outlet’s news', () => {
    const [c] = shapes('Arab League Secretary-General Chedli Klibi urged the European Community to support the PLO, which he said would bring peace closer.', 'en', '1988-03-02');
    expect(c).toMatchObject({ type: 'demand', agent: 'arab-league', target: 'eu', claimant: 'outlet' });
    const [d] = shapes('Rebels captured the town of Kindu, which they said was a major victory.', 'en', '1998-10-12');
    expect(d).toMatchObject({ type: 'take-control', claimant: 'outlet' });
  });

  it('also when the speaker after the relative pronoun is a noun phrase', () => {
    const [c] = shapes('Iran rejected the European proposal, which its foreign minister said ignored Iranian rights.', 'en', '2005-08-10');
    expect(c).toMatchObject({ type: 'reject', agent: 'irn', claimant: 'outlet' });
  });
});

// Sentences written for this test (Syria, 2017).
describe('a relative clause between a speaker and its verb ("X, which supports Y, said …")', () => {
  it('makes the one before the aside the speaker, not the actor inside it', () => {
    const [c] = shapes('The US-led coalition, which supports the SDF with air strikes and advisers, said it was in contact with the Russian military.', 'en', '2017-09-20');
    expect(c).toMatchObject({ type: 'consult', agent: 'us-coalition', claimant: 'us-coalition' });
    const [d] = shapes('La coalition menée par les États-Unis, qui soutient les FDS, a affirmé que des avions russes avaient bombardé les positions des FDS.', 'fr', '2017-09-20');
    expect(d).toMatchObject({ type: 'airstrike', claimant: 'us-coalition' });
  });
});
