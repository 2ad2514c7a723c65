import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlacePrecision } from '../../model/place.js';
import type { PlaceMention } from '../../model/mention.js';
import { RESOURCES_DIR } from '../../resources/resource-paths.js';
import { cueText } from './cue-text.js';
import { PLACE_WORD_CLASSES, type PlaceWordClass } from './place-words.js';
import { languageCodes } from '../../resources/languages.js';

export type PlaceRelation = NonNullable<PlaceMention['relation']>;

export interface PlaceCue {
  position: 'before' | 'after';
  /** As written in the data file, for `cue` and reasons. */
  text: string;
  /** Normalised with cueText, trimmed. */
  norm: string;
  relation: PlaceRelation;
  /** `admin1`, `locality`, `country`, a curated kind, or `any`. */
  prefer: string;
  precision: PlacePrecision | 'auto';
  rule: string;
  /** A plural cue that names the kind of every member of a list ("Idlib and Hama provinces"). */
  list?: boolean;
  /** The generic word a unit's own name carries, to look the bare name up with ("Sarpy" → "Sarpy County"). */
  unitName?: string;
}

/** Word lists the place stage needs for one language, read once by the factory. */
export interface PlaceLexicon {
  lang: string;
  cues: PlaceCue[];
  /** Lowercased spans that are never places. */
  stoplist: Set<string>;
  /** Lowercased names of armed groups and organisations in the actor lexicon ("Taliban", "Wagner"): a name that is
   *  theirs is no place, whatever village shares it. */
  organisationNames?: Set<string>;
  /** Lowercased demonym → ISO-2 country ('' for groups with no country, "kurdes"). */
  demonyms: Map<string, string>;
  /** Words for the people of a region, not of a nation ("Basque" → ES, "Chechen" → RU): hints of a report's
   *  country, never a nationality (place-regional-demonyms.tsv). */
  regionalDemonyms: Map<string, string>;
  /** Abbreviation as written, full stops included ("Ind.", "U.S.") → gazetteer id. */
  abbreviations: Map<string, string>;
  /** Lowercased words that are no place on their own but open names ("south"); unlike stop words, they may. */
  bareWords: Set<string>;
  /** Lowercased titles that introduce a person's name ("sen", "mr"). */
  titles: Set<string>;
  /** Lowercased verbs of saying; a single name right before one is a person's ("Hartl said"). */
  speechVerbs?: Set<string>;
  /** Lowercased newspaper nouns; a name right before one titles a paper ("New York Times"), not a place. */
  mediaWords?: Set<string>;
  /** Words that, right before a place name, make it a broadcaster's or agency's name ("Radio Pyongyang"). */
  mediaHeads?: Set<string>;
  /** Lowercased nouns that end a street's name ("street", "drive"). */
  streetWords?: Set<string>;
  /** Given names as written ("Margaret", "Chad"): a place name next to one is part of a person's name. */
  givenNames?: Set<string>;
  /** Lowercased nouns that after a given name show a place is meant ("Jordan Valley", "Austin Police"). */
  placeHeads?: Set<string>;
  /** The commonest words, lower case: a lone capitalised one ("Hall", "More") is a word unless shown a place. */
  commonWords?: Set<string>;
  /** Lowercased nouns that after a place name name something called after it ("Marburg virus", "Melbourne Cup"). */
  eponymWords?: Set<string>;
  /** Lowercased nouns that, capitalised after a place name, make it part of a facility's name ("Auckland Zoo"); with a
   *  leading "!", words that after such a noun make it an administrative body instead ("School District"). */
  facilityWords?: Set<string>;
  /** Lowercased words that, right before a place name, make it part of a facility's name ("University of Calgary",
   *  "université d'Alep"). */
  facilityHeads?: Set<string>;
  /** Lowercased season names: before a year ("Spring 2002", "the Summer of 2008") a date, not a place. */
  seasonWords?: Set<string>;
  /** Lowercased names of peoples and faiths ("Christians", "chiites"): never a place the gazetteer lacks. */
  peoples?: Set<string>;
  /** Lowercased words after which the next name is a storm's, an operation's or a term's ("Hurricane Katrina",
   *  "Operation Desert Storm", "Agent Orange"), not a place. */
  termHeads?: Set<string>;
  /** Lowercased landform nouns that, capitalised after a name, make one place of both ("Salinas Valley"). */
  landformWords?: Set<string>;
  /** The function words read between names (place-words.tsv), by class. */
  words: Map<PlaceWordClass, string[]>;
}

export interface PlaceLexicons {
  byLang: Map<string, PlaceLexicon>;
  /** Lowercase words allowed inside a name ("ez" in "Deir ez-Zor"). */
  particles: Set<string>;
  /** Lowercase words that open many names ("ain", "ras", "bab"): alone before more name, no place. */
  openers: Set<string>;
}

function rows(path: string): { line: number; fields: string[] }[] {
  const text = readFileSync(path, 'utf8');
  const out: { line: number; fields: string[] }[] = [];
  text.split('\n').forEach((raw, i) => {
    const l = raw.replace(/\r$/, '');
    if (l.trim() !== '' && !l.startsWith('#')) out.push({ line: i + 1, fields: l.split('\t') });
  });
  return out;
}

