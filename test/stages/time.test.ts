import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../src/model/time.js';
import type { TimeMention } from '../../src/model/mention.js';
import { emptyAnalysis } from '../../src/pipeline/run-pipeline.js';
import { createTimeStage } from '../../src/stages/time/time-stage.js';

const stage = createTimeStage();
function times(text: string, lang: string, publishedAt: PartialDate): TimeMention[] {
  const doc = { ...emptyAnalysis({ id: 'r_t', source: {}, publishedAt, text, contentHash: 'x' }), lang };
  return stage.run(doc, { explain: false }).mentions.filter((m): m is TimeMention => m.kind === 'time');
}

describe('time resolution against the report date', () => {
  const day: PartialDate = { value: '2017-11-15', precision: 'day' };
  const month: PartialDate = { value: '2017-11', precision: 'month' };

  it('a bare weekday is the latest such day on or before the report date', () => {
    const [t] = times('Jeudi, l’armée a repris la ville.', 'fr', day);
    expect(t?.interval).toMatchObject({ from: '2017-11-09', to: '2017-11-09', precision: 'day' });
    const [e] = times('On Sunday the army entered the town.', 'en', day);
    expect(e?.interval).toMatchObject({ from: '2017-11-12', precision: 'day' });
  });

  it('a weekday against a month-dated report keeps month precision', () => {
    const [t] = times('Jeudi, l’armée a repris la ville.', 'fr', month);
    expect(t?.interval).toMatchObject({ from: '2017-11-01', to: '2017-11-30', precision: 'month' });
  });

  it('an explicit date without a year takes the report year', () => {
    const [t] = times('Le 3 novembre, les forces irakiennes ont repris Al-Qaïm.', 'fr', day);
    expect(t?.interval).toMatchObject({ from: '2017-11-03', precision: 'day' });
  });

  it('a month named later than the report month belongs to the year before', () => {
    const [t] = times('In October the group lost Raqqa.', 'en', { value: '2018-01-10', precision: 'day' });
    expect(t?.interval).toMatchObject({ from: '2017-10-01', to: '2017-10-31', precision: 'month' });
  });

  it('relative days count back from the report date', () => {
    const [t] = times('Il y a une semaine, les combats ont repris.', 'fr', day);
    expect(t?.interval).toMatchObject({ from: '2017-11-08', precision: 'day' });
  });
});

describe('periods', () => {
  const day: PartialDate = { value: '2017-11-15', precision: 'day' };
  it.each([
    ['IS overran the town in mid-2014.', 'en', '2014-05-01', '2014-08-31', 'year'],
    ['IS took control of Raqqa in early 2014.', 'en', '2014-01-01', '2014-04-30', 'year'],
    ["L'EI a pris la ville en 2014.", 'fr', '2014-01-01', '2014-12-31', 'year'],
    ['Les combats ont repris début novembre.', 'fr', '2017-11-01', '2017-11-10', 'month'],
    ['La ville est tombée mi-octobre.', 'fr', '2017-10-11', '2017-10-20', 'month'],
    ['Le groupe pourrait être vaincu fin 2017.', 'fr', '2017-09-01', '2017-12-31', 'year'],
    ['Fighting flared again in late October.', 'en', '2017-10-21', '2017-10-31', 'month'],
    ["L'organisation a perdu Raqqa en octobre.", 'fr', '2017-10-01', '2017-10-31', 'month'],
  ])('%s', (text, lang, from, to, precision) => {
    const found = times(text, lang, day);
    expect(found).toHaveLength(1);
    expect(found[0]?.interval).toMatchObject({ from, to, precision });
  });

  it('takes no date from inside a word ("mar" of mardi in "maréchal")', () => {
    const found = times('Le maréchal Khalifa Haftar a lancé jeudi une offensive.', 'fr', day);
    expect(found.map((t) => t.interval.resolvedBy)).toHaveLength(1);
    expect(found[0]?.interval).toMatchObject({ from: '2017-11-09', precision: 'day' });
  });
});

