import { InputErrorCode, SitrepError } from '../errors.js';
import type { Report } from '../model/report.js';
import { createReport } from './create-report.js';
import { decodeInput, decodeLines, hasUtf16Bom, type InputContent } from './decode-input.js';
import { emptyResult, type IngestResult } from './ingest-result.js';
import { isPartialDate, parsePartialDate } from './partial-date.js';

const LINE_SHAPE = 'each line must be one JSON object: {"text": "...", "date": "YYYY-MM-DD", "url"?, "outlet"?, "title"?, "lang"?}';
const OPTIONAL_STRINGS = ['url', 'outlet', 'title', 'lang'] as const;
// A timestamp keeps only its calendar date, as written: "2017-11-09T23:30:00+03:00" is the 9th where it was
// published; converting to UTC would move it to another day.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

/**
 * JSON Lines: one report per line. A broken line becomes an error naming `file:line`; the other lines are still
 * read. Blank lines are ignored. Bytes are decoded line by line, so a line with bad UTF-8 loses only itself.
 */
export function readJsonLines(content: InputContent, origin: string): IngestResult {
  const result = emptyResult();
  const lines = splitDecoded(content, origin);
  if (lines instanceof SitrepError) {
    result.errors.push(lines);
    return result;
  }
  lines.forEach((line, i) => {
    const input = `${origin}:${i + 1}`;
    if (line === undefined) {
      result.errors.push(
        new SitrepError(InputErrorCode.utf8, 'this line is not valid UTF-8', {
          input,
          remedy: 'Re-save the file as UTF-8 or fix the encoding of this line',
        }),
      );
      return;
    }
    if (line.trim() === '') return;
    const parsed = readJsonLine(line, input);
    if (parsed instanceof SitrepError) result.errors.push(parsed);
    else result.reports.push(parsed);
  });
  return result;
}

/** One JSON Lines line to a Report, or the single problem that stops it. */
export function readJsonLine(line: string, input: string): Report | SitrepError {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return jsonlError(input, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return jsonlError(input, 'not a JSON object');
  }
  const fields = value as Record<string, unknown>;
  if (typeof fields.text !== 'string') return jsonlError(input, 'missing "text" (a string)');
  for (const key of OPTIONAL_STRINGS) {
    const v = fields[key];
    if (v !== undefined && v !== null && typeof v !== 'string') return jsonlError(input, `"${key}" must be a string`);
  }
  const lang = optionalString(fields.lang)?.trim().toLowerCase();
  if (lang !== undefined && !/^[a-z]{2,3}$/.test(lang)) {
    return jsonlError(input, `"lang" must be an ISO 639 code such as "fr" or "en", not "${lang}"`);
  }
  const date = readDate(fields.date, input);
  if (date instanceof SitrepError) return date;
  const report = createReport({
    text: fields.text,
    publishedAt: date,
    source: { url: optionalString(fields.url), outlet: optionalString(fields.outlet), origin: input },
    lang,
    title: optionalString(fields.title),
  });
  return report ?? jsonlError(input, '"text" is empty');
}

function readDate(raw: unknown, input: string) {
  const remedy = 'Give "date" as "YYYY-MM-DD", "YYYY-MM" or "YYYY" (an ISO timestamp is accepted too)';
  if (typeof raw !== 'string' || raw.trim() === '') {
    return new SitrepError(InputErrorCode.date, 'missing "date"', { input, remedy });
  }
  const value = TIMESTAMP.exec(raw.trim())?.[1] ?? raw;
  const date = parsePartialDate(value);
  if (!isPartialDate(date)) return new SitrepError(InputErrorCode.date, `invalid "date": ${date}`, { input, remedy });
  return date;
}

function splitDecoded(content: InputContent, origin: string): Array<string | undefined> | SitrepError {
  // Whole-input checks first (empty, binary, UTF-16): those are one error for the file, not one per line.
  if (typeof content === 'string') {
    const text = decodeInput(content, origin);
    return text instanceof SitrepError ? text : text.split('\n');
  }
  const whole = decodeInput(content, origin);
  if (typeof whole === 'string') return whole.split('\n');
  // Only plain bad UTF-8 is worth a line-by-line retry; in a UTF-16 file no line would decode.
  if (whole.code !== InputErrorCode.utf8 || hasUtf16Bom(content)) return whole;
  return decodeLines(content);
}

function optionalString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function jsonlError(input: string, problem: string): SitrepError {
  return new SitrepError(InputErrorCode.jsonl, problem, { input, remedy: `Fix or remove the line; ${LINE_SHAPE}` });
}
