/** Lines of a data file with their 1-based line numbers, skipping blanks and `#` comments. */
export function dataLines(text: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  text.split('\n').forEach((raw, i) => {
    const l = raw.replace(/\r$/, '');
    if (l.trim() === '' || l.startsWith('#')) return;
    out.push({ line: i + 1, fields: l.split('\t') });
  });
  return out;
}
