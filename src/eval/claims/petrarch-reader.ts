import type { CameoTriple, PetrarchGold } from './types.js';

/**
 * Reads a PETRARCH validation file (`PETR.UnitTest.records.xml`, `PETR2_GSR_validation.xml`). They are not
 * well-formed XML: the AFP file has `#` banner lines and self-closed `<Sentence …/>` tags followed by the codings,
 * and attributes use either quote (`sourcecode='"INJURY TOLL"'`). So each sentence is the stretch from one
 * `<Sentence` to the next, comments removed first (commented-out records are not part of the suite).
 */
export function readPetrarchValidation(xml: string): PetrarchGold[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const starts = [...body.matchAll(/<Sentence\b([^>]*)>/g)];
  const out: PetrarchGold[] = [];
  starts.forEach((m, i) => {
    const end = starts[i + 1]?.index ?? body.length;
    const chunk = body.slice((m.index ?? 0) + m[0].length, end);
    const attrs = parseAttrs(m[1] ?? '');
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(chunk)?.[1];
    if (text === undefined) return;
    const triples: CameoTriple[] = [];
    for (const c of chunk.matchAll(/<EventCoding\b([^>]*?)\/?>/g)) {
      const a = parseAttrs(c[1] ?? '');
      if (a.noevents?.toLowerCase() === 'true') continue;
      if (a.eventcode === undefined) continue;
      triples.push({ source: a.sourcecode ?? '---', target: a.targetcode ?? '---', event: a.eventcode });
    }
    out.push({ id: attrs.id ?? `sentence-${out.length}`, index: out.length, category: attrs.category ?? '', text: cleanText(text), triples });
  });
  return out;
}

function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1];
    if (name) out[name] = decodeEntities((m[2] ?? m[3] ?? '').replace(/^"|"$/g, ''));
  }
  return out;
}

/** The texts are hard-wrapped at ~100 columns: rejoin the lines so sentence splitting sees one sentence. */
function cleanText(s: string): string {
  return decodeEntities(s).replace(/\s+/g, ' ').trim();
}

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}
