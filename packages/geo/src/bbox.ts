import type { GeoJSON, Position } from 'geojson';

/** A box `[minX, minY, maxX, maxY]` (GeoJSON's `bbox` order). */
export type BBox = [minX: number, minY: number, maxX: number, maxY: number];

function visit(coordinates: unknown, box: BBox): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number') {
    const x = coordinates[0];
    const y = coordinates[1];
    if (!Number.isFinite(x) || typeof y !== 'number' || !Number.isFinite(y)) return;
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
    return;
  }
  for (const child of coordinates) visit(child, box);
}

function visitGeoJson(geojson: GeoJSON | null, box: BBox): void {
  if (geojson === null) return;
  switch (geojson.type) {
    case 'FeatureCollection':
      for (const feature of geojson.features) visitGeoJson(feature.geometry, box);
      return;
    case 'Feature':
      visitGeoJson(geojson.geometry, box);
      return;
    case 'GeometryCollection':
      for (const geometry of geojson.geometries) visitGeoJson(geometry, box);
      return;
    default:
      visit(geojson.coordinates, box);
  }
}

/**
 * The bounding box of any GeoJSON object, ignoring positions that are not finite numbers;
 * `undefined` when there is no valid position.
 *
 * @example
 * ```ts
 * bboxOf(communes); // [-0.1, 46.0, 1.2, 47.2]
 * ```
 */
export function bboxOf(geojson: GeoJSON): BBox | undefined {
  const box: BBox = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  visitGeoJson(geojson, box);
  return box[0] <= box[2] ? box : undefined;
}

/** The bounding box of positions (see {@link bboxOf}). */
export function bboxOfPositions(positions: Iterable<Position>): BBox | undefined {
  const box: BBox = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  for (const position of positions) visit(position, box);
  return box[0] <= box[2] ? box : undefined;
}

/** True when `[x, y]` lies in the box, edges included. */
export function bboxContains(box: readonly number[], x: number, y: number): boolean {
  return x >= box[0]! && y >= box[1]! && x <= box[2]! && y <= box[3]!;
}
