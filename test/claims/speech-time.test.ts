import { describe, expect, it } from 'vitest';
import { analyse } from './run-text.js';

/** The interval of the first claim of `type` in a sentence. */
function timeOf(text: string, lang: 'en' | 'fr', date: string, type: string) {
  const c = analyse(text, lang, date).claims.find((x) => x.type === type);
  if (!c) throw new Error(`no ${type} claim in "${text}"`);
  return { from: c.time.from, to: c.time.to };
}

describe('the time of an act yet to happen, and the time of its announcement', () => {
  it('does not date the act by the day it was announced on', () => {
    // Sunday 24 September 2023: Macron announced the withdrawal from Niger; the act is not "next Sunday".
    expect(timeOf('Macron said on Sunday that France will withdraw its troops from Niger.', 'en', '2023-09-25', 'withdraw')).toEqual({ from: '2023-09-25', to: '2023-09-25' });
    expect(timeOf('Emmanuel Macron a annoncé dimanche que la France retirera ses troupes du Niger.', 'fr', '2023-09-25', 'withdraw')).toEqual({ from: '2023-09-25', to: '2023-09-25' });
  });

  it("keeps a time of the act's own, read forward", () => {
    expect(timeOf('Russia will withdraw its troops from Kherson on Friday, the defence ministry said.', 'en', '2022-11-09', 'withdraw')).toEqual({ from: '2022-11-11', to: '2022-11-11' });
    expect(timeOf('The army said on Monday that it would attack the town on Friday.', 'en', '2022-11-08', 'attack')).toEqual({ from: '2022-11-11', to: '2022-11-11' });
  });
});
