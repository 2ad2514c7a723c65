import { describe, expect, it } from 'vitest';
import { isPartialDate, parsePartialDate } from '../../src/ingest/partial-date.js';

describe('parsePartialDate', () => {
  it.each([
    ['2017', 'year'],
    ['2017-11', 'month'],
    ['2017-11-09', 'day'],
    ['2016-02-29', 'day'],
    ['2000-02-29', 'day'],
    [' 2017-11 ', 'month'],
  ] as const)('keeps the precision of %s', (raw, precision) => {
    const date = parsePartialDate(raw);
    expect(date).toEqual({ value: raw.trim(), precision });
  });

  it.each([
    ['2017-13', /month 13/],
    ['2017-00', /month 00/],
    ['2017-02-29', /day 29 does not exist in 2017-02 \(it has 28 days\)/],
    ['1900-02-29', /day 29/],
    ['2017-04-31', /day 31/],
    ['2017-11-00', /day 00/],
    ['0000', /year 0000/],
    ['17-11-09', /not YYYY/],
    ['2017/11/09', /not YYYY/],
    ['2017-1', /not YYYY/],
    ['9 novembre 2017', /not YYYY/],
    ['', /not YYYY/],
  ])('refuses %s', (raw, problem) => {
    const date = parsePartialDate(raw);
    expect(isPartialDate(date)).toBe(false);
    expect(date).toMatch(problem);
  });
});
