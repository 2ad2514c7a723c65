import { readFileSync, statSync } from 'node:fs';
import { InputErrorCode, SitrepError } from '../errors.js';
import type { PartialDate } from '../model/time.js';
import type { InputContent } from './decode-input.js';
import { emptyResult, type IngestResult, mergeInto } from './ingest-result.js';
import { kindFromName } from './input-kind.js';
import { isPartialDate, parsePartialDate } from './partial-date.js';
import { readContent } from './read-content.js';
import { walkDirectory } from './walk-directory.js';

export interface ReadInputsOptions {
  /** `--date`: dates plain texts without a `date` header (a header in the file wins). */
  date?: string;
  /** Supplies stdin when a path is `-`; injected so tests and the API never touch the real stdin. */
  stdin?: () => string | Buffer;
}

const STDIN = '-';
const STDIN_NAME = '<stdin>';

/**
 * Reads files, directories (recursively) and `-` (stdin) into reports. The only ingest function that touches
 * the file system. Problems with one input become errors in the result and the rest of the batch is still read.
 * Reports come in the order of `paths`, then walk order, then line order; a report whose id was already read in
 * this batch is listed in `skipped`, not returned twice.
 */
export function readInputs(paths: string[], opts: ReadInputsOptions = {}): IngestResult {
  const result = emptyResult();
  const fallbackDate = parseDateOption(opts.date, result);
  let stdinRead = false;
  for (const path of paths) {
    if (path === STDIN) {
      if (stdinRead) result.skipped.push({ input: STDIN_NAME, reason: 'stdin given twice; read once' });
      else mergeInto(result, readStdin(opts.stdin, fallbackDate));
      stdinRead = true;
    } else {
      mergeInto(result, readPath(path, fallbackDate));
    }
  }
  return dropDuplicates(result);
}

function readPath(path: string, fallbackDate: PartialDate | undefined): IngestResult {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    return failed(fsError(path, error as NodeJS.ErrnoException));
  }
  if (!isDirectory) return readFile(path, fallbackDate);
  const walk = walkDirectory(path);
  const result = emptyResult();
  result.skipped.push(...walk.skipped);
  for (const failure of walk.failures) result.errors.push(fsError(failure.path, failure.error));
  for (const file of walk.files) mergeInto(result, readFile(file, fallbackDate));
  if (walk.files.length === 0 && walk.failures.length === 0) {
    result.errors.push(
      new SitrepError(InputErrorCode.empty, 'the directory holds no .txt, .md or .jsonl report files', {
        input: path,
        remedy: 'Point at a folder of reports, or name the files directly (hidden and *.expected.* files are skipped)',
      }),
    );
  }
  return result;
}

function readFile(path: string, fallbackDate: PartialDate | undefined): IngestResult {
  let content: InputContent;
  try {
    content = readFileSync(path);
  } catch (error) {
    return failed(fsError(path, error as NodeJS.ErrnoException));
  }
  // An unknown extension named explicitly is sniffed rather than refused: the user asked for that file.
  return readContent(content, { input: path, kind: kindFromName(path), fallbackDate });
}

function readStdin(stdin: ReadInputsOptions['stdin'], fallbackDate: PartialDate | undefined): IngestResult {
  if (stdin === undefined) {
    return failed(
      new SitrepError(InputErrorCode.unreadable, 'stdin is not available here', {
        input: STDIN_NAME,
        remedy: 'Pass file or directory paths instead of -',
      }),
    );
  }
  let content: InputContent;
  try {
    content = stdin();
  } catch (error) {
    return failed(fsError(STDIN_NAME, error as NodeJS.ErrnoException));
  }
  return readContent(content, { input: STDIN_NAME, fallbackDate });
}

function parseDateOption(date: string | undefined, result: IngestResult): PartialDate | undefined {
  if (date === undefined) return undefined;
  const parsed = parsePartialDate(date);
  if (isPartialDate(parsed)) return parsed;
  // Files with their own date header or JSON Lines dates are still read; only undated texts will fail.
  result.errors.push(
    new SitrepError(InputErrorCode.date, `invalid date: ${parsed}`, {
      input: '--date',
      remedy: 'Give the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. --date 2017-11-09',
    }),
  );
  return undefined;
}

function fsError(path: string, error: NodeJS.ErrnoException): SitrepError {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
    return new SitrepError(InputErrorCode.missing, 'no such file or directory', {
      input: path,
      remedy: `Check the path (relative paths start from ${process.cwd()})`,
      cause: error,
    });
  }
  return new SitrepError(InputErrorCode.unreadable, `cannot be read (${error.code ?? error.message})`, {
    input: path,
    remedy: error.code === 'EACCES' ? 'Check the file permissions' : 'Check that it is a readable file or folder',
    cause: error,
  });
}

function failed(error: SitrepError): IngestResult {
  const result = emptyResult();
  result.errors.push(error);
  return result;
}

// Same id = same date and same normalised text: the same report reached through two paths (a file named
// explicitly and again inside its folder, or a wire item repeated). Keep the first, say where the others were.
function dropDuplicates(result: IngestResult): IngestResult {
  const firstOrigin = new Map<string, string>();
  result.reports = result.reports.filter((report) => {
    const origin = report.source.origin ?? report.id;
    const first = firstOrigin.get(report.id);
    if (first === undefined) {
      firstOrigin.set(report.id, origin);
      return true;
    }
    result.skipped.push({ input: origin, reason: `duplicate of ${first} (${report.id})` });
    return false;
  });
  return result;
}
