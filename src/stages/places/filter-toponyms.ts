import type { Token } from './tokenize.js';
import type { ToponymSpan } from './find-toponyms.js';
import type { PlaceLexicon } from './place-lexicon.js';

export interface KeptToponym extends ToponymSpan {
  /** Capitalised words run on before or after it, as in a person's or group's name ("Rami Abdel Rahmane"). */
  insideName: boolean;
  /** Single word at the start of a sentence. */
  sentenceInitial: boolean;
}

/**
 * Drop spans that are not place names whatever the gazetteer says: stop-listed words ("Selon", "Du"), demonyms
 * ("Syrian", "Arab"), and sentence-initial words the same text also uses in lower case ("Située" / "située").
 */
export function filterToponyms(
  text: string,
  tokens: Token[],
  spans: ToponymSpan[],
  lexicons: PlaceLexicon[],
  particles: Set<string>,
): KeptToponym[] {
  const lowerWords = new Set(tokens.filter((t) => !t.upper).map((t) => t.text));
  const out: KeptToponym[] = [];
  for (const s of spans) {
    const surface = text.slice(s.start, s.end).toLowerCase().replace(/[’‘`ʼ]/g, "'");
    if (lexicons.some((l) => l.stoplist.has(surface) || l.demonyms.has(surface))) continue;
    const firstTok = tokens[s.first]!;
    const single = s.last - s.first === 1;
    const sentenceInitial = single && firstTok.sentenceStart;
    if (sentenceInitial && lowerWords.has(firstTok.text.toLowerCase())) continue;
    out.push({ ...s, insideName: runsOn(text, tokens, s, lexicons, particles), sentenceInitial });
  }
  return out;
}

function isNameWord(t: Token | undefined, lexicons: PlaceLexicon[], particles: Set<string>): boolean {
  if (!t || !t.upper || t.elision || particles.has(t.text)) return false;
  const w = t.text.toLowerCase();
  return !lexicons.some((l) => l.stoplist.has(w) || l.demonyms.has(w));
}

function runsOn(text: string, tokens: Token[], s: ToponymSpan, lexicons: PlaceLexicon[], particles: Set<string>): boolean {
  const before = tokens[s.first - 1];
  const after = tokens[s.last];
  const glued = (a: Token, b: Token) => /^[ -]$/.test(text.slice(a.end, b.start));
  if (before && glued(before, tokens[s.first]!) && isNameWord(before, lexicons, particles)) return true;
  return after !== undefined && glued(tokens[s.last - 1]!, after) && isNameWord(after, lexicons, particles);
}
