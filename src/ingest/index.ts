// Public surface of ingest. Callers (CLI, API, tests) import from here; file names inside may change.
export { createReport, type ReportFields } from './create-report.js';
export { parseDateHeader, type DateHeader } from './date-header.js';
export { decodeInput, type InputContent } from './decode-input.js';
export { emptyResult, type IngestResult, type SkippedInput } from './ingest-result.js';
export { kindFromName, sniffKind, walkSkipReason, type InputKind } from './input-kind.js';
export { readJsonLine, readJsonLines } from './json-lines.js';
export { normaliseText } from './normalise-text.js';
export { isPartialDate, parsePartialDate } from './partial-date.js';
export { readContent, type ReadContentOptions } from './read-content.js';
export { readInputs, type ReadInputsOptions } from './read-inputs.js';
export { reportContentHash, reportIdFromHash } from './report-identity.js';
export { readPlainText, readSeedText, type PlainTextOptions, type SeedTextOptions } from './seed-format.js';
