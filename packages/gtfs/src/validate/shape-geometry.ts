/**
 * Spherical geometry for matching stops to shapes, as MobilityData gtfs-validator's S2-based
 * matcher: points as unit vectors, great-circle distances, and the closest point of a great-circle
 * edge to a point.
 *
 * Distances use `@datacites/geo`'s `EARTH_RADIUS` (6,371,008.8 m; the reference's S2 Earth radius
 * is 6,371,010 m, 0.2 ppm apart). Written here rather than taken from turf: turf's
 * `pointToLineDistance` measures to planar or rhumb segments, not to great-circle edges.
 * @packageDocumentation
 */
import { EARTH_RADIUS } from '@datacites/geo/measure';

/** A point of the unit sphere (x, y, z), or any 3-vector. */
export type Vector = readonly [number, number, number];

/** The unit vector of a `[lon, lat]` position in degrees. */
export function unitVector(lon: number, lat: number): Vector {
  const phi = (lat * Math.PI) / 180;
  const lambda = (lon * Math.PI) / 180;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}
/** Dot product of two vectors. */
export const dot = (a: Vector, b: Vector) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
/** Cross product of two vectors (normal to both; its length is the sine of their angle). */
export const cross = (a: Vector, b: Vector): Vector => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
/** Great-circle distance in metres between two unit vectors. */
export function metresBetween(a: Vector, b: Vector): number {
  const c = cross(a, b);
  return EARTH_RADIUS * Math.atan2(Math.sqrt(dot(c, c)), dot(a, b));
}

/** Closest point to `p` on the great-circle edge from `a` to `b` (shorter arc). */
export function closestOnEdge(p: Vector, a: Vector, b: Vector): Vector {
  const normal = cross(a, b);
  const length = Math.sqrt(dot(normal, normal));
  if (length > 1e-15) {
    const n: Vector = [normal[0] / length, normal[1] / length, normal[2] / length];
    const off = dot(p, n);
    const q: Vector = [p[0] - off * n[0], p[1] - off * n[1], p[2] - off * n[2]];
    const norm = Math.sqrt(dot(q, q));
    if (norm > 1e-15) {
      const onCircle: Vector = [q[0] / norm, q[1] / norm, q[2] / norm];
      // Inside the arc when it lies after a and before b around the normal.
      if (dot(cross(a, onCircle), n) >= 0 && dot(cross(onCircle, b), n) >= 0) return onCircle;
    }
  }
  return metresBetween(p, a) <= metresBetween(p, b) ? a : b;
}
