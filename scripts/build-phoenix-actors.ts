/**
 * One-off: derives resources/actors/phoenix-actors.tsv from the Phoenix/PETRARCH2 actor dictionaries
 * (openeventdata/petrarch2, MIT): the world's heads of state and government with the dates they held office
 * (Phoenix.Countries.actors.txt), the heads of international bodies (Phoenix.International.actors.txt,
 * "IGOrulers"), and the named non-state armed groups that Phoenix codes with a country (Phoenix.MilNonState).
 * Run from the package root: `npx tsx scripts/build-phoenix-actors.ts [dictionaries-dir]` (default
 * ../shared/data/petrarch-phoenix-dictionaries). The pipeline reads only the output, never the shared folder.
 *
 * What is kept, so that names do not flood the text with false matches:
 * - persons: a CountryInfo entry with a plain `<ISO>GOV` term and an `<ISO>ELI` term (the leaders list, not the
 *   thousands of ministers); names of two words both common in the dictionary ("Ali Hassan", "Abdul Qadir") are
 *   dropped; variants carrying a title ("PRESIDENT_BUSH") are dropped; the surname is kept apart, for "President
 *   Mugabe" only (never matched alone);
 * - groups: codes whose first three letters are a country (regional codes MEA, SAS, WEU … are dropped), names of
 *   at least three words (two-word names are mostly common phrases: "Direct Action", "National Front"; a short list
 *   of well-known ones is kept), no digits; acronyms are not kept (too many clash).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES_DIR } from '../src/resources/resource-paths.js';

const dir = process.argv[2] ?? join(RESOURCES_DIR, '..', '..', 'shared', 'data', 'petrarch-phoenix-dictionaries');
const COMMIT = '676801cd9cb2924bbbad09f86d15c9323e7097bf';

const countries = new Set(
  readFileSync(join(RESOURCES_DIR, 'actors', 'countries.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0] as string),
);
const curatedIds = new Set(
  readFileSync(join(RESOURCES_DIR, 'actors', 'persons.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0] as string),
);

interface Block {
  name: string;
  alts: string[];
  codes: string[];
  comment: string;
}

function blocks(file: string): Block[] {
  const out: Block[] = [];
  let cur: Block | undefined;
  for (const raw of readFileSync(join(dir, file), 'latin1').split(/\r?\n/)) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const [body = '', ...comment] = raw.split('#');
    if (raw.startsWith('+')) {
      cur?.alts.push(body.slice(1).trim());
    } else if (cur && cur.codes.length === 0 && comment.length === 0 && !/^\s/.test(raw)) {
      // Some blocks list their variants with no "+" ("BORIS_YELTSIN_" then "BORIS_N._YELTSIN", "YELTSIN"): a name
      // line before the block has any code is one more variant, not a new block.
      cur.alts.push(body.trim());
    } else if (/^\s/.test(raw)) {
      cur?.codes.push(...[...body.matchAll(/\[([^\]]+)\]/g)].map((m) => (m[1] as string).trim()));
      // A block's source note may stand on its last code line ("KOFI_ANNAN_ … [ELI]# IGOrulers.txt").
      if (cur && comment.length) cur.comment = [cur.comment, comment.join('#')].filter(Boolean).join('#');
    } else {
      // A few names hold a run of spaces where an underscore belongs ("OMAR_HASSAN_AHMAD  AL_BASHIR_"); some carry a
      // note in brackets ("(acting)"), and leaders a title after a comma ("…_ROBINSON, BARON MARTONMERE"): the name
      // is before. (A group's comma stays, and the group is left out as before.)
      const bare = (body.split('[')[0] ?? '').replace(/\(.*$/, '');
      const head = /CountryInfo|IGOrulers/.test(comment.join('#')) ? (bare.split(',')[0] ?? '') : bare;
      const name = head.trim().replace(/\s+/g, '_');
      cur = { name, alts: [], codes: [...body.matchAll(/\[([^\]]+)\]/g)].map((m) => (m[1] as string).trim()), comment: comment.join('#') };
      out.push(cur);
    }
  }
  return out;
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'y', 'abu', 'ould', 'ben']);
const TITLES = /(^|_)(THE|GOV\.|ADMINISTRATION|GOVERNMENT|PRESIDENT|MINISTER|PREMIER|KING|QUEEN|PRINCE|SHEIKH|SHAIKH|GENERAL|GEN\.|SECRETARY|CHANCELLOR|CHAIRMAN|LEADER|CHIEF|MR\.?|MRS\.?|DR\.?|SIR|LORD|EMIR|AMIR|SULTAN|COLONEL|COL\.|MARSHAL|ADMIRAL|AMBASSADOR|ENVOY|GOVERNOR|SENATOR|US|U\.S\.|UNITED_NATIONS|UN|FORMER|DEPUTY|VICE|PARTY|MOSCOW)(_|$)/;

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'at', 'a', 'an', 'by', 'with']);
const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/;

/** "ABDELAZIZ_BOUTEFLIKA_" → "Abdelaziz Bouteflika"; "OMAR_AL-BASHIR" → "Omar al-Bashir"; "HASSAN_II" → "Hassan II". */
function display(name: string): string {
  return name
    .replace(/_+$/, '')
    .split('_')
    .filter(Boolean)
    .map((w, i) =>
      w
        .toLowerCase()
        .split('-')
        .map((p, j) => {
          if (ROMAN.test(p) && i > 0) return p.toUpperCase();
          if ((PARTICLES.has(p) || SMALL.has(p)) && (i > 0 || j > 0)) return p;
          return p.charAt(0).toUpperCase() + p.slice(1);
        })
        .join('-'),
    )
    .join(' ');
}

