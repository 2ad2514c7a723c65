import type { InputContent } from './decode-input.js';

/** `jsonl`: one JSON report per line. `text`: the seed format (`date …` header then text), or plain text + --date. */
export type InputKind = 'jsonl' | 'text';

const DOCUMENTATION = /^(readme|licen[cs]e|copying|changelog|contributing|notice|authors)(\.[a-z]+)?$/i;

const BY_EXTENSION: Record<string, InputKind> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.txt': 'text',
  '.md': 'text',
  '': 'text',
};

/** The kind a file name declares by its extension; undefined for extensions ingest does not know. */
export function kindFromName(name: string): InputKind | undefined {
  return BY_EXTENSION[extensionOf(name)];
}

/**
 * Why a file met during a directory walk is not read, or undefined to read it. Only walks filter: a file named
 * explicitly on the command line is always read.
 * - hidden files and folders (`.git`, `.DS_Store`, editor swap files);
 * - golden and expectation files that sit next to inputs (`x.expected.md`, `x.golden.json`): they describe what
 *   the pipeline should output and are not reports;
 * - documentation that sits next to report folders (`README.md`, `LICENSE`, `CHANGELOG.md` …): `examples/`
 *   has a README.md that would otherwise be read as an undated report;
 * - extensions that are not reports (`.json`, `.html`, `.pdf` …) until a reader exists for them.
 */
export function walkSkipReason(name: string, isDirectory: boolean): string | undefined {
  if (name.startsWith('.')) return 'hidden';
  if (isDirectory) return undefined;
  if (name.includes('.expected.') || name.endsWith('.golden.json')) return 'golden/expected file';
  if (DOCUMENTATION.test(name)) return 'documentation file';
  if (kindFromName(name) === undefined) return `unsupported extension "${extensionOf(name)}"`;
  return undefined;
}

/**
 * For stdin and unknown extensions: JSON Lines when the first non-blank character is `{`. A report in the seed
 * format starts with `date`, and prose practically never starts with a brace.
 */
export function sniffKind(content: InputContent): InputKind {
  const head = typeof content === 'string' ? content.slice(0, 256) : new TextDecoder().decode(content.subarray(0, 256));
  return head.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'jsonl' : 'text';
}

function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}
