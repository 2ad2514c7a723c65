/**
 * Delimited text. CSV follows RFC 4180: every record ends with CRLF; a field holding a comma, a double quote, CR or
 * LF is wrapped in double quotes with inner quotes doubled; nothing else is touched, so evidence text with HTML,
 * quotes or line breaks round-trips as written. TSV has no quoting rule, so tabs and line breaks inside a field are
 * turned into spaces (the TSV export only carries codes and ids, where they never occur).
 */

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRecord(fields: readonly (string | number | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function tsvField(value: string | number | undefined): string {
  return value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

export function tsvRecord(fields: readonly (string | number | undefined)[]): string {
  return `${fields.map(tsvField).join('\t')}\n`;
}
