import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TimeMention } from '../../src/model/mention.js';
import { createTimeStage } from '../../src/stages/time/time-stage.js';
import { makeDoc } from '../helpers/make-doc.js';

/**
 * Time expressions resolved against the report date (the only "now"). Every expected value was worked out by hand;
 * weekdays checked with `date -d`: 2017-11-15 and 2018-01-10 are Wednesdays, 2017-11-12 a Sunday, 2017-11-18 a
 * Saturday, 2017-12-28 a Thursday.
 */
const stage = createTimeStage();

function times(text: string, lang: string, date: string): (TimeMention & { text: string })[] {
  return stage
    .run(makeDoc(text, lang, date), { explain: false })
    .mentions.filter((m): m is TimeMention => m.kind === 'time')
    .map((m) => ({ ...m, text: text.slice(m.span.start, m.span.end) }));
}

type Case = [text: string, lang: 'fr' | 'en', reportDate: string, from: string, to: string, precision: 'day' | 'week' | 'month' | 'year'];

const WED = '2017-11-15';

const CASES: Case[] = [
  // 1. weekdays: the latest such day on or before the report date; "dernier"/"last" strictly before
  ['Jeudi, les rebelles ont bombardé le marché.', 'fr', WED, '2017-11-09', '2017-11-09', 'day'],
  ['The convoy was ambushed on Thursday near the river.', 'en', WED, '2017-11-09', '2017-11-09', 'day'],
  ['Rebels said Thursday that the road was cut.', 'en', WED, '2017-11-09', '2017-11-09', 'day'],
  ['Mercredi, le gouverneur a démissionné.', 'fr', WED, '2017-11-15', '2017-11-15', 'day'],
  ['On Wednesday the governor resigned.', 'en', WED, '2017-11-15', '2017-11-15', 'day'],
  ['Mercredi dernier, un drone a frappé le dépôt.', 'fr', WED, '2017-11-08', '2017-11-08', 'day'],
  ['Last Wednesday a drone struck the depot.', 'en', WED, '2017-11-08', '2017-11-08', 'day'],
  ['Samedi soir, des tirs ont été entendus au nord.', 'fr', WED, '2017-11-11', '2017-11-11', 'day'],
  ['Dimanche matin, la milice a quitté le village.', 'fr', WED, '2017-11-12', '2017-11-12', 'day'],
  ['Shells fell on the camp on Sunday night.', 'en', WED, '2017-11-12', '2017-11-12', 'day'],
  ['Samedi, la colonne a atteint le pont.', 'fr', '2017-11-12', '2017-11-11', '2017-11-11', 'day'],
  ['On Sunday the column reached the bridge.', 'en', '2017-11-12', '2017-11-12', '2017-11-12', 'day'],
  ['Dimanche, la colonne a atteint le pont.', 'fr', '2017-11-18', '2017-11-12', '2017-11-12', 'day'],
  ['Talks are due to resume next Monday.', 'en', WED, '2017-11-20', '2017-11-20', 'day'],
  ['Dans la nuit de samedi à dimanche, des insurgés ont attaqué un poste.', 'fr', WED, '2017-11-11', '2017-11-12', 'day'],
  ['Overnight Saturday to Sunday, militants stormed a checkpoint.', 'en', WED, '2017-11-11', '2017-11-12', 'day'],
  ['Overnight, jets pounded the ridge.', 'en', WED, '2017-11-14', '2017-11-15', 'day'],
  ['Dans la nuit, des avions ont frappé la crête.', 'fr', WED, '2017-11-14', '2017-11-15', 'day'],
  ['Guns pounded the ridge through the night.', 'en', WED, '2017-11-14', '2017-11-15', 'day'],
  // 2. relative days, weeks, months
  ['Hier, deux soldats ont été blessés.', 'fr', WED, '2017-11-14', '2017-11-14', 'day'],
  ["Avant-hier, le pont a été détruit.", 'fr', WED, '2017-11-13', '2017-11-13', 'day'],
  ["Aujourd'hui, la ville est calme.", 'fr', WED, '2017-11-15', '2017-11-15', 'day'],
  ['Yesterday the militia withdrew.', 'en', WED, '2017-11-14', '2017-11-14', 'day'],
  ['Today the airport reopened.', 'en', WED, '2017-11-15', '2017-11-15', 'day'],
  ['Il y a une semaine, la route a été coupée.', 'fr', WED, '2017-11-08', '2017-11-08', 'day'],
  ['Il y a trois jours, un drone a été abattu.', 'fr', WED, '2017-11-12', '2017-11-12', 'day'],
  ['Il y a deux mois, le camp a été évacué.', 'fr', WED, '2017-09-01', '2017-09-30', 'month'],
  ['A week ago the road was cut.', 'en', WED, '2017-11-08', '2017-11-08', 'day'],
  ['Three days ago a drone was shot down.', 'en', WED, '2017-11-12', '2017-11-12', 'day'],
  ['Two months ago the camp was emptied.', 'en', WED, '2017-09-01', '2017-09-30', 'month'],
  ["La semaine dernière, l'armée a avancé vers le sud.", 'fr', WED, '2017-11-06', '2017-11-12', 'week'],
  ['Last week the army pushed south.', 'en', WED, '2017-11-06', '2017-11-12', 'week'],
  ['Le mois dernier, les combats ont repris.', 'fr', WED, '2017-10-01', '2017-10-31', 'month'],
  ['Fighting resumed last month.', 'en', WED, '2017-10-01', '2017-10-31', 'month'],
  ['Cette semaine, trois villages ont été repris.', 'fr', WED, '2017-11-13', '2017-11-19', 'week'],
  ['Three villages were retaken this week.', 'en', WED, '2017-11-13', '2017-11-19', 'week'],
  ['Earlier this month the rebels shelled the port.', 'en', WED, '2017-11-01', '2017-11-15', 'month'],
  ['Plus tôt ce mois-ci, les rebelles ont bombardé le port.', 'fr', WED, '2017-11-01', '2017-11-15', 'month'],
  ['Ce week-end, des manifestants ont bloqué la route.', 'fr', WED, '2017-11-11', '2017-11-12', 'day'],
  ['Protesters blocked the road this weekend.', 'en', WED, '2017-11-11', '2017-11-12', 'day'],
  ['The truce collapsed at the weekend.', 'en', '2017-11-12', '2017-11-11', '2017-11-12', 'day'],
  ['The truce collapsed at the weekend.', 'en', '2017-11-18', '2017-11-18', '2017-11-19', 'day'],
  ['Au cours des dernières 24 heures, 12 obus sont tombés.', 'fr', WED, '2017-11-14', '2017-11-15', 'day'],
  ['In the past 24 hours, 12 shells fell.', 'en', WED, '2017-11-14', '2017-11-15', 'day'],
  // 3. dates without a year: the latest on or before the report date; with a year as written
  ["Le 3 novembre, l'armée est entrée dans la ville.", 'fr', WED, '2017-11-03', '2017-11-03', 'day'],
  ['The army entered the town on Nov. 3.', 'en', WED, '2017-11-03', '2017-11-03', 'day'],
  ['The army entered the town on November 3.', 'en', WED, '2017-11-03', '2017-11-03', 'day'],
  ['Troops arrived on 3 November.', 'en', WED, '2017-11-03', '2017-11-03', 'day'],
  ['Le 1er novembre, le barrage a été repris.', 'fr', WED, '2017-11-01', '2017-11-01', 'day'],
  ['Le 28 décembre, un attentat a frappé la capitale.', 'fr', '2018-01-10', '2017-12-28', '2017-12-28', 'day'],
  ['On December 28 a bomb hit the capital.', 'en', '2018-01-10', '2017-12-28', '2017-12-28', 'day'],
  ['Le 20 novembre, le blocus a commencé.', 'fr', WED, '2016-11-20', '2016-11-20', 'day'],
  ['Le 3 novembre 2017, la frontière a été fermée.', 'fr', '2018-01-10', '2017-11-03', '2017-11-03', 'day'],
  ['On Thursday, Dec. 28, the border was closed.', 'en', '2018-01-10', '2017-12-28', '2017-12-28', 'day'],
  ['Le 3 novembre, la frontière a été fermée.', 'fr', '2017-11', '2017-11-03', '2017-11-03', 'day'],
  // 4. periods: parts of a month are days 1–10, 11–20, 21–end (month precision); parts of a year, months
  ['Les combats ont repris début novembre.', 'fr', WED, '2017-11-01', '2017-11-10', 'month'],
  ['Fighting resumed in early November.', 'en', WED, '2017-11-01', '2017-11-10', 'month'],
  ['La ville est tombée mi-octobre.', 'fr', WED, '2017-10-11', '2017-10-20', 'month'],
  ['The town fell in mid-October.', 'en', WED, '2017-10-11', '2017-10-20', 'month'],
  ['Le siège a été levé fin novembre.', 'fr', '2017-12-05', '2017-11-21', '2017-11-30', 'month'],
  ['The siege was lifted in late November.', 'en', '2017-12-05', '2017-11-21', '2017-11-30', 'month'],
  ['Le groupe pourrait être vaincu fin 2017.', 'fr', WED, '2017-09-01', '2017-12-31', 'year'],
  ['The group could be defeated by late 2017.', 'en', WED, '2017-09-01', '2017-12-31', 'year'],
  ['Les pourparlers ont échoué début 2018.', 'fr', '2018-05-02', '2018-01-01', '2018-04-30', 'year'],
  ["L'EI a pris la ville à la mi-2014.", 'fr', WED, '2014-05-01', '2014-08-31', 'year'],
  ["L'EI a pris la ville en juin 2014.", 'fr', WED, '2014-06-01', '2014-06-30', 'month'],
  ['IS seized the city in June 2014.', 'en', WED, '2014-06-01', '2014-06-30', 'month'],
  ["L'EI a pris la ville en 2014.", 'fr', WED, '2014-01-01', '2014-12-31', 'year'],
  ['IS seized the city in 2014.', 'en', WED, '2014-01-01', '2014-12-31', 'year'],
  ["L'EI tient la ville depuis 2014.", 'fr', WED, '2014-01-01', '2017-11-15', 'year'],
  ['IS has held the city since 2014.', 'en', WED, '2014-01-01', '2017-11-15', 'year'],
  ['The army has held the crossing since Nov. 3.', 'en', WED, '2017-11-03', '2017-11-15', 'day'],
  ["L'été dernier, la digue a cédé.", 'fr', WED, '2017-06-01', '2017-08-31', 'year'],
  ['The dam gave way last summer.', 'en', '2017-07-20', '2016-06-01', '2016-08-31', 'year'],
  ["Au printemps 2016, l'offensive a échoué.", 'fr', WED, '2016-03-01', '2016-05-31', 'year'],
  ['In the spring of 2016 the offensive stalled.', 'en', WED, '2016-03-01', '2016-05-31', 'year'],
  ['Fin de l’année dernière, le front a bougé.', 'fr', WED, '2016-09-01', '2016-12-31', 'year'],
  // 5. ranges: one interval
  ['Du 3 au 5 novembre, la ville a été assiégée.', 'fr', WED, '2017-11-03', '2017-11-05', 'day'],
  ['The town was besieged between Nov. 3 and 5.', 'en', WED, '2017-11-03', '2017-11-05', 'day'],
  ['The town was shelled from Monday to Wednesday.', 'en', WED, '2017-11-13', '2017-11-15', 'day'],
  ['La ville a été bombardée du lundi au mercredi.', 'fr', WED, '2017-11-13', '2017-11-15', 'day'],
  ['Du 30 décembre au 2 janvier, la trêve a tenu.', 'fr', '2018-01-10', '2017-12-30', '2018-01-02', 'day'],
  ['The truce held from 30 October to 2 November.', 'en', WED, '2017-10-30', '2017-11-02', 'day'],
  // more of the same families
  ['Il y a quelques jours, un convoi a été visé.', 'fr', WED, '2017-11-08', '2017-11-15', 'week'],
  ['A few days ago a convoy was hit.', 'en', WED, '2017-11-08', '2017-11-15', 'week'],
  ['Les élections auront lieu la semaine prochaine.', 'fr', WED, '2017-11-20', '2017-11-26', 'week'],
  ['Les combats ont duré courant novembre.', 'fr', WED, '2017-11-01', '2017-11-30', 'month'],
  ['Les 2 et 3 novembre, la route est restée fermée.', 'fr', WED, '2017-11-02', '2017-11-03', 'day'],
  ['The vote is set for Thursday, Nov. 23.', 'en', WED, '2017-11-23', '2017-11-23', 'day'],
  ['The front has not moved since the end of 2016.', 'en', WED, '2016-09-01', '2017-11-15', 'year'],
  ["L'hiver dernier, le col était fermé.", 'fr', '2018-01-10', '2016-12-01', '2017-02-28', 'year'],
  ['During the winter of 2016-2017 the pass was closed.', 'en', WED, '2016-12-01', '2017-02-28', 'year'],
  ['Late last month the militia withdrew.', 'en', WED, '2017-10-21', '2017-10-31', 'month'],
  // a month-dated report: day- and week-level expressions keep the report's month
  ['Jeudi, les rebelles ont bombardé le marché.', 'fr', '2017-11', '2017-11-01', '2017-11-30', 'month'],
  ['Yesterday the militia withdrew.', 'en', '2017-11', '2017-11-01', '2017-11-30', 'month'],
  ['La semaine dernière, le front a bougé.', 'fr', '2017-11', '2017-11-01', '2017-11-30', 'month'],
  ['Le mois dernier, les combats ont repris.', 'fr', '2017-11', '2017-10-01', '2017-10-31', 'month'],
];

