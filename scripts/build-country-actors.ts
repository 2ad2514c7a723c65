/**
 * One-off: writes resources/actors/countries.tsv, one `state` actor per ISO 3166-1 country or territory (plus
 * Kosovo), with English and French names from the ICU region names that Node ships (Intl.DisplayNames), the
 * alpha-2 → alpha-3 table below, and a few hand corrections where ICU's display name is not what the press writes.
 * Run from the package root: `npx tsx scripts/build-country-actors.ts`. The pipeline reads only the output file
 * (names differ between ICU versions, so they are frozen there, never computed at run time).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES_DIR } from '../src/resources/resource-paths.js';

// ISO 3166-1 alpha-2 → alpha-3 (249 codes), plus XK → KOS (Kosovo has no ISO code; KOS is PLOVER's).
const ALPHA3: Record<string, string> = {
  AD: 'AND', AE: 'ARE', AF: 'AFG', AG: 'ATG', AI: 'AIA', AL: 'ALB', AM: 'ARM', AO: 'AGO', AQ: 'ATA', AR: 'ARG',
  AS: 'ASM', AT: 'AUT', AU: 'AUS', AW: 'ABW', AX: 'ALA', AZ: 'AZE', BA: 'BIH', BB: 'BRB', BD: 'BGD', BE: 'BEL',
  BF: 'BFA', BG: 'BGR', BH: 'BHR', BI: 'BDI', BJ: 'BEN', BL: 'BLM', BM: 'BMU', BN: 'BRN', BO: 'BOL', BQ: 'BES',
  BR: 'BRA', BS: 'BHS', BT: 'BTN', BV: 'BVT', BW: 'BWA', BY: 'BLR', BZ: 'BLZ', CA: 'CAN', CC: 'CCK', CD: 'COD',
  CF: 'CAF', CG: 'COG', CH: 'CHE', CI: 'CIV', CK: 'COK', CL: 'CHL', CM: 'CMR', CN: 'CHN', CO: 'COL', CR: 'CRI',
  CU: 'CUB', CV: 'CPV', CW: 'CUW', CX: 'CXR', CY: 'CYP', CZ: 'CZE', DE: 'DEU', DJ: 'DJI', DK: 'DNK', DM: 'DMA',
  DO: 'DOM', DZ: 'DZA', EC: 'ECU', EE: 'EST', EG: 'EGY', EH: 'ESH', ER: 'ERI', ES: 'ESP', ET: 'ETH', FI: 'FIN',
  FJ: 'FJI', FK: 'FLK', FM: 'FSM', FO: 'FRO', FR: 'FRA', GA: 'GAB', GB: 'GBR', GD: 'GRD', GE: 'GEO', GF: 'GUF',
  GG: 'GGY', GH: 'GHA', GI: 'GIB', GL: 'GRL', GM: 'GMB', GN: 'GIN', GP: 'GLP', GQ: 'GNQ', GR: 'GRC', GS: 'SGS',
  GT: 'GTM', GU: 'GUM', GW: 'GNB', GY: 'GUY', HK: 'HKG', HM: 'HMD', HN: 'HND', HR: 'HRV', HT: 'HTI', HU: 'HUN',
  ID: 'IDN', IE: 'IRL', IL: 'ISR', IM: 'IMN', IN: 'IND', IO: 'IOT', IQ: 'IRQ', IR: 'IRN', IS: 'ISL', IT: 'ITA',
  JE: 'JEY', JM: 'JAM', JO: 'JOR', JP: 'JPN', KE: 'KEN', KG: 'KGZ', KH: 'KHM', KI: 'KIR', KM: 'COM', KN: 'KNA',
  KP: 'PRK', KR: 'KOR', KW: 'KWT', KY: 'CYM', KZ: 'KAZ', LA: 'LAO', LB: 'LBN', LC: 'LCA', LI: 'LIE', LK: 'LKA',
  LR: 'LBR', LS: 'LSO', LT: 'LTU', LU: 'LUX', LV: 'LVA', LY: 'LBY', MA: 'MAR', MC: 'MCO', MD: 'MDA', ME: 'MNE',
  MF: 'MAF', MG: 'MDG', MH: 'MHL', MK: 'MKD', ML: 'MLI', MM: 'MMR', MN: 'MNG', MO: 'MAC', MP: 'MNP', MQ: 'MTQ',
  MR: 'MRT', MS: 'MSR', MT: 'MLT', MU: 'MUS', MV: 'MDV', MW: 'MWI', MX: 'MEX', MY: 'MYS', MZ: 'MOZ', NA: 'NAM',
  NC: 'NCL', NE: 'NER', NF: 'NFK', NG: 'NGA', NI: 'NIC', NL: 'NLD', NO: 'NOR', NP: 'NPL', NR: 'NRU', NU: 'NIU',
  NZ: 'NZL', OM: 'OMN', PA: 'PAN', PE: 'PER', PF: 'PYF', PG: 'PNG', PH: 'PHL', PK: 'PAK', PL: 'POL', PM: 'SPM',
  PN: 'PCN', PR: 'PRI', PS: 'PSE', PT: 'PRT', PW: 'PLW', PY: 'PRY', QA: 'QAT', RE: 'REU', RO: 'ROU', RS: 'SRB',
  RU: 'RUS', RW: 'RWA', SA: 'SAU', SB: 'SLB', SC: 'SYC', SD: 'SDN', SE: 'SWE', SG: 'SGP', SH: 'SHN', SI: 'SVN',
  SJ: 'SJM', SK: 'SVK', SL: 'SLE', SM: 'SMR', SN: 'SEN', SO: 'SOM', SR: 'SUR', SS: 'SSD', ST: 'STP', SV: 'SLV',
  SX: 'SXM', SY: 'SYR', SZ: 'SWZ', TC: 'TCA', TD: 'TCD', TF: 'ATF', TG: 'TGO', TH: 'THA', TJ: 'TJK', TK: 'TKL',
  TL: 'TLS', TM: 'TKM', TN: 'TUN', TO: 'TON', TR: 'TUR', TT: 'TTO', TV: 'TUV', TW: 'TWN', TZ: 'TZA', UA: 'UKR',
  UG: 'UGA', UM: 'UMI', US: 'USA', UY: 'URY', UZ: 'UZB', VA: 'VAT', VC: 'VCT', VE: 'VEN', VG: 'VGB', VI: 'VIR',
  VN: 'VNM', VU: 'VUT', WF: 'WLF', WS: 'WSM', YE: 'YEM', YT: 'MYT', ZA: 'ZAF', ZM: 'ZMB', ZW: 'ZWE', XK: 'KOS',
};

// Rows that existed before this table: they keep their ids (tests and goldens use them).
const IDS: Record<string, string> = { SYR: 'syr-government', IRQ: 'irq-government' };

// Dependencies are folded into the state that controls them, as PLOVER codes them ("Puerto Rico" → USA); Hong
// Kong, Palestine, Taiwan, Kosovo and Antarctica keep their own code (PLOVER's exceptions).
const SOVEREIGN: Record<string, string> = {
  AS: 'USA', GU: 'USA', MP: 'USA', PR: 'USA', VI: 'USA', UM: 'USA',
  AI: 'GBR', BM: 'GBR', IO: 'GBR', VG: 'GBR', KY: 'GBR', FK: 'GBR', GI: 'GBR', MS: 'GBR', PN: 'GBR', SH: 'GBR',
  TC: 'GBR', GS: 'GBR', GG: 'GBR', JE: 'GBR', IM: 'GBR',
  GF: 'FRA', PF: 'FRA', TF: 'FRA', GP: 'FRA', MQ: 'FRA', YT: 'FRA', NC: 'FRA', RE: 'FRA', BL: 'FRA', MF: 'FRA',
  PM: 'FRA', WF: 'FRA',
  AW: 'NLD', CW: 'NLD', SX: 'NLD', BQ: 'NLD', GL: 'DNK', FO: 'DNK', AX: 'FIN', SJ: 'NOR', BV: 'NOR',
  CX: 'AUS', CC: 'AUS', NF: 'AUS', HM: 'AUS', CK: 'NZL', NU: 'NZL', TK: 'NZL', MO: 'CHN', EH: 'MAR',
};

// Where ICU's display name is not the press's: [label, other names ('|')]. Other spellings that are no
// country's official name ("Britain", "Burma", "Ivory Coast") live in lexicons/<lang>/actor-aliases.tsv.
const EN: Record<string, [string, string]> = {
  TR: ['Turkey', 'Türkiye'],
  CZ: ['Czech Republic', 'Czechia'],
  CD: ['Democratic Republic of the Congo', 'Congo-Kinshasa|DR Congo'],
  CG: ['Republic of the Congo', 'Congo-Brazzaville|Congo'],
  CI: ["Côte d'Ivoire", ''],
  PS: ['Palestine', 'Palestinian Territories'],
  HK: ['Hong Kong', ''],
  MO: ['Macao', 'Macau'],
  MM: ['Myanmar', 'Burma'],
  VA: ['Vatican', 'Vatican City|Holy See'],
  SZ: ['Eswatini', 'Swaziland'],
  MK: ['North Macedonia', ''],
  TL: ['Timor-Leste', 'East Timor'],
  CV: ['Cape Verde', 'Cabo Verde'],
  UM: ['U.S. Outlying Islands', ''],
};
const FR: Record<string, [string, string]> = {
  CD: ['République démocratique du Congo', 'Congo-Kinshasa|RD Congo'],
  CG: ['République du Congo', 'Congo-Brazzaville|Congo'],
  CI: ["Côte d'Ivoire", ''],
  PS: ['Palestine', 'Territoires palestiniens'],
  HK: ['Hong Kong', ''],
  MO: ['Macao', ''],
  MM: ['Birmanie', 'Myanmar'],
  VA: ['Vatican', 'Cité du Vatican|Saint-Siège'],
  VN: ['Vietnam', 'Viêt Nam'],
  // "Maurice" alone is a common first name: the island keeps only its long forms.
  MU: ['île Maurice', 'République de Maurice'],
  SX: ['Sint Maarten', ''],
};

// French grammatical gender.number of the country name, for pronoun agreement: most names in -e are feminine.
const MASCULINE_E = new Set(['MX', 'KH', 'MZ', 'ZW', 'BZ', 'SR', 'AQ']);
const FEMININE = new Set(['CY', 'MT', 'GD', 'BB', 'JM', 'CI', 'DM', 'GP', 'MQ', 'RE', 'NC', 'PF', 'GF', 'MU', 'GW', 'ZA']);
const PLURAL_M = new Set(['US', 'NL', 'AE', 'BQ', 'UM']);
const PLURAL_F = new Set(['PH', 'KM', 'MV', 'SC', 'BS', 'FJ', 'WS', 'MH', 'SB', 'VG', 'VI', 'KY', 'CK', 'FK', 'FO', 'TC', 'MP', 'AX', 'CC', 'TF', 'HM', 'BM']);

function gramFr(iso2: string, name: string): string {
  if (PLURAL_M.has(iso2)) return 'm.p';
  if (PLURAL_F.has(iso2) || /^[ÎI]les\b/.test(name)) return 'f.p';
  if (FEMININE.has(iso2)) return 'f.s';
  if (MASCULINE_E.has(iso2)) return 'm.s';
  return /e$/.test(name) ? 'f.s' : 'm.s';
}

/** ICU names use "&", "St." and curly apostrophes; the press writes "and"/"et", "Saint", "'". */
function variants(name: string, lang: 'en' | 'fr'): string[] {
  const out = new Set<string>();
  const base = name.replace(/’/g, "'");
  const paren = /^(.*?)\s*\((.*)\)$/.exec(base);
  // "Myanmar (Burma)" gives both names; "Saint-Martin (partie néerlandaise)" only the first.
  const forms = paren ? [paren[1] as string, ...(/^\p{Lu}/u.test(paren[2] as string) ? [paren[2] as string] : [])] : [base];
  for (const f of forms) {
    out.add(f);
    if (f.includes('&')) out.add(f.replace(/&/g, lang === 'en' ? 'and' : 'et'));
    if (/\bSt\. /.test(f)) out.add(f.replace(/\bSt\. /g, 'Saint '));
    if (f.includes(' - ')) out.add(f.replace(/ - /g, '-'));
  }
  return [...out];
}

