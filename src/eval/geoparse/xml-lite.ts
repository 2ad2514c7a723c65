/**
 * Just enough XML for the two gold files (LGL, GeoVirus): flat, well-formed, no attributes we need beyond
 * `docid`, CDATA around LGL texts and `&amp;`-style entities in GeoVirus texts. A full parser would be a new
 * dependency for two fixed files; the reproduction tests check every span against its phrase.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(raw: string): string {
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(raw);
  if (cdata) return cdata[1] ?? '';
  return raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Drop comments: GeoVirus.xml ends with nine commented-out empty `<article>` templates after `</articles>`.
 * (Neither file has `<!--` inside a CDATA text.)
 */
export function stripComments(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->/g, '');
}

/** Every `<tag ...>…</tag>` block in `xml`, as [attributes, inner]. Tags must not nest within themselves. */
export function elements(xml: string, tag: string): { attrs: string; inner: string }[] {
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  return [...xml.matchAll(re)].map((m) => ({ attrs: m[1] ?? '', inner: m[2] ?? '' }));
}

/**
 * The contents of each `</tag>`-terminated record, split on closing tags rather than paired with openers:
 * GeoVirus article 45 has a stray extra `<location>` (and one missing), and a lenient split still yields one
 * record per annotated location, 2,170 in all, as the published count says.
 */
export function closedRecords(xml: string, tag: string): string[] {
  const parts = xml.split(`</${tag}>`);
  parts.pop();
  return parts;
}

/** Decoded text of the first `<tag>` in `xml`, or undefined. */
export function childText(xml: string, tag: string): string | undefined {
  const first = elements(xml, tag)[0];
  return first === undefined ? undefined : decodeXmlText(first.inner);
}

export function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}
