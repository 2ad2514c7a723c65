import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, openStore, searchReports, storeMany, type StoreDb } from '../../src/store/index.js';
import { documentTokens, foldForSearch, queryTokens, snippetOf } from '../../src/store/search-text.js';
import { eachDialect } from './dialects.js';
import { analyzed, INGESTED_AT } from './fixtures.js';

const LONG =
  "Les combats se poursuivent dans la province de Deir ez-Zor depuis plusieurs semaines, selon l'Observatoire. " +
  "Le matin du 9 novembre, l'armée syrienne et ses alliés sont entrés dans Boukamal, dernier bastion urbain de l'EI " +
  'en Syrie, a indiqué une source militaire. Les jihadistes ont lancé une contre-attaque le lendemain.';

const docs = [
  analyzed({ id: 'r_long', text: LONG, date: '2017-11-09' }),
  analyzed({ id: 'r_en', lang: 'en', text: 'Syrian troops and their allies entered Abu Kamal, the army said. Fighting went on near BOUKAMAL.', date: '2017-11-10' }),
  analyzed({ id: 'r_raqqa', text: "Les Forces démocratiques syriennes (FDS) contrôlent Raqqa ; « la ville est libérée », dit l'œuvre d'un porte-parole.", date: '2017-10-20' }),
  analyzed({ id: 'r_ops', text: 'Rebels and not the army: near the border or in the town, NEAR "quotes" * stars.', date: '2017-11-10' }),
  analyzed({ id: 'r_month', text: 'Un bilan mensuel: Boukamal, Mayadine.', date: '2017-11' }),
];
docs[4]!.report.publishedAt.precision = 'month';

eachDialect('searchReports', (d) => {
  let db: StoreDb;
  beforeAll(async () => {
    db = await openStore({ url: d.url('search') });
    expect((await storeMany(db, docs, INGESTED_AT)).errors).toEqual([]);
  });
  afterAll(async () => {
    await closeStore(db);
  });

  const ids = async (query: string, options?: { limit?: number; offset?: number }) => (await searchReports(db, query, options)).map((h) => h.id);

  it.each<[string, string, string[]]>([
    ['any case: lower finds capitalised and upper', 'boukamal', ['r_en', 'r_long', 'r_month']],
    ['any case: upper query', 'BOUKAMAL', ['r_en', 'r_long', 'r_month']],
    ['without accents', 'armee syrienne', ['r_long']],
    ['accents in the query that the text lacks', 'Rébels', ['r_ops']],
    ['accents on both sides', 'libérée', ['r_raqqa']],
    ['ligature spelled out', 'oeuvre', ['r_raqqa']],
    ['ligature in the query', 'œuvre', ['r_raqqa']],
    ["an elided article is a word of its own: l'armée", "l'armée", ['r_long']],
    ['every word must be there', 'boukamal mayadine', ['r_month']],
    ['words in any order', 'mayadine boukamal', ['r_month']],
    ['hyphenated names split into words', 'ez-Zor', ['r_long']],
    ['numbers are words', '9 novembre', ['r_long']],
    ['a word from the title', 'title r_raqqa', ['r_raqqa']],
    ['FTS and tsquery operators are plain words', 'not and or near', ['r_ops']],
    ['quotes, stars and parentheses are not syntax', '"quotes" * (stars', ['r_ops']],
    ['no prefix matching', 'bouka', []],
    ['nothing matches', 'Palmyre', []],
    ['a query without letters finds nothing', ' !?… ', []],
    ['an empty query finds nothing', '', []],
  ])('finds reports: %s', async (_name, query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  it('lists newest first, then by id, and pages with limit and offset', async () => {
    expect(await ids('boukamal', { limit: 2 })).toEqual(['r_en', 'r_long']);
    expect(await ids('boukamal', { limit: 2, offset: 2 })).toEqual(['r_month']);
    expect(await ids('boukamal', { offset: 5 })).toEqual([]);
  });

  it('returns date, title, outlet and a snippet around the first match', async () => {
    const [hit] = await searchReports(db, 'BOUKAMAL', { limit: 1, offset: 1 });
    expect(hit).toEqual({
      id: 'r_long',
      publishedAt: { value: '2017-11-09', precision: 'day' },
      title: 'Title of r_long',
      outlet: 'Test Wire',
      snippet: expect.stringMatching(/^…novembre, .*Boukamal.* le lendemain\.$/),
    });
    expect(hit?.snippet).toContain("l'armée syrienne et ses alliés sont entrés dans Boukamal");
    const [month] = await searchReports(db, 'mayadine');
    expect(month).toMatchObject({ publishedAt: { value: '2017-11', precision: 'month' }, snippet: 'Un bilan mensuel: Boukamal, Mayadine.' });
  });
});

describe('search text folding', () => {
  it.each<[string, string]>([
    ["L'Armée Syrienne", 'l armee syrienne'],
    ['Deir ez-Zor', 'deir ez zor'],
    ['ŒUVRE, cœur, Straße', 'oeuvre coeur strasse'],
    ['ﬁn ２０１７', 'fin 2017'],
    ['  «  »  ', ''],
    ['دير الزُّور', 'دير الزور'],
  ])('folds %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('indexes each token once, title first, and drops tokens no word is as long as', () => {
    expect(documentTokens('Boukamal', `boukamal BOUKAMAL Mayadine ${'x'.repeat(300)}`)).toEqual(['boukamal', 'mayadine']);
    expect(queryTokens('a a b')).toEqual(['a', 'b']);
  });

  it('cuts a snippet at spaces and marks where the text goes on', () => {
    const text = `${'début '.repeat(30)}Boukamal ${'fin '.repeat(60)}`;
    const snippet = snippetOf(text, ['boukamal']);
    expect(snippet.startsWith('…début')).toBe(true);
    expect(snippet.endsWith('fin…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(202);
    expect(snippetOf('Short text.', ['absent'])).toBe('Short text.');
  });
});
