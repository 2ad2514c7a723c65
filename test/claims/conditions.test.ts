import { describe, expect, it } from 'vitest';
import { shapes } from './run-text.js';

// Sentences written for this test about real events (Gaza, February 2025; Lebanon, 2006).
describe('what a condition supposes', () => {
  it('is no claim when « si » opens it before a name', () => {
    const found = shapes("Israël s'est dit prêt mardi à reprendre les combats à Gaza si le Hamas ne respectait pas le cessez-le-feu.", 'fr', '2025-02-12');
    expect(found[0]).toMatchObject({ type: 'threaten', agent: 'isr' });
    const named = shapes("Le Hamas s'est dit prêt à reprendre les combats si Israël ne respectait pas le cessez-le-feu.", 'fr', '2025-02-12');
    expect(named.filter((c) => c.type === 'ceasefire')).toEqual([]);
  });

  it('keeps « si » that means "so" from opening a condition', () => {
    expect(shapes("Les combats étaient si violents que l'armée a bombardé Alep.", 'fr', '2016-12-01').map((c) => c.place)).toContain('gn:170063');
  });
});
