import { describe, expect, it } from 'vitest';
import { readJsonLines } from '../../src/ingest/json-lines.js';

const line = (o: unknown): string => JSON.stringify(o);

describe('readJsonLines', () => {
  it('reads every field and keeps the date precision', () => {
    const content = [
      line({ text: 'Iraqi forces retook al-Qaim.', date: '2017-11-03', url: 'https://example.org/a', outlet: 'Wire', title: 'Al-Qaim', lang: 'EN' }),
      '',
      line({ text: 'Raqqa est tombée.', date: '2017-10' }),
    ].join('\n');
    const { reports, errors } = readJsonLines(content, 'wire.jsonl');
    expect(errors).toEqual([]);
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatchObject({
      source: { url: 'https://example.org/a', outlet: 'Wire', origin: 'wire.jsonl:1' },
      publishedAt: { value: '2017-11-03', precision: 'day' },
      lang: 'en',
      title: 'Al-Qaim',
    });
    expect(reports[1]).toMatchObject({ source: { origin: 'wire.jsonl:3' }, publishedAt: { value: '2017-10', precision: 'month' } });
  });

  it('keeps the calendar date of a timestamp as written', () => {
    const { reports } = readJsonLines(line({ text: 'x', date: '2017-11-09T23:30:00+03:00' }), 'w');
    expect(reports[0]?.publishedAt).toEqual({ value: '2017-11-09', precision: 'day' });
  });

  it('turns each broken line into one error naming file and line, and reads the others', () => {
    const content = [
      line({ text: 'good one', date: '2017-11-09' }), // 1
      '{"text": "unterminated', // 2
      line({ date: '2017-11-09' }), // 3
      line({ text: 'no date' }), // 4
      line({ text: 'bad date', date: '2017-02-30' }), // 5
      line(['an', 'array']), // 6
      line({ text: '   ', date: '2017' }), // 7
      line({ text: 'bad url type', date: '2017', url: 42 }), // 8
      line({ text: 'bad lang', date: '2017', lang: 'French' }), // 9
      line({ text: 'good two', date: '2017-11-10', url: null }), // 10
    ].join('\r\n');
    const { reports, errors } = readJsonLines(content, 'feed.jsonl');
    expect(reports.map((r) => r.text)).toEqual(['good one', 'good two']);
    expect(errors.map((e) => [e.input, e.code])).toEqual([
      ['feed.jsonl:2', 'E_INPUT_JSONL'],
      ['feed.jsonl:3', 'E_INPUT_JSONL'],
      ['feed.jsonl:4', 'E_INPUT_DATE'],
      ['feed.jsonl:5', 'E_INPUT_DATE'],
      ['feed.jsonl:6', 'E_INPUT_JSONL'],
      ['feed.jsonl:7', 'E_INPUT_JSONL'],
      ['feed.jsonl:8', 'E_INPUT_JSONL'],
      ['feed.jsonl:9', 'E_INPUT_JSONL'],
    ]);
    expect(errors[0]?.message).toMatch(/^feed\.jsonl:2: not valid JSON .*Fix or remove the line/);
    expect(errors[1]?.message).toContain('missing "text"');
    expect(errors[2]?.message).toContain('missing "date"');
  });

  it('loses only the line with bad UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from(line({ text: 'first', date: '2017' }) + '\n'),
      Buffer.from(line({ text: 'libérée', date: '2017' }) + '\n', 'latin1'),
      Buffer.from(line({ text: 'third', date: '2017' }) + '\n'),
    ]);
    const { reports, errors } = readJsonLines(bytes, 'mixed.jsonl');
    expect(reports.map((r) => r.text)).toEqual(['first', 'third']);
    expect(errors.map((e) => [e.input, e.code])).toEqual([['mixed.jsonl:2', 'E_INPUT_UTF8']]);
  });

  it('gives one error for a whole empty or binary file', () => {
    expect(readJsonLines(Buffer.alloc(0), 'e.jsonl').errors.map((e) => e.code)).toEqual(['E_INPUT_EMPTY']);
    expect(readJsonLines(Buffer.from([0x7b, 0, 0, 0x7d]), 'b.jsonl').errors.map((e) => e.code)).toEqual(['E_INPUT_BINARY']);
  });
});