const slug = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Phoenix dates: YYMMDD (two-digit years up to 2014) or YYYYMMDD. */
function isoDate(d: string): string {
  if (d.length === 8) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  const yy = Number(d.slice(0, 2));
  return `${yy <= 14 ? 2000 + yy : 1900 + yy}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
}

interface Term {
  code: string;
  from?: string;
  to?: string;
  open: boolean;
}

function term(code: string): Term {
  const [c = '', range = ''] = code.split(/\s+/);
  if (range.startsWith('>')) return { code: c, from: isoDate(range.slice(1)), open: true };
  const m = /^(\d{6,8})-(\d{6,8})$/.exec(range);
  if (m) return { code: c, from: isoDate(m[1] as string), to: isoDate(m[2] as string), open: false };
  return { code: c, open: range === '' };
}

// Words common enough in the dictionary's names that two of them together name many people.
const tokenFreq = new Map<string, number>();
const countryBlocks = blocks('Phoenix.Countries.actors.txt');
for (const b of countryBlocks) for (const t of new Set(b.name.replace(/_+$/, '').split('_'))) tokenFreq.set(t, (tokenFreq.get(t) ?? 0) + 1);
const distinctive = (name: string): boolean => {
  const words = name.replace(/_+$/, '').split('_').filter((w) => w && !PARTICLES.has(w.toLowerCase()));
  if (words.length < 2) return false;
  return words.length >= 3 || words.some((w) => (tokenFreq.get(w) ?? 0) < 20);
};

const rows: string[] = [];
const seen = new Set<string>(curatedIds);
function addPerson(b: Block, country: string, partOfCode: string, terms: Term[]): void {
  const label = display(b.name);
  const id = `person:${slug(label)}`;
  if (seen.has(id) || !distinctive(b.name)) return;
  seen.add(id);
  const from = terms.map((t) => t.from).filter((d): d is string => !!d).sort()[0] ?? '';
  const to = terms.some((t) => t.open) ? '' : (terms.map((t) => t.to).filter((d): d is string => !!d).sort().pop() ?? '');
  const alts = [...new Set(b.alts.filter((a) => !TITLES.test(a) && !a.includes('+') && distinctive(a)).map(display))].filter((a) => a !== label);
  const words = label.split(' ').filter((w) => !PARTICLES.has(w.toLowerCase()) && !ROMAN.test(w.toLowerCase()));
  // "Hassan II" is "King Hassan"; "Robert Mugabe" is "President Mugabe".
  const surname = words.length >= 2 ? (words[words.length - 1] as string) : words.length === 1 && label.split(' ').length > 1 ? (words[0] as string) : '';
  rows.push([id, 'person', country, label, 'GOV', from, to, partOfCode, surname, alts.join('|')].join('\t'));
}

// Heads of state and government: CountryInfo entries with a plain GOV term and an ELI term.
let leaders = 0;
for (const b of countryBlocks) {
  if (!b.comment.includes('CountryInfo')) continue;
  const terms = b.codes.map(term);
  const gov = terms.filter((t) => /^[A-Z]{3}GOV$/.test(t.code) && countries.has(t.code.slice(0, 3)));
  if (gov.length === 0 || !terms.some((t) => /^[A-Z]{3}ELI$/.test(t.code))) continue;
  const byCountry = new Map<string, number>();
  for (const t of gov) byCountry.set(t.code.slice(0, 3), (byCountry.get(t.code.slice(0, 3)) ?? 0) + 1);
  const country = [...byCountry].sort((a, z) => z[1] - a[1])[0]?.[0] as string;
  const before = rows.length;
  addPerson(b, country, country, gov.filter((t) => t.code.startsWith(country)));
  if (rows.length > before) leaders++;
}

// Heads of international bodies ("IGOrulers"): Sitrep's row for the body when it has one.
const IGO_ROWS: [RegExp, string][] = [
  [/^IGOUNO/, 'un'],
  [/^IGOWSTNAT/, 'nato'],
  [/^IGOEUREEC/, 'eu'],
  [/^IGOMEAARL/, 'arab-league'],
  [/^IGOAFRAFU/, 'african-union'],
  [/^IGOBUSIMF/, 'imf'],
  [/^IGOBUSOPC|^IGOOPC/, 'opec'],
];
let rulers = 0;
for (const b of blocks('Phoenix.International.actors.txt')) {
  if (!b.comment.includes('IGOrulers')) continue;
  const terms = b.codes.map(term).filter((t) => t.from);
  const row = terms.map((t) => IGO_ROWS.find(([re]) => re.test(t.code))?.[1]).find(Boolean);
  if (!row) continue;
  const before = rows.length;
  addPerson(b, '', row, terms.filter((t) => IGO_ROWS.find(([re]) => re.test(t.code))?.[1] === row));
  if (rows.length > before) rulers++;
}

// Non-state armed groups coded with a country. Two-word names are mostly common phrases ("Direct Action",
// "National Front", "Red Line"): only these are kept.
const TWO_WORD_GROUPS = new Set(['Shining Path', 'Ansar al-Islam', 'Turkish Hezbollah', 'Action Directe', 'Armata Corsa', 'Ansar al-Din', 'Khmer Rouge']);
const groupName = (n: string): boolean =>
  !/\d|,/.test(n) && (n.split(' ').length >= 3 || TWO_WORD_GROUPS.has(n));
let groups = 0;
for (const b of blocks('Phoenix.MilNonState.actors.txt')) {
  const code = b.codes[0] ?? '';
  const country = code.slice(0, 3);
  if (!/^[A-Z]{3}REB/.test(code) || !countries.has(country)) continue;
  const clean = (n: string): string => display(n.replace(/_?\([^)]*\)_?/g, '_'));
  const label = clean(b.name);
  const id = `phx:${slug(label)}`;
  if (!groupName(label) || seen.has(id)) continue;
  seen.add(id);
  const alts = [...new Set(b.alts.filter((a) => !a.includes('+')).map(clean))].filter((a) => a !== label && groupName(a));
  rows.push([id, 'non-state-armed-group', country, label, 'REB', '', '', '', '', alts.join('|')].join('\t'));
  groups++;
}

const header = [
  '# Heads of state and government, heads of international bodies and named non-state armed groups, derived by',
  `# scripts/build-phoenix-actors.ts from the Phoenix/PETRARCH2 actor dictionaries (github.com/openeventdata/petrarch2,`,
  `# commit ${COMMIT}, petrarch2/data/dictionaries/Phoenix.{Countries,International,MilNonState}.actors.txt;`,
  '# MIT licence, © 2014 Open Event Data Alliance; the leaders come from CountryInfo via Phoenix). 2014 vintage: no',
  '# later leaders. Rows whose id exists in actors.tsv/persons.tsv are curated there instead.',
  '# Columns (tab-separated): id, type (person | non-state-armed-group), country (ISO-3), label, sector (PLOVER),',
  '#   valid_from, valid_to (the terms in office, first to last), part_of (a person: the ISO-3 of the state whose',
  '#   government they led, or the actor id of the international body), surname (matched only after a title:',
  '#   "President Mugabe"), aliases (`|`-separated). Every name is matched case-sensitively on its capitalised words.',
];
writeFileSync(join(RESOURCES_DIR, 'actors', 'phoenix-actors.tsv'), [...header, ...rows].join('\n') + '\n');
console.log(`wrote ${rows.length} rows: ${leaders} leaders, ${rulers} heads of international bodies, ${groups} armed groups`);
