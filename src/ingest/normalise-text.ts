/**
 * The one and only rewrite a report's text ever gets, done once at ingest so that every later span offset points
 * into the same string:
 * - a leading BOM is dropped (an editor artefact, not text);
 * - CRLF and lone CR become LF, so the same report saved on Windows hashes to the same id;
 * - Unicode NFC, so a decomposed "é" (e + U+0301) from macOS file names or copy-paste matches the lexicons;
 * - leading and trailing whitespace is trimmed.
 */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC').trim();
}