describe('time expressions resolved against the report date', () => {
  it.each(CASES)('%s (%s, report %s)', (text, lang, date, from, to, precision) => {
    const found = times(text, lang, date);
    expect(found, found.map((m) => m.text).join(' | ')).toHaveLength(1);
    expect(found[0]?.interval).toMatchObject({ from, to, precision });
  });

  it('has at least 60 cases in each run, French and English', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => c[1] === 'fr').length).toBeGreaterThan(30);
    expect(CASES.filter((c) => c[1] === 'en').length).toBeGreaterThan(30);
  });
});

describe('how a time was resolved', () => {
  it('says it in words, with the report date', () => {
    const [t] = times('Mercredi dernier, un drone a frappé le dépôt.', 'fr', WED);
    expect(t?.interval.resolvedBy).toBe('"Mercredi dernier": the last Wednesday before the report date (2017-11-15)');
    expect(t?.rule).toMatch(/^lexicons\/fr\/time-patterns\.tsv:\d+$/);
  });

  it('"since" is a relation from the start to the report date', () => {
    for (const [text, lang] of [["L'EI tient la ville depuis 2014.", 'fr'], ['IS has held the city since 2014.', 'en']] as const) {
      const [t] = times(text, lang, WED);
      expect(t?.interval.relation).toBe('after');
      expect(t?.interval.resolvedBy).toMatch(/since 2014-01-01, up to the report date \(2017-11-15\)/);
      expect(t?.text).toMatch(/^(depuis|since) 2014$/);
    }
  });

  it('the span covers the whole expression, once', () => {
    expect(times('Dans la nuit de samedi à dimanche, des insurgés ont attaqué.', 'fr', WED).map((t) => t.text)).toEqual(['Dans la nuit de samedi à dimanche']);
    expect(times('The town was besieged between Nov. 3 and 5.', 'en', WED).map((t) => t.text)).toEqual(['between Nov. 3 and 5']);
    expect(times('Le 3 novembre 2017, la frontière a été fermée.', 'fr', WED).map((t) => t.text)).toEqual(['3 novembre 2017']);
  });

  it('"la veille", "two years later" count from the time mentioned before them', () => {
    const fr = times("Jeudi, l'armée est entrée dans la ville. La veille, l'ONG signalait des combats.", 'fr', WED);
    expect(fr.map((t) => [t.text, t.interval.from])).toEqual([
      ['Jeudi', '2017-11-09'],
      ['La veille', '2017-11-08'],
    ]);
    const en = times('IS seized the town in 2014. Two years later the army retook it.', 'en', WED);
    expect(en[1]?.interval).toMatchObject({ from: '2016-01-01', to: '2016-12-31', precision: 'year' });
    // With nothing before it, "two years later" says nothing about the date.
    expect(times('Two years later the army retook it.', 'en', WED)).toEqual([]);
  });

  it('", a day after …": what follows happened that long before the time mentioned last', () => {
    const en = times('The minister resigned on Wednesday, a day after protesters stormed the ministry.', 'en', WED);
    expect(en.map((t) => [t.text, t.interval.from])).toEqual([
      ['on Wednesday', '2017-11-15'],
      ['a day after', '2017-11-14'],
    ]);
    const fr = times("Le ministre a démissionné mercredi, au lendemain de l'assaut du ministère.", 'fr', WED);
    expect(fr.map((t) => [t.text, t.interval.from])).toEqual([
      ['mercredi', '2017-11-15'],
      ['au lendemain de', '2017-11-14'],
    ]);
  });

  it('a time of day keeps only the day: "jeudi à 10h"', () => {
    expect(times('Jeudi à 10h, les tirs ont cessé.', 'fr', WED).map((t) => [t.text, t.interval.from])).toEqual([['Jeudi', '2017-11-09']]);
  });
});