const en = new Intl.DisplayNames('en', { type: 'region' });
const enShort = new Intl.DisplayNames('en', { type: 'region', style: 'short' });
const fr = new Intl.DisplayNames('fr', { type: 'region' });
const frShort = new Intl.DisplayNames('fr', { type: 'region', style: 'short' });

function names(iso2: string, lang: 'en' | 'fr'): { label: string; others: string[] } {
  const fix = (lang === 'en' ? EN : FR)[iso2];
  const long = (lang === 'en' ? en : fr).of(iso2) ?? iso2;
  const short = (lang === 'en' ? enShort : frShort).of(iso2) ?? iso2;
  // Short forms with dots are abbreviations ("R.-U."), not names.
  const shorts = short.includes('.') ? [] : variants(short, lang);
  const all = fix ? [fix[0], ...fix[1].split('|').filter(Boolean)] : [...variants(long, lang), ...shorts];
  // Two-letter short forms ("US", "UK") are case-sensitive acronyms: they live in actor-aliases.tsv.
  const kept = [...new Set(all)].filter((n) => n.length > 2 && n !== iso2);
  const label = fix?.[0] ?? kept[0] ?? long;
  return { label, others: kept.filter((n) => n !== label) };
}

const rows: string[] = [];
const codes = Object.keys(ALPHA3).sort();
if (codes.length !== 250) throw new Error(`expected 249 ISO codes + XK, got ${codes.length}`);
for (const iso2 of codes) {
  const iso3 = ALPHA3[iso2] as string;
  const e = names(iso2, 'en');
  const f = names(iso2, 'fr');
  rows.push([iso3, iso2, IDS[iso3] ?? iso3.toLowerCase(), e.label, f.label, gramFr(iso2, f.label), SOVEREIGN[iso2] ?? '', e.others.join('|'), f.others.join('|')].join('\t'));
}
const header = [
  '# Every country and territory of ISO 3166-1 (and Kosovo) as a `state` actor. Written for Sitrep (MIT) by',
  '# scripts/build-country-actors.ts from Unicode CLDR region names as shipped in Node\'s ICU (Intl.DisplayNames,',
  '# Unicode licence) and a hand-written alpha-2 → alpha-3 table; a few names corrected by hand in the script.',
  '# The loader (src/resources/actor-lexicon.ts) makes each row an actor (type state, focus_role government) unless',
  '# actors.tsv already has that id, and makes every name an alias flagged `country,cs` in its language.',
  '# Columns (tab-separated): iso3, iso2, id, label_en, label_fr, gram_fr, sovereign (ISO-3 of the state a dependency',
  '#   is folded into, as PLOVER codes it), names_en, names_fr (other names, `|`-separated).',
];
writeFileSync(join(RESOURCES_DIR, 'actors', 'countries.tsv'), [...header, ...rows].join('\n') + '\n');
console.log(`wrote ${rows.length} countries`);
