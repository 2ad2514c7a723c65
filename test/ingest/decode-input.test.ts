import { describe, expect, it } from 'vitest';
import { SitrepError } from '../../src/errors.js';
import { decodeInput, looksBinary } from '../../src/ingest/decode-input.js';

function code(value: string | SitrepError): string {
  return value instanceof SitrepError ? value.code : 'OK';
}

describe('decodeInput', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeInput(Buffer.from('\uFEFFdate 2017 é', 'utf8'), 'a')).toBe('date 2017 é');
  });

  it.each([
    ['zero bytes', Buffer.alloc(0), 'E_INPUT_EMPTY'],
    ['whitespace only', Buffer.from(' \n\t\r\n'), 'E_INPUT_EMPTY'],
    ['an empty string', '', 'E_INPUT_EMPTY'],
    ['NUL bytes (PNG header)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'E_INPUT_BINARY'],
    ['mostly control bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01))), 'E_INPUT_BINARY'],
    ['a string with NUL', 'abc\u0000def', 'E_INPUT_BINARY'],
    ['Latin-1 bytes', Buffer.from('date 2017 libérée', 'latin1'), 'E_INPUT_UTF8'],
    ['UTF-16 with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('date 2017 x', 'utf16le')]), 'E_INPUT_UTF8'],
  ])('refuses %s', (_name, content, expected) => {
    expect(code(decodeInput(content, 'in.txt'))).toBe(expected);
  });

  it('names the first line with bad UTF-8 and the remedy', () => {
    const bytes = Buffer.concat([Buffer.from('date 2017\nok line\n'), Buffer.from('caf\xe9\n', 'latin1')]);
    const e = decodeInput(bytes, 'news.txt');
    expect(e).toBeInstanceOf(SitrepError);
    expect((e as SitrepError).message).toMatch(/^news\.txt: not valid UTF-8 \(line 3\)\. Re-save the file as UTF-8/);
    expect((e as SitrepError).message).toContain('iconv');
  });

  it('accepts text with tabs, form feeds and a stray escape', () => {
    expect(looksBinary(Buffer.from('a\tb\fc\x1b[0m ' + 'text '.repeat(20)))).toBe(false);
  });
});
