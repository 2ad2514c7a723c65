import { francAll } from 'franc-min';
import type { Stage } from '../../pipeline/stage.js';

/** franc speaks ISO 639-3; the rest of Sitrep (lexicon folders, output) speaks ISO 639-1. */
const ISO3_TO_ISO1: Record<string, string> = {
  fra: 'fr', eng: 'en', ara: 'ar', spa: 'es', deu: 'de', ita: 'it', por: 'pt', rus: 'ru', tur: 'tr', nld: 'nl',
};

/**
 * Language identification. A language declared by the input wins; otherwise franc decides on the first
 * 2,000 characters (enough for trigram statistics, and keeps long reports cheap).
 * Only languages we have lexicons for are worth telling apart, so detection is restricted to them first.
 */
export function createLangStage(supported: readonly string[] = ['fr', 'en']): Stage {
  const only = Object.entries(ISO3_TO_ISO1)
    .filter(([, iso1]) => supported.includes(iso1))
    .map(([iso3]) => iso3);
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
        return { ...doc, lang: supported[0] ?? 'und', langReason: 'text too short to detect; fell back to the first supported language' };
      }
      const lang = ISO3_TO_ISO1[best[0]] ?? best[0];
      const margin = second ? (best[1] - second[1]).toFixed(2) : 'n/a';
      return { ...doc, lang, langReason: `detected by franc-min: ${best[0]} (score ${best[1].toFixed(2)}, margin ${margin})` };
    },
  };
}
