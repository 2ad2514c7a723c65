import { readDataLines } from '../../resources/line-file.js';

/**
 * Verb lemmas in trigger forms: `@condemn` stands for condemn|condemns|condemned|condemning, `@condamner` for the
 * French forms a report uses. The endings live in resources/lexicons/<lang>/inflections.tsv and the exceptions in
 * irregular-verbs.tsv, so a third language adds its morphology as data, like its triggers.
 */
export interface Morphology {
  /** Longest ending first: `ier` before `er`. */
  rules: { ending: string; suffixes: string[] }[];
  irregular: Map<string, string[]>;
}

export function loadMorphology(lang: string, root?: string): Morphology {
  const rules = readDataLines(`lexicons/${lang}/inflections.tsv`, root).map(({ fields, ref }) => {
    const [ending, suffixes] = fields;
    if (ending === undefined || !suffixes) throw new Error(`${ref}: an inflection rule needs an ending (may be -) and the suffixes that replace it`);
    return { ending: ending === '-' ? '' : ending, suffixes: suffixes.split(/\s+/).map((s) => (s === '-' ? '' : s)) };
  });
  rules.sort((a, b) => b.ending.length - a.ending.length);
  const irregular = new Map<string, string[]>();
  for (const { fields, ref } of readDataLines(`lexicons/${lang}/irregular-verbs.tsv`, root)) {
    const [lemma, forms] = fields;
    if (!lemma || !forms) throw new Error(`${ref}: an irregular verb needs its lemma and its forms`);
    irregular.set(lemma, forms.split(/\s+/));
  }
  return { rules, irregular };
}

/** Every form of a lemma, the lemma included; a language without rules gets the lemma alone. */
export function inflect(lemma: string, m: Morphology): string[] {
  const own = m.irregular.get(lemma);
  if (own) return [...new Set([lemma, ...own])];
  const rule = m.rules.find((r) => lemma.endsWith(r.ending));
  if (!rule) return [lemma];
  const stem = lemma.slice(0, lemma.length - rule.ending.length);
  return [...new Set([lemma, ...rule.suffixes.map((s) => stem + s)])];
}

/**
 * Replaces each `@lemma` of a trigger form (a regex source) by its forms, as `stem(?:suffix|…)` for a regular verb:
 * one shared prefix compiles and matches far faster than a flat list of whole words.
 */
export function expandLemmas(forms: string, m: Morphology): string {
  return forms.replace(/@([\p{L}-]+)/gu, (_all, lemma: string) => {
    const all = inflect(lemma, m);
    const stem = all.reduce((p, f) => commonPrefix(p, f));
    const rest = [...new Set(all.map((f) => f.slice(stem.length)))].sort((a, b) => b.length - a.length);
    return `(?:${stem}(?:${rest.join('|')}))`;
  });
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
