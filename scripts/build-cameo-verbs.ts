/**
 * One-off: derives resources/lexicons/en/cameo-verbs.tsv from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt,
 * openeventdata/petrarch2, MIT). Run from the package root: `npx tsx scripts/build-cameo-verbs.ts [dictionaries-dir]`
 * (default ../shared/data/petrarch-phoenix-dictionaries). The pipeline reads only the output.
 *
 * The dictionary groups verbs of one meaning in blocks with a default CAMEO code, a code per verb where it differs,
 * and patterns of words around the verb that select another code ("RUSH * AID" → 070) or none ("KILL * (IN
 * ACCIDENT)" → ---). What is kept: every block, its verbs with their listed forms, and its patterns with synonym sets
 * (&WEAPON …) expanded. What is dropped: the markers of source and target ($, +, %, ^), which Sitrep's own role
 * filling replaces, and patterns with a word glued to the verb slot (SPY_*_DEAL).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES_DIR } from '../src/resources/resource-paths.js';

const dir = process.argv[2] ?? join(RESOURCES_DIR, '..', '..', 'shared', 'data', 'petrarch-phoenix-dictionaries');
const COMMIT = '676801cd9cb2924bbbad09f86d15c9323e7097bf';
const lines = readFileSync(join(dir, 'CAMEO.2.0.txt'), 'utf8').split(/\r?\n/);

/** A word or phrase of the dictionary as Sitrep writes it: lower case, words joined by `_`, no markers. */
const phrase = (raw: string) =>
  raw
    .replace(/^[+$%^]+/u, '')
    .replace(/_+$/u, '')
    .toLowerCase();

const synsets = new Map<string, string[]>();
let current: string[] | undefined;
let inPatterns = false;
for (const line of lines) {
  if (line.startsWith('####### VERB PATTERNS')) inPatterns = true;
  if (inPatterns) break;
  const head = /^&(\S+)/u.exec(line);
  if (head?.[1]) synsets.set(head[1].replace(/_+$/u, ''), (current = []));
  else if (current && /^\+\S/u.test(line)) current.push(phrase(line.trim().split(/\s+/u)[0] ?? ''));
  else if (!line.trim()) current = undefined;
}