describe('not dates', () => {
  it.each([
    ['2 000 soldats ont été déployés dans la province.', 'fr'],
    ['La résolution 2254 a été citée par le médiateur.', 'fr'],
    ["L'armée du 5e corps a avancé vers le fleuve.", 'fr'],
    ['Les rebelles tiennent 40 % de la ville.', 'fr'],
    ['Le bombardement a commencé à 10h.', 'fr'],
    ['Il a combattu pendant deux ans dans la région.', 'fr'],
    ['Les combats ont duré au terme de près de neuf mois.', 'fr'],
    ['A 40-year-old man was killed at the checkpoint.', 'en'],
    ['2,000 troops were deployed to the province.', 'en'],
    ['Resolution 2254 was cited by the envoy.', 'en'],
    ['The 5th Corps advanced toward the river.', 'en'],
    ['Rebels hold 40 % of the city.', 'en'],
    ['The shelling began at 10am.', 'en'],
    ['At least 5 may have died in the blast.', 'en'],
    ['He fought for two years in the region.', 'en'],
    ['Fighters sat in the square after the fall of Raqqa.', 'en'],
    ['Nothing new under the sun, the envoy said.', 'en'],
  ])('%s', (text, lang) => {
    expect(times(text, lang, WED).map((t) => t.text)).toEqual([]);
  });
});