function readOptional<T>(path: string, read: (p: string) => T, empty: T): T {
  try {
    return read(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return empty;
    throw e;
  }
}

function loadLexicon(lang: string, dir: string): PlaceLexicon {
  const base = join(dir, 'lexicons', lang);
  // One word per line, in lower case unless the file is compared as written (given names are capitalised).
  const words = (file: string, form: 'lower' | 'as written' = 'lower'): Set<string> => {
    const all = readOptional(join(base, file), rows, []).map(({ fields }) => fields[0] ?? '');
    return new Set(form === 'lower' ? all.map((w) => w.toLowerCase()) : all);
  };
  const cues = readOptional(join(base, 'place-cues.tsv'), rows, []).map(({ line, fields }): PlaceCue => {
    const [position = 'before', text = '', relation = 'in', prefer = 'any', precision = 'auto', scope = '', unitName = ''] = fields;
    const cue: PlaceCue = {
      position: position === 'after' ? 'after' : 'before',
      text,
      norm: cueText(text).trim(),
      relation: relation as PlaceRelation,
      prefer,
      precision: precision as PlacePrecision | 'auto',
      rule: `places:${lang}/place-cues.tsv:${line}`,
    };
    if (scope === 'list') cue.list = true;
    if (unitName) cue.unitName = unitName;
    return cue;
  });
  // Longest first, so "la province de" wins over "de" and "province de".
  cues.sort((a, b) => b.norm.length - a.norm.length);
  const stoplist = words('place-stoplist.txt');
  const placeWordLists = new Map<PlaceWordClass, string[]>();
  for (const { line, fields } of readOptional(join(base, 'place-words.tsv'), rows, [])) {
    const [cls = '', word = ''] = fields.map((f) => f.trim());
    if (!(PLACE_WORD_CLASSES as readonly string[]).includes(cls) || !word) {
      throw new Error(`lexicons/${lang}/place-words.tsv:${line}: expected a class (${PLACE_WORD_CLASSES.join(', ')}) and a word; fix the line`);
    }
    placeWordLists.set(cls as PlaceWordClass, [...(placeWordLists.get(cls as PlaceWordClass) ?? []), word.toLowerCase()]);
  }
  const organisationNames = organisationAliases(dir, base);
  // A people's word (lower-cased) → its country, from a two-column file.
  const wordCountries = (file: string) => {
    const out = new Map<string, string>();
    for (const { fields } of readOptional(join(base, file), rows, [])) {
      if (fields[0]) out.set(fields[0].toLowerCase(), (fields[1] ?? '').trim());
    }
    return out;
  };
  const demonyms = wordCountries('place-demonyms.tsv');
  const regionalDemonyms = wordCountries('place-regional-demonyms.tsv');
  const abbreviations = new Map<string, string>();
  for (const { fields } of readOptional(join(base, 'place-abbreviations.tsv'), rows, [])) {
    if (fields[0] && fields[1]) abbreviations.set(fields[0].trim(), fields[1].trim());
  }
  const titles = words('place-person-titles.txt');
  const bareWords = words('place-bare-words.txt');
  const speechVerbs = words('place-speech-verbs.txt');
  const mediaWords = words('place-media-words.txt');
  const mediaHeads = words('place-media-heads.txt');
  const streetWords = words('place-street-words.txt');
  const givenNames = words('place-given-names.txt', 'as written');
  const placeHeads = words('place-name-heads.txt');
  const commonWords = words('place-common-words.txt', 'as written');
  const eponymWords = words('place-eponym-words.txt');
  const facilityWords = words('place-facility-words.txt');
  const facilityHeads = words('place-facility-heads.txt');
  const seasonWords = words('place-season-words.txt');
  const peoples = words('place-peoples.txt');
  const termHeads = words('place-term-heads.txt');
  const landformWords = words('place-landform-words.txt');
  return {
    lang,
    cues,
    stoplist,
    words: placeWordLists,
    organisationNames,
    demonyms,
    regionalDemonyms,
    abbreviations,
    titles,
    bareWords,
    speechVerbs,
    mediaWords,
    mediaHeads,
    streetWords,
    givenNames,
    placeHeads,
    commonWords,
    eponymWords,
    facilityWords,
    facilityHeads,
    seasonWords,
    peoples,
    termHeads,
    landformWords,
  };
}

/** Actor types whose names are never places: groups and organisations (states, forces and persons may share them). */
const ORGANISATION_TYPES = new Set(['non-state-armed-group', 'militia', 'international-org', 'monitor', 'media']);

/** The language's aliases of the actor lexicon's groups and organisations, lowercased. */
function organisationAliases(dir: string, base: string): Set<string> {
  const types = new Map(readOptional(join(dir, 'actors', 'actors.tsv'), rows, []).map(({ fields }) => [fields[0] ?? '', fields[1] ?? '']));
  const out = new Set<string>();
  for (const { fields } of readOptional(join(base, 'actor-aliases.tsv'), rows, [])) {
    const [alias = '', actor = ''] = fields;
    if (alias && ORGANISATION_TYPES.has(types.get(actor) ?? '')) out.add(alias.toLowerCase());
  }
  return out;
}

/** A landform noun of any of the lexicons ("valley", "bay"), compared in lowercase. */
export function isLandformWord(lexicons: readonly PlaceLexicon[], word: string): boolean {
  const w = word.toLowerCase();
  return lexicons.some((l) => l.landformWords?.has(w));
}

/** Read the place lexicons of the given languages from `resources/`. */
export function loadPlaceLexicons(langs: string[] = languageCodes(), dir: string = RESOURCES_DIR): PlaceLexicons {
  const particles = new Set(rows(join(dir, 'places', 'name-particles.txt')).map(({ fields }) => fields[0] ?? ''));
  const openers = new Set(rows(join(dir, 'places', 'name-openers.txt')).map(({ fields }) => (fields[0] ?? '').toLowerCase()));
  return { byLang: new Map(langs.map((l) => [l, loadLexicon(l, dir)])), particles, openers };
}
