/**
 * A small structural validator for the GeoJSON Sitrep writes (RFC 7946): a FeatureCollection of Features whose
 * geometry is a Point or null. Returns the problems found, empty when the document is valid.
 */
export function geoJsonProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(doc)) return ['the document is not a JSON object'];
  if (doc.type !== 'FeatureCollection') problems.push(`type is ${String(doc.type)}, not FeatureCollection`);
  // RFC 7946 §4: no `crs` member; coordinates are WGS 84 longitude, latitude.
  if ('crs' in doc) problems.push('a crs member (removed by RFC 7946)');
  if (!Array.isArray(doc.features)) return [...problems, 'features is not an array'];
  doc.features.forEach((f: unknown, i: number) => {
    const at = `features[${i}]`;
    if (!isObject(f)) return void problems.push(`${at} is not an object`);
    if (f.type !== 'Feature') problems.push(`${at}.type is ${String(f.type)}`);
    if (!('geometry' in f)) problems.push(`${at} has no geometry member (null is allowed, absent is not)`);
    if (!('properties' in f)) problems.push(`${at} has no properties member`);
    if (f.properties !== null && !isObject(f.properties)) problems.push(`${at}.properties is neither an object nor null`);
    if ('id' in f && typeof f.id !== 'string' && typeof f.id !== 'number') problems.push(`${at}.id is neither a string nor a number`);
    const g = f.geometry;
    if (g === null || g === undefined) return;
    if (!isObject(g) || g.type !== 'Point') return void problems.push(`${at}.geometry is not a Point`);
    const c = g.coordinates;
    if (!Array.isArray(c) || c.length < 2 || c.length > 3 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      return void problems.push(`${at}.geometry.coordinates is not [lon, lat] numbers`);
    }
    const [lon, lat] = c as number[];
    if (lon! < -180 || lon! > 180) problems.push(`${at} longitude ${lon} out of range`);
    if (lat! < -90 || lat! > 90) problems.push(`${at} latitude ${lat} out of range`);
  });
  return problems;
}
