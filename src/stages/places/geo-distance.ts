const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres (haversine); scorers pass the radius their reference code used. */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number, radiusKm = EARTH_RADIUS_KM): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * radiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}
