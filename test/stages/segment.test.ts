import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/stages/segment/sentence-splitter.js';
import { readWordList } from '../../src/resources/line-file.js';

const fr = new Set(readWordList('lexicons/fr/abbreviations.txt').map((w) => w.toLowerCase()));
const en = new Set(readWordList('lexicons/en/abbreviations.txt').map((w) => w.toLowerCase()));
const texts = (text: string, abbr: Set<string>) => splitSentences(text, abbr).map((s) => text.slice(s.span.start, s.span.end));

describe('sentence segmentation', () => {
  it.each([
    ['M. Abadi a parlé le 9 nov. à Bagdad. Les combats ont cessé.', fr, ['M. Abadi a parlé le 9 nov. à Bagdad.', 'Les combats ont cessé.']],
    ['Gen. Townsend spoke in Baghdad. The U.S. military agreed.', en, ['Gen. Townsend spoke in Baghdad.', 'The U.S. military agreed.']],
    ['« Nous avons repris la ville. Elle est à nous », a dit le colonel. Puis il est parti.', fr, ['« Nous avons repris la ville. Elle est à nous », a dit le colonel.', 'Puis il est parti.']],
    ['"We hold the bridge. We will hold it," he said. Fighting went on.', en, ['"We hold the bridge. We will hold it," he said.', 'Fighting went on.']],
    ['Un titre sans point\nLe texte commence ici.', fr, ['Un titre sans point', 'Le texte commence ici.']],
    ['Le bilan est de 3.5 % selon G. W. Smith. Fin.', fr, ['Le bilan est de 3.5 % selon G. W. Smith.', 'Fin.']],
    ['President B.J. Habibie spoke in Jakarta. Talks went on.', en, ['President B.J. Habibie spoke in Jakarta.', 'Talks went on.']],
  ])('%s', (text, abbr, expected) => {
    expect(texts(text, abbr)).toEqual(expected);
  });

  it('records quotation spans inside the sentence', () => {
    const text = '« Les unités ont libéré la ville », a indiqué l’armée.';
    const [s] = splitSentences(text, fr);
    expect(s?.quotes).toHaveLength(1);
    expect(text.slice(s!.quotes[0]!.start, s!.quotes[0]!.end)).toBe('« Les unités ont libéré la ville »');
  });

  it('spans rebuild the text: nothing but whitespace lies between sentences', () => {
    const text = 'Une phrase. Une autre !  Et une troisième ?\n\nLa dernière';
    const spans = splitSentences(text, fr).map((s) => s.span);
    let pos = 0;
    for (const s of spans) {
      expect(text.slice(pos, s.start).trim()).toBe('');
      pos = s.end;
    }
    expect(text.slice(pos).trim()).toBe('');
  });
});
