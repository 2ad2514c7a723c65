import { francAll } from 'franc-min';
import type { Stage } from '../../pipeline/stage.js';
import { readLanguages, type LanguageInfo } from '../../resources/languages.js';
import { readWordList } from '../../resources/line-file.js';

/**
 * When franc's two best languages score this close, the text is too short for trigrams to tell them apart
 * ("Indian forces killed 12 separatist guerrillas … police said" scored French by 0.04): each language's commonest
 * words (lexicons/<lang>/function-words.txt) decide instead, if they do.
 */
const CLOSE_MARGIN = 0.1;

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
  const functionWords = new Map(languages.map((l) => [l.iso639_3, new Set(readWordList(`lexicons/${l.lang}/function-words.txt`).map((w) => w.toLowerCase()))]));
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
      const margin = second ? (best[1] - second[1]).toFixed(2) : 'n/a';
      const francSays = `franc-min: ${best[0]} (score ${best[1].toFixed(2)}, margin ${margin})`;
      const close = second && best[1] - second[1] < CLOSE_MARGIN ? byFunctionWords(sample, [best[0], second[0]], functionWords) : undefined;
      if (close && close.winner !== best[0]) {
        const lang = iso1Of.get(close.winner) ?? close.winner;
        return { ...doc, lang, langReason: `${francSays} too close to call; function words decide: ${close.counts}` };
      }
      const lang = iso1Of.get(best[0]) ?? best[0];
      return { ...doc, lang, langReason: `detected by ${francSays}` };
    },
  };
}

/** The candidate whose function words the sample holds most of, when one holds strictly more; with the counts. */
function byFunctionWords(sample: string, candidates: readonly string[], words: ReadonlyMap<string, ReadonlySet<string>>): { winner: string; counts: string } | undefined {
  const tokens = sample.toLowerCase().split(/[^\p{L}]+/u);
  const counts = candidates.map((c) => {
    const list = words.get(c);
    return { c, n: list ? tokens.filter((t) => list.has(t)).length : 0 };
  });
  const [top, next] = [...counts].sort((a, b) => b.n - a.n);
  if (!top || top.n === 0 || (next && next.n === top.n)) return undefined;
  return { winner: top.c, counts: counts.map(({ c, n }) => `${c} ${n}`).join(', ') };
}
