import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDataLines } from './line-file.js';
import { RESOURCES_DIR } from './resource-paths.js';

/** One row of resources/lexicons/languages.tsv: a language Sitrep has lexicons for. */
export interface LanguageInfo {
  /** ISO 639-1: the lexicon folder's name and the `lang` written on reports. */
  lang: string;
  /** ISO 639-3, as the language identifier (franc) names it. */
  iso639_3: string;
  /** chrono-node locale for dates our own grammar leaves; undefined = the English reader. */
  chrono?: string;
}

export const LANGUAGES_FILE = join('lexicons', 'languages.tsv');

/**
 * The languages listed in resources/lexicons/languages.tsv, in file order (the first is the fallback for texts too
 * short to identify). A row whose folder is missing is an error that names the row: a language is its data.
 */
export function readLanguages(root: string = RESOURCES_DIR): LanguageInfo[] {
  const rows = readDataLines(LANGUAGES_FILE, root);
  if (rows.length === 0) throw new Error(`${join(root, LANGUAGES_FILE)}: no languages listed; add a row "lang<TAB>iso639_3<TAB>chrono" per language`);
  const seen = new Set<string>();
  return rows.map(({ fields, ref }) => {
    const [lang = '', iso639_3 = '', chrono = '-'] = fields;
    if (!/^[a-z]{2,3}$/.test(lang) || !/^[a-z]{3}$/.test(iso639_3)) {
      throw new Error(`${ref}: expected an ISO 639-1 code and an ISO 639-3 code (e.g. "es<TAB>spa<TAB>es"); fix the line`);
    }
    if (seen.has(lang)) throw new Error(`${ref}: "${lang}" is listed twice; keep one row`);
    seen.add(lang);
    if (!existsSync(join(root, 'lexicons', lang))) {
      throw new Error(`${ref}: no folder lexicons/${lang}/ beside languages.tsv; add its lexicon files or remove the row`);
    }
    return { lang, iso639_3, ...(chrono !== '-' ? { chrono } : {}) };
  });
}

/** The ISO 639-1 codes of `readLanguages`, in file order. */
export function languageCodes(root: string = RESOURCES_DIR): string[] {
  return readLanguages(root).map((l) => l.lang);
}
