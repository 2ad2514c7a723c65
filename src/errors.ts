/**
 * One base error for the whole project. Every error carries a stable `code` (scripts and the API match on it, never
 * on the wording), the `input` it is about (a file, `file:line`, a flag such as `--date`) and a `remedy` that tells
 * the user what to do. Per-input problems are returned as values (`{ reports, errors }`) so a batch goes on past
 * them; only programming errors are thrown.
 */

/** Codes used by ingest. Other modules add their own `E_*` codes without editing this list. */
export const InputErrorCode = {
  /** NUL bytes or mostly control characters: an image, archive, PDF, database ... */
  binary: 'E_INPUT_BINARY',
  /** Zero bytes, only whitespace, or a date header with no text after it. */
  empty: 'E_INPUT_EMPTY',
  /** Bytes that are not valid UTF-8 (Latin-1, Windows-1252, UTF-16 saved by an editor ...). */
  utf8: 'E_INPUT_UTF8',
  /** A JSON Lines line that is not a JSON object with the expected fields. */
  jsonl: 'E_INPUT_JSONL',
  /** No date, or a date that is malformed or does not exist (2017-02-30). */
  date: 'E_INPUT_DATE',
  /** The path does not exist. */
  missing: 'E_INPUT_MISSING',
  /** The path exists but cannot be read (permissions, special file, I/O error). */
  unreadable: 'E_INPUT_UNREADABLE',
} as const;

export type InputErrorCode = (typeof InputErrorCode)[keyof typeof InputErrorCode];

/** Any stable error code: `E_` followed by upper-case words. */
export type SitrepErrorCode = `E_${string}`;

export interface SitrepErrorOptions {
  /** What the error is about: a path, `path:line`, `<stdin>`, a flag name. */
  input?: string;
  /** What the user should do; appended to the message so a bare `console.error(e.message)` is enough. */
  remedy?: string;
  cause?: unknown;
}

/** Plain-object form for `--json` output and API responses. */
export interface SitrepErrorJson {
  code: SitrepErrorCode;
  input?: string;
  problem: string;
  remedy?: string;
  message: string;
}

export class SitrepError extends Error {
  readonly code: SitrepErrorCode;
  readonly input: string | undefined;
  /** The problem alone, without the input prefix and the remedy. */
  readonly problem: string;
  readonly remedy: string | undefined;

  constructor(code: SitrepErrorCode, problem: string, options: SitrepErrorOptions = {}) {
    super(formatMessage(problem, options), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SitrepError';
    this.code = code;
    this.input = options.input;
    this.problem = problem;
    this.remedy = options.remedy;
  }

  toJSON(): SitrepErrorJson {
    const json: SitrepErrorJson = { code: this.code, problem: this.problem, message: this.message };
    if (this.input !== undefined) json.input = this.input;
    if (this.remedy !== undefined) json.remedy = this.remedy;
    return json;
  }
}

export function isSitrepError(value: unknown): value is SitrepError {
  return value instanceof SitrepError;
}

// "examples/a.txt: not valid UTF-8 (line 3). Re-save the file as UTF-8 ..." — input first, like compilers do,
// so editors and terminals can jump to it.
function formatMessage(problem: string, { input, remedy }: SitrepErrorOptions): string {
  const head = input === undefined ? problem : `${input}: ${problem}`;
  return remedy === undefined ? head : `${head}. ${remedy}`;
}
