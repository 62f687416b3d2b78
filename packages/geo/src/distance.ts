/** Mean Earth radius in metres (IUGG R1), the radius turf uses. */
export const EARTH_RADIUS = 6_371_008.8;

const RAD = Math.PI / 180;

/**
 * Great-circle distance in metres between two longitude/latitude positions (haversine on a sphere
 * of radius {@link EARTH_RADIUS}; within 0.5 % of the ellipsoidal distance).
 *
 * @example
 * ```ts
 * haversineDistance(2.3499, 48.853, 0.3404, 46.5802); // ≈ 296 km, Paris → Poitiers
 * ```
 */
export function haversineDistance(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A longitude/latitude box holding every position within `distance` metres of `[lon, lat]`
 * (longitude wrap-around at ±180° is not handled: French data never needs it).
 */
export function boxAround(
  lon: number,
  lat: number,
  distance: number,
): [number, number, number, number] {
  const angle = distance / EARTH_RADIUS;
  const dLat = angle / RAD;
  const sinAngle = Math.sin(Math.min(angle, Math.PI / 2));
  const cosLat = Math.cos(lat * RAD);
  const dLon =
    angle >= Math.PI / 2 || sinAngle >= cosLat ? 360 : Math.asin(sinAngle / cosLat) / RAD;
  // A hair wider, against rounding.
  const pad = 1e-9;
  return [lon - dLon - pad, lat - dLat - pad, lon + dLon + pad, lat + dLat + pad];
}
