import { SitrepError } from '../errors.js';
import type { PartialDate } from '../model/time.js';
import { decodeInput, type InputContent } from './decode-input.js';
import { emptyResult, type IngestResult } from './ingest-result.js';
import { type InputKind, sniffKind } from './input-kind.js';
import { readJsonLines } from './json-lines.js';
import { readSeedText } from './seed-format.js';

export interface ReadContentOptions {
  /** Name used in `source.origin` and in error messages: a path, or `<stdin>`. */
  input: string;
  /** Omitted: guessed from the content (`{` first → JSON Lines). */
  kind?: InputKind;
  /** `--date`: dates texts that have no `date` header. JSON Lines lines must carry their own date. */
  fallbackDate?: PartialDate;
}

/** Reads one input already in memory. Pure: no file system, so tests and the HTTP API feed it directly. */
export function readContent(content: InputContent, options: ReadContentOptions): IngestResult {
  const { input, fallbackDate } = options;
  const kind = options.kind ?? sniffKind(content);
  if (kind === 'jsonl') return readJsonLines(content, input);
  const result = emptyResult();
  const text = decodeInput(content, input);
  const report = text instanceof SitrepError ? text : readSeedText(text, { origin: input, fallbackDate });
  if (report instanceof SitrepError) result.errors.push(report);
  else result.reports.push(report);
  return result;
}
