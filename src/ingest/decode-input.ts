import { InputErrorCode, SitrepError } from '../errors.js';

/** Raw input as it reaches ingest: bytes from a file or stdin, or a string an API caller already decoded. */
export type InputContent = string | Uint8Array;

// Share of control characters (other than tab, newlines, form feed) above which a file is not text.
// Real reports have none; a tenth leaves room for a stray escape sequence pasted from a terminal.
const CONTROL_RATIO_LIMIT = 0.1;
const SNIFF_LENGTH = 8192;

/**
 * Turns raw input into a string, or one error saying what is wrong with it and how to fix it. The order of checks
 * matters: UTF-16 and binary files are reported as such before a UTF-8 failure would hide what they are.
 * Does not normalise or trim — `normaliseText` does that once.
 */
export function decodeInput(content: InputContent, input: string): string | SitrepError {
  if (typeof content === 'string') return checkText(content, input);
  if (content.length === 0) return emptyError(input);
  if (hasUtf16Bom(content)) {
    return new SitrepError(InputErrorCode.utf8, 'the file is UTF-16, not UTF-8', {
      input,
      remedy: `Convert it, e.g. \`iconv -f UTF-16 -t UTF-8 ${shellQuote(input)} > out.txt\``,
    });
  }
  if (looksBinary(content)) return binaryError(input);
  const decoded = decodeUtf8(content, input);
  if (decoded instanceof SitrepError) return decoded;
  return checkText(decoded, input);
}

/** Decodes UTF-8 strictly; on failure names the first bad line, since a fatal TextDecoder does not say where. */
export function decodeUtf8(bytes: Uint8Array, input: string): string | SitrepError {
  try {
    // ignoreBOM false (the default) drops a leading UTF-8 BOM, which Windows editors add.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = firstInvalidLine(bytes);
    return new SitrepError(InputErrorCode.utf8, `not valid UTF-8${line === undefined ? '' : ` (line ${line})`}`, {
      input,
      remedy:
        'Re-save the file as UTF-8; if it is Latin-1 or Windows-1252, ' +
        `\`iconv -f WINDOWS-1252 -t UTF-8 ${shellQuote(input)} > out.txt\``,
    });
  }
}

/** Splits bytes into lines and decodes each on its own, so one bad line does not lose the others (JSON Lines). */
export function decodeLines(bytes: Uint8Array): Array<string | undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return splitLines(bytes).map((line) => {
    try {
      // Each decode() call starts afresh and drops a leading BOM, which is only ever junk in a JSON line.
      return decoder.decode(line);
    } catch {
      return undefined;
    }
  });
}

export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const n = Math.min(bytes.length, SNIFF_LENGTH);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if ((b < 0x20 && !isTextControl(b)) || b === 0x7f) control++;
  }
  return n > 0 && control / n > CONTROL_RATIO_LIMIT;
}

function checkText(text: string, input: string): string | SitrepError {
  if (text.includes('\u0000')) return binaryError(input);
  const sample = text.slice(0, SNIFF_LENGTH);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && !isTextControl(c)) || c === 0x7f) control++;
  }
  if (sample.length > 0 && control / sample.length > CONTROL_RATIO_LIMIT) return binaryError(input);
  if (text.replace(/^\uFEFF/, '').trim() === '') return emptyError(input);
  return text;
}

// Tab, LF, VT, FF, CR.
function isTextControl(c: number): boolean {
  return c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d;
}

export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

// 0x0A never occurs inside a multi-byte UTF-8 sequence, so splitting on it before decoding is safe.
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return lines;
}

function firstInvalidLine(bytes: Uint8Array): number | undefined {
  const index = decodeLines(bytes).findIndex((line) => line === undefined);
  return index < 0 ? undefined : index + 1;
}

function binaryError(input: string): SitrepError {
  return new SitrepError(InputErrorCode.binary, 'this is a binary file, not text', {
    input,
    remedy: 'Give a UTF-8 text, Markdown or JSON Lines file; extract the text from PDFs or documents first',
  });
}

function emptyError(input: string): SitrepError {
  return new SitrepError(InputErrorCode.empty, 'the input is empty', {
    input,
    remedy: 'Put the report text in it (after a `date YYYY-MM-DD` line) or remove it from the batch',
  });
}

function shellQuote(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}