describe('the grammar is data', () => {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-time-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a third language needs only its time-*.tsv files', () => {
    mkdirSync(join(root, 'lexicons', 'es'), { recursive: true });
    writeFileSync(join(root, 'lexicons', 'es', 'time-parts.tsv'), 'month\t11\tnoviembre\nyear-lead\t-\ten|desde\n');
    writeFileSync(join(root, 'lexicons', 'es', 'time-words.tsv'), 'weekday\t4\tjueves\nsince\t-\tdesde\n');
    writeFileSync(
      join(root, 'lexicons', 'es', 'time-patterns.tsv'),
      'weekday\t0\t(?:el\\s+)?{weekday}\nday-offset\t-1\tayer\ndate\t-\t{day}\\s+de\\s+{month}(?:\\s+de\\s+{year})?\nyear\t-\t{yearlead}\\s+{year}\n',
    );
    const es = createTimeStage([{ lang: 'es', iso639_3: 'spa', chrono: 'es' }], root);
    const run = (text: string) =>
      es
        .run(makeDoc(text, 'es', WED), { explain: false })
        .mentions.filter((m): m is TimeMention => m.kind === 'time')
        .map((m) => [text.slice(m.span.start, m.span.end), m.interval.from, m.interval.to, m.interval.relation ?? null]);
    expect(run('El jueves el ejército entró en la ciudad.')).toEqual([['El jueves', '2017-11-09', '2017-11-09', null]]);
    expect(run('Ayer hubo combates.')).toEqual([['Ayer', '2017-11-14', '2017-11-14', null]]);
    expect(run('El 3 de noviembre cayó la ciudad.')).toEqual([['3 de noviembre', '2017-11-03', '2017-11-03', null]]);
    expect(run('El grupo controla la ciudad desde 2014.')).toEqual([['desde 2014', '2014-01-01', '2017-11-15', 'after']]);
  });

  it('builds no regular expression per document (chrono builds its own, not counted)', () => {
    const Original = globalThis.RegExp;
    let built = 0;
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args: [string | RegExp, string?]) {
        // The caller of `new RegExp`: the frame after this one.
        if (/src[/\\]stages[/\\]time[/\\]/.test(new Error().stack?.split('\n')[2] ?? '')) built += 1;
        return new target(...args);
      },
    });
    try {
      times('Jeudi, les rebelles ont bombardé le marché du 3 au 5 novembre, depuis 2014.', 'fr', WED);
    } finally {
      globalThis.RegExp = Original;
    }
    expect(built).toBe(0);
  });
});
