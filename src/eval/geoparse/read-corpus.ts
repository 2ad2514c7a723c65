import type { GeoDocument, Toponym } from './types.js';
import { attr, childText, closedRecords, elements, stripComments } from './xml-lite.js';

function num(s: string | undefined): number | undefined {
  if (s === undefined || s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function withPoint(t: Toponym, lat: number | undefined, lon: number | undefined): Toponym {
  return lat === undefined || lon === undefined ? t : { ...t, lat, lon };
}

/** LGL (`lgl.xml`): 0-based, end-exclusive offsets; toponyms without `<gaztag>` have no coordinates. */
export function parseLgl(xml: string): GeoDocument[] {
  return elements(stripComments(xml), 'article').map(({ attrs, inner }, i) => {
    const text = childText(inner, 'text') ?? '';
    const toponyms = closedRecords(inner, 'toponym').map((t) => {
      const base: Toponym = { surface: childText(t, 'phrase') ?? '', start: num(childText(t, 'start')) ?? 0, end: num(childText(t, 'end')) ?? 0 };
      return withPoint(base, num(childText(t, 'lat')), num(childText(t, 'lon')));
    });
    const doc: GeoDocument = { id: attr(attrs, 'docid') ?? String(i), text, toponyms };
    const outlet = childText(inner, 'domain')?.trim();
    if (outlet) doc.outlet = outlet;
    return doc;
  });
}

/**
 * GeoVirus (`GeoVirus.xml`): the file's offsets are one past the parsed text (`text[start-1:end-1] == name`
 * for all 2,170 locations), so they are shifted back here and every span is 0-based from then on.
 */
export function parseGeoVirus(xml: string): GeoDocument[] {
  return elements(stripComments(xml), 'article').map(({ inner }, i) => {
    const text = childText(inner, 'text') ?? '';
    const toponyms = closedRecords(inner, 'location').map((t) => {
      const base: Toponym = {
        surface: childText(t, 'name') ?? '',
        start: (num(childText(t, 'start')) ?? 1) - 1,
        end: (num(childText(t, 'end')) ?? 1) - 1,
      };
      return withPoint(base, num(childText(t, 'lat')), num(childText(t, 'lon')));
    });
    return { id: String(i), text, toponyms };
  });
}

/**
 * The `,,`/`||` line format of Gritta et al. and EUPEG: one line per document (in corpus order), toponyms
 * separated by `||` (with a trailing `||`), fields by `,,`: `gazetteer name,,surface,,lat,,lon,,start,,end[,,extra]`.
 * A gazetteer name may itself contain commas ("Alexandria, LA"), never `,,`.
 */
export function parseBaselineLines(content: string): Toponym[][] {
  const lines = content.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) =>
    line
      .replace(/\r$/, '')
      .split('||')
      .filter((t) => t.trim() !== '')
      .map((t) => {
        const f = t.split(',,');
        const base: Toponym = { surface: f[1] ?? '', start: num(f[4]) ?? 0, end: num(f[5]) ?? 0 };
        return withPoint(base, num(f[2]), num(f[3]));
      }),
  );
}
