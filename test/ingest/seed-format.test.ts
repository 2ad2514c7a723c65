import { describe, expect, it } from 'vitest';
import { SitrepError } from '../../src/errors.js';
import { parseDateHeader } from '../../src/ingest/date-header.js';
import { readPlainText, readSeedText } from '../../src/ingest/seed-format.js';
import type { Report } from '../../src/model/report.js';

function ok(value: Report | SitrepError): Report {
  if (value instanceof SitrepError) throw new Error(`unexpected error: ${value.message}`);
  return value;
}

function err(value: Report | SitrepError): SitrepError {
  if (!(value instanceof SitrepError)) throw new Error('expected an error');
  return value;
}

describe('parseDateHeader', () => {
  it.each([
    [' date 2017-11 « Les unités …', '2017-11', '« Les unités …'],
    ['date 2017-11-09\nThe army said.', '2017-11-09', 'The army said.'],
    ['\n\n  date 2017 Texte', '2017', 'Texte'],
    ['Date: 2017-11-09 Text', '2017-11-09', 'Text'],
    ['date\t2017-10-17\r\nText', '2017-10-17', 'Text'],
  ])('finds the header in %j', (text, raw, body) => {
    const header = parseDateHeader(text);
    expect(header?.raw).toBe(raw);
    expect(header?.body.trim()).toBe(body);
  });

  it.each([
    'The date of the attack is unknown.',
    'date limite : aucune',
    'date\n2017-11-09 text',
    'Le 9 novembre, date 2017',
    'update 2017-11 text',
  ])('does not take %j for a header', (text) => {
    expect(parseDateHeader(text)).toBeUndefined();
  });

  it('reports the line of a header preceded by blank lines', () => {
    expect(parseDateHeader('\n\ndate 2017-13 x')?.line).toBe(3);
  });
});

describe('readSeedText', () => {
  it('reads the seed layout: header and first sentence on one line, month precision kept', () => {
    const report = ok(readSeedText(' date 2017-11 « Les unités ont libéré Boukamal », a indiqué l’armée.\n', { origin: 'a.txt' }));
    expect(report.publishedAt).toEqual({ value: '2017-11', precision: 'month' });
    expect(report.text).toBe('« Les unités ont libéré Boukamal », a indiqué l’armée.');
    expect(report.source).toEqual({ origin: 'a.txt' });
    expect(report.lang).toBeUndefined();
  });

  it('names the remedy when there is no header', () => {
    const e = err(readSeedText('Islamic State fighters withdrew.', { origin: 'b.txt' }));
    expect(e.code).toBe('E_INPUT_DATE');
    expect(e.input).toBe('b.txt');
    expect(e.message).toContain('no date header');
    expect(e.message).toContain('date YYYY-MM-DD');
    expect(e.message).toContain('--date');
  });

  it('uses the fallback date only when there is no header', () => {
    const fallback = { value: '2017-10-20', precision: 'day' } as const;
    expect(ok(readSeedText('Text.', { origin: 'c', fallbackDate: fallback })).publishedAt).toEqual(fallback);
    expect(ok(readSeedText('date 2017-11 Text.', { origin: 'c', fallbackDate: fallback })).publishedAt.value).toBe('2017-11');
  });

  it('refuses an impossible header date, naming the line', () => {
    const e = err(readSeedText('date 2017-02-30 Text', { origin: 'd.txt' }));
    expect(e.code).toBe('E_INPUT_DATE');
    expect(e.input).toBe('d.txt:1');
    expect(e.message).toMatch(/day 30/);
  });

  it('refuses a header with no text after it', () => {
    const e = err(readSeedText('date 2017-11-09\n   \n', { origin: 'e.txt' }));
    expect(e.code).toBe('E_INPUT_EMPTY');
    expect(e.input).toBe('e.txt');
  });
});

describe('readPlainText', () => {
  it('dates a text with the given date and keeps any header-like start as text', () => {
    const report = ok(readPlainText('  The SDF said Raqqa was taken.  ', { date: '2017-10-20', origin: 'x' }));
    expect(report.publishedAt).toEqual({ value: '2017-10-20', precision: 'day' });
    expect(report.text).toBe('The SDF said Raqqa was taken.');
  });

  it('refuses an invalid date', () => {
    const e = err(readPlainText('Text', { date: '2017-11-31', origin: 'x' }));
    expect(e.code).toBe('E_INPUT_DATE');
    expect(e.message).toMatch(/--date 2017-11-09/);
  });

  it('gives the same id as the same text read from a seed file with that date', () => {
    const a = ok(readPlainText('Mayadin was retaken.', { date: '2017-10-14', origin: 'a' }));
    const b = ok(readSeedText('date 2017-10-14\nMayadin was retaken.\n', { origin: 'b' }));
    expect(a.id).toBe(b.id);
  });
});
