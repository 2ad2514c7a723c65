import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createReport } from '../../src/ingest/create-report.js';
import { normaliseText } from '../../src/ingest/normalise-text.js';

const DAY = { value: '2017-11-09', precision: 'day' } as const;

describe('normaliseText', () => {
  it('applies NFC to a decomposed é', () => {
    const decomposed = 'Boukamal libe\u0301re\u0301e';
    expect(decomposed.length).toBe(18);
    const text = normaliseText(decomposed);
    expect(text).toBe('Boukamal libérée');
    expect(text.length).toBe(16);
  });

  it('drops a BOM, unifies line ends and trims', () => {
    expect(normaliseText('\uFEFF  a\r\nb\rc \n\t')).toBe('a\nb\nc');
  });
});

describe('createReport', () => {
  it('hashes the date value, a newline and the text', () => {
    const report = createReport({ text: 'Abu Kamal was taken.', publishedAt: DAY });
    const expected = createHash('sha256').update('2017-11-09\nAbu Kamal was taken.').digest('hex');
    expect(report?.contentHash).toBe(expected);
    expect(report?.id).toBe(`r_${expected.slice(0, 16)}`);
    expect(report?.id).toMatch(/^r_[0-9a-f]{16}$/);
  });

  it('gives the same id to the same report however it was encoded or where it came from', () => {
    const a = createReport({ text: 'Deir Ezzor libe\u0301re\u0301e\r\n', publishedAt: DAY, source: { origin: 'a.txt' } });
    const b = createReport({ text: '  Deir Ezzor libérée\n', publishedAt: DAY, source: { outlet: 'AFP', origin: 'b.jsonl:3' } });
    expect(a?.id).toBe(b?.id);
    expect(a?.contentHash).toBe(b?.contentHash);
  });

  it('gives another id to the same text on another date or at another precision', () => {
    const a = createReport({ text: 'Same text.', publishedAt: DAY });
    const b = createReport({ text: 'Same text.', publishedAt: { value: '2017-11', precision: 'month' } });
    expect(a?.id).not.toBe(b?.id);
  });

  it('leaves optional fields out instead of setting them to undefined', () => {
    const report = createReport({ text: 'x', publishedAt: DAY, source: { url: undefined, origin: 'o' } });
    expect(Object.keys(report ?? {}).sort()).toEqual(['contentHash', 'id', 'publishedAt', 'source', 'text']);
    expect(report?.source).toEqual({ origin: 'o' });
  });

  it('returns undefined for an empty body', () => {
    expect(createReport({ text: ' \n\t ', publishedAt: DAY })).toBeUndefined();
  });
});
