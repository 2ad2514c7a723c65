import type { Stage } from '../../pipeline/stage.js';
import { readWordList } from '../../resources/line-file.js';
import { splitSentences } from './sentence-splitter.js';
import { languageCodes } from '../../resources/languages.js';

/** Sentence segmentation; abbreviation lists are per-language data, merged so a mixed text is safe. */
export function createSegmentStage(langs: readonly string[] = languageCodes()): Stage {
  const byLang = new Map<string, Set<string>>();
  const all = new Set<string>();
  for (const lang of langs) {
    const words = readWordList(`lexicons/${lang}/abbreviations.txt`).map((w) => w.toLowerCase());
    byLang.set(lang, new Set(words));
    words.forEach((w) => all.add(w));
  }
  return {
    id: 'segment.rules@1',
    requires: ['lang'],
    assigns: ['sentences'],
    run(doc) {
      const abbreviations = byLang.get(doc.lang) ?? all;
      return { ...doc, sentences: splitSentences(doc.report.text, abbreviations) };
    },
  };
}
