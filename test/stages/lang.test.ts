import { describe, expect, it } from 'vitest';
import { createLangStage } from '../../src/stages/lang/lang-stage.js';
import { makeDoc } from '../helpers/make-doc.js';

const stage = createLangStage();
const detect = (text: string) => {
  const out = stage.run(makeDoc(text), { explain: false });
  return { lang: out.lang, why: out.langReason ?? '' };
};

// Sentences written for this test.
describe('language identification of short texts', () => {
  it('lets the commonest words decide when trigrams are too close to call', () => {
    const r = detect('Indian forces killed 12 separatist guerrillas in a gunbattle near Srinagar, police said.');
    expect(r.lang).toBe('en');
    expect(r.why).toMatch(/function words decide/u);
  });

  it.each([
    ['en', 'The rebels said on Monday that they had taken the town after two days of fighting.'],
    ['fr', "Les rebelles ont affirmé lundi avoir pris la ville après deux jours de combats."],
  ] as const)('%s: keeps what franc finds when it is clear', (lang, text) => {
    expect(detect(text).lang).toBe(lang);
  });
});
