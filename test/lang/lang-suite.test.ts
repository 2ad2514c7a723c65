import { describe, expect, it } from 'vitest';
import { checkCase, readGaps, readSuite, writeGaps } from './lang-suite.js';

/**
 * The per-language suites (test/lang/README.md). Every case is checked; the ones in known-gaps.txt are expected to
 * fail, so the list of open gaps is exact: a new failure or a gap that closed both fail the suite.
 */
for (const lang of ['fr', 'en'] as const) {
  describe(`${lang} claim suite`, () => {
    const cases = readSuite(lang, 'cases.jsonl');
    const negatives = readSuite(lang, 'false-positives.jsonl');
    const gaps = readGaps(lang);
    const failures = new Map<string, string>();

    it('has at least 150 cases and a false-positive list, with unique ids', () => {
      expect(cases.length).toBeGreaterThanOrEqual(150);
      expect(negatives.length).toBeGreaterThanOrEqual(30);
      const ids = [...cases, ...negatives].map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, k) => {
      const why = checkCase(lang, k);
      if (why) failures.set(k.id, why);
      if (process.env.UPDATE_GOLDEN) return;
      if (gaps.has(k.id)) expect(why, `${k.id} now passes: remove it from test/lang/${lang}/known-gaps.txt`).toBeDefined();
      else expect(why).toBeUndefined();
    });

    it.each(negatives.map((c) => [c.id, c] as const))('%s yields no claim', (_id, k) => {
      const why = checkCase(lang, k, true);
      if (why) failures.set(k.id, why);
      if (process.env.UPDATE_GOLDEN) return;
      if (gaps.has(k.id)) expect(why, `${k.id} now passes: remove it from test/lang/${lang}/known-gaps.txt`).toBeDefined();
      else expect(why).toBeUndefined();
    });

    it('records the open gaps (UPDATE_GOLDEN=1 rewrites known-gaps.txt)', () => {
      if (process.env.UPDATE_GOLDEN) writeGaps(lang, failures);
      const total = cases.length + negatives.length;
      console.log(`${lang} suite: ${total - failures.size}/${total} hold (${cases.length} cases, ${negatives.length} false-positive checks)`);
      expect(failures.size).toBeLessThanOrEqual(total);
    });
  });
}
