import { francAll } from 'franc-min';
import type { Stage } from '../../pipeline/stage.js';
import { readLanguages, type LanguageInfo } from '../../resources/languages.js';

/**
 * Language identification. A language declared by the input wins; otherwise franc decides on the first
 * 2,000 characters (enough for trigram statistics, and keeps long reports cheap).
 * Only languages we have lexicons for are worth telling apart, so detection is restricted to them
 * (resources/lexicons/languages.tsv names each one's ISO 639-3 code, the code franc speaks).
 */
export function createLangStage(languages: readonly LanguageInfo[] = readLanguages()): Stage {
  const iso1Of = new Map(languages.map((l) => [l.iso639_3, l.lang]));
  const only = [...iso1Of.keys()];
  const fallback = languages[0]?.lang ?? 'und';
  return {
    id: 'lang.franc@1',
    requires: [],
    assigns: ['lang'],
    run(doc) {
      if (doc.report.lang) {
        return { ...doc, lang: doc.report.lang, langReason: `declared by the input as '${doc.report.lang}'` };
      }
      const sample = doc.report.text.slice(0, 2000);
      const ranked = francAll(sample, { only, minLength: 10 });
      const [best, second] = ranked;
      if (!best || best[0] === 'und') {
        return { ...doc, lang: fallback, langReason: 'text too short to detect; fell back to the first supported language' };
      }
      const lang = iso1Of.get(best[0]) ?? best[0];
      const margin = second ? (best[1] - second[1]).toFixed(2) : 'n/a';
      return { ...doc, lang, langReason: `detected by franc-min: ${best[0]} (score ${best[1].toFixed(2)}, margin ${margin})` };
    },
  };
}