// Phoenix.prepositions.txt (same dictionaries): a preposition or particle of a pattern ("break with", "fire at")
// belongs to the verb or noun right before it, not to any word a few places on.
const prepositions = new Set(
  readFileSync(join(dir, 'Phoenix.prepositions.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.trim().toLowerCase()),
);

/** One pattern element: its alternatives, `|`-separated; `=` marks a word that must follow the previous at once,
 *  `^` a preposition, which may have at most one word between it and the previous. */
function elements(side: string): string[] | undefined {
  const out: string[] = [];
  // Parentheses mark a prepositional phrase and braces a compound: both keep their words in order; a compound's
  // words are adjacent.
  for (const group of side.match(/\{[^}]*\}|\([^)]*\)|\S+/gu) ?? []) {
    const compound = group.startsWith('{');
    const words = group.replace(/[{}()]/gu, ' ').trim().split(/\s+/u).filter((w) => w && !/^[$+%^]+$/u.test(w));
    words.forEach((w, i) => {
      const name = w.replace(/^[$+%^]+/u, '');
      const alts = name.startsWith('&') ? synsets.get(name.slice(1).replace(/_+$/u, '')) : [phrase(name)];
      if (!alts || alts.length === 0) return;
      const mark = compound && i > 0 ? '=' : alts.every((a) => prepositions.has(a)) ? '^' : '';
      out.push(`${mark}${[...new Set(alts)].join('|')}`);
    });
  }
  return out.every((e) => /^[=^]?[\p{Ll}\p{N}'_|.-]+$/u.test(e)) ? out : undefined;
}

const code = (raw: string | undefined) => {
  const parts = (raw ?? '').split(':').map((p) => p.trim()).filter(Boolean);
  return parts[0] ?? '---';
};

const out: string[] = [
  '# English verbs with their CAMEO codes, derived by scripts/build-cameo-verbs.ts from the PETRARCH2 CAMEO verb',
  `# dictionary (github.com/openeventdata/petrarch2, commit ${COMMIT}, petrarch2/data/dictionaries/CAMEO.2.0.txt;`,
  '# MIT licence, © 2015 Open Event Data Alliance; composed from the TABARI CAMEO dictionaries and WordNet synonym sets).',
  '# The claim stage reads it only for a sentence none of its own triggers (claim-triggers.tsv) matched; the codes map',
  '# to claim types through resources/ontology/cameo-claim-types.tsv.',
  '# Rows (tab-separated):',
  '#   auxiliary  the forms of "to be" that make a participle after them passive',
  '#   infinitive  the word that makes the verb after it the act of the verb before it (Sitrep\'s own row)',
  '#   determiner  words after which a verb\'s bare form is a noun ("a senior al-Qaeda suspect"; Sitrep\'s own row)',
  '#   verb     block, verb (words joined by _), its forms (| -separated; - : the regular inflections of the first word),',
  '#            its code (- : the block default)',
  '#   block    block, default code (--- : none)',
  '#   pattern  block, words before the verb, words after it, code (--- : the verb means no event there). Each',
  '#            space-separated element lists alternatives with |; = marks a word that must follow the previous at once,',
  '#            ^ a preposition (Phoenix.prepositions.txt), which may have at most one word between it and the previous.',
];
// The forms of "to be" after which a participle is passive ("was attacked"), from the dictionary's own sets.
const be = [...(synsets.get('AUXVERB1') ?? []), ...(synsets.get('TOBEVERB') ?? [])];
out.push(['auxiliary', [...new Set(be)].join('|')].join('\t'));
// Sitrep's own row: "prepared to attend", "wants to help": a verb followed by this word and another verb of the list
// only introduces that one, which is the act.
out.push(['infinitive', 'to'].join('\t'));
// Sitrep's own row: "a senior al-Qaeda suspect", "the US attack": a verb's bare form a few words after one of these
// words, with no plural noun between that could be its subject, is a noun.
out.push(['determiner', 'a|an|the|this|that|its|his|her|their|our|any|each|every|another'].join('\t'));
let block = '';
let patterns = 0;
let verbs = 0;
for (const raw of lines.slice(lines.findIndex((l) => l.startsWith('####### VERB PATTERNS')) + 1)) {
  const line = raw.replace(/#.*$/u, '').trimEnd();
  if (!line.trim()) continue;
  const head = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/u.exec(line);
  if (head?.[1]) {
    block = head[1];
    out.push(['block', block, code(head[2])].join('\t'));
    continue;
  }
  if (line.startsWith('-')) {
    const m = /^-\s+(.*?)\s*\[([^\]]*)\]\s*$/u.exec(line);
    if (!m?.[1]) continue;
    const star = m[1].split(/\s+/u).indexOf('*');
    if (star < 0) continue;
    const words = m[1].split(/\s+/u);
    const before = elements(words.slice(0, star).join(' '));
    const after = elements(words.slice(star + 1).join(' '));
    if (!before || !after || before.length + after.length === 0) continue;
    out.push(['pattern', block, before.join(' ') || '-', after.join(' ') || '-', code(m[2])].join('\t'));
    patterns++;
    continue;
  }
  const v = /^(\+?[A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/u.exec(line.trim());
  if (!v?.[1]) continue;
  const forms = v[2] ? [v[1], ...v[2].slice(1, -1).trim().split(/\s+/u).filter(Boolean)].map(phrase) : undefined;
  out.push(['verb', block, phrase(v[1]), forms ? [...new Set(forms)].join('|') : '-', v[3] ? code(v[3].slice(1, -1)) : '-'].join('\t'));
  verbs++;
}
writeFileSync(join(RESOURCES_DIR, 'lexicons', 'en', 'cameo-verbs.tsv'), `${out.join('\n')}\n`);
console.log(`cameo-verbs.tsv: ${verbs} verbs, ${patterns} patterns, ${synsets.size} synonym sets expanded`);
