import { describe, expect, it } from 'vitest';
import { shapes } from './run-text.js';

// Sentences written for this test about real events (Pakistan, 1990s; Afghanistan, 1990s).
describe('a description with no country, followed by "of" and a place', () => {
  it('belongs to the country of that place', () => {
    const [c] = shapes('The government of Sindh province has ordered patrols by police and paramilitary soldiers after violent protests.', 'en', '1995-06-12');
    expect(c).toMatchObject({ type: 'mobilize', agent: 'group:GOV:PAK' });
  });

  it('leaves a description without such a place to the report’s focus', () => {
    const [c] = shapes('The government has ordered patrols by police after violent protests.', 'en', '1995-06-12');
    expect(c?.agent).toBe('generic:government');
  });
});
