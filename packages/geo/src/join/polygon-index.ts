import { excerpt, type LoadIssue } from '@datacites/core';
import { booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

/** Polygons or multipolygons to index. */
export type PolygonInput<P = GeoJsonProperties> =
  | FeatureCollection<Geometry | null, P>
  | readonly Feature<Geometry | null, P>[];

/**
 * A spatial index (flatbush R-tree over the bounding box of every polygon part) answering "which
 * polygon holds this point" in about log(n) instead of testing every polygon.
 *
 * Containment is turf's `booleanPointInPolygon` (boundary included), so results are those of
 * turf's `tag` loop. A point on a border shared by several polygons belongs to the **first** of
 * them in input order, as in `tag`, which keeps the first polygon found and stops looking.
 *
 * @example
 * ```ts
 * const communes = new PolygonIndex(communesGeoJson);
 * const i = communes.locate(0.3404, 46.5802); // index of Poitiers in communesGeoJson
 * communes.features[i]?.properties?.nom; // 'Poitiers'
 * ```
 */
export class PolygonIndex<P = GeoJsonProperties> {
  /** The input features, in input order (indexes returned refer to it). */
  readonly features: readonly Feature<Geometry | null, P>[];
  /** `not_a_polygon` warnings for features left out of the index (not Polygon/MultiPolygon). */
  readonly issues: readonly LoadIssue[];
  /** Number of features indexed. */
  readonly indexed: number;
  readonly #tree: Flatbush | undefined;
  readonly #partFeature: Int32Array;
  readonly #partGeometry: Polygon[];
  readonly #point: number[] = [0, 0];

  /** Indexes the polygons and multipolygons; `source` names them in issues. */
  constructor(polygons: PolygonInput<P>, options: { readonly source?: string } = {}) {
    this.features = 'type' in polygons ? polygons.features : polygons;
    const issues: LoadIssue[] = [];
    const partFeature: number[] = [];
    const partGeometry: Polygon[] = [];
    const boxes: number[] = [];
    let indexed = 0;
    this.features.forEach((feature, index) => {
      const parts = polygonParts(feature.geometry);
      if (parts === undefined) {
        issues.push({
          code: 'not_a_polygon',
          severity: 'warning',
          message: `Feature ${index + 1} is a ${feature.geometry?.type ?? 'null geometry'}, not a polygon: not indexed.`,
          ...(options.source === undefined ? {} : { source: options.source }),
          line: index + 1,
          field: 'geometry',
          raw: excerpt(JSON.stringify(feature.geometry)),
        });
        return;
      }
      indexed++;
      for (const rings of parts) {
        const box = ringBox(rings[0] ?? []);
        if (box === undefined) continue;
        partFeature.push(index);
        partGeometry.push({ type: 'Polygon', coordinates: rings });
        boxes.push(...box);
      }
    });
    this.issues = issues;
    this.indexed = indexed;
    this.#partFeature = Int32Array.from(partFeature);
    this.#partGeometry = partGeometry;
    if (partGeometry.length > 0) {
      const tree = new Flatbush(partGeometry.length);
      for (let i = 0; i < boxes.length; i += 4) {
        tree.add(boxes[i]!, boxes[i + 1]!, boxes[i + 2]!, boxes[i + 3]!);
      }
      tree.finish();
      this.#tree = tree;
    }
  }

  /**
   * Index (in {@link features}) of the first polygon holding `[x, y]`, boundary included; -1
   * when none does or the position is not finite.
   */
  locate(x: number, y: number): number {
    const tree = this.#tree;
    if (tree === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return -1;
    const parts = tree.search(x, y, x, y);
    if (parts.length === 0) return -1;
    const point = this.#point;
    point[0] = x;
    point[1] = y;
    let best = -1;
    for (const part of parts) {
      const feature = this.#partFeature[part]!;
      if (best !== -1 && feature >= best) continue;
      if (booleanPointInPolygon(point, this.#partGeometry[part]!)) best = feature;
    }
    return best;
  }

  /** Indexes of every polygon holding `[x, y]`, ascending (several on shared borders). */
  locateAll(x: number, y: number): number[] {
    const tree = this.#tree;
    if (tree === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return [];
    const found = new Set<number>();
    for (const part of tree.search(x, y, x, y)) {
      const feature = this.#partFeature[part]!;
      if (!found.has(feature) && booleanPointInPolygon([x, y], this.#partGeometry[part]!)) {
        found.add(feature);
      }
    }
    return [...found].sort((a, b) => a - b);
  }

  /** Indexes of the polygons whose bounding box meets the box, ascending, without duplicates. */
  candidates(minX: number, minY: number, maxX: number, maxY: number): number[] {
    if (this.#tree === undefined) return [];
    const found = new Set<number>();
    for (const part of this.#tree.search(minX, minY, maxX, maxY)) {
      found.add(this.#partFeature[part]!);
    }
    return [...found].sort((a, b) => a - b);
  }

  /**
   * Locates interleaved positions `[x0, y0, x1, y1, …]` (the fastest input for millions of
   * points): polygon index per point, -1 when outside every polygon.
   */
  locatePositions(coordinates: ArrayLike<number>): Int32Array {
    const result = new Int32Array(coordinates.length >> 1);
    for (let i = 0; i < result.length; i++) {
      result[i] = this.locate(coordinates[2 * i]!, coordinates[2 * i + 1]!);
    }
    return result;
  }
}

function polygonParts(geometry: Geometry | null): Position[][][] | undefined {
  if (geometry?.type === 'Polygon') return [(geometry as Polygon).coordinates];
  if (geometry?.type === 'MultiPolygon') return (geometry as MultiPolygon).coordinates;
  return undefined;
}

function ringBox(ring: readonly Position[]): [number, number, number, number] | undefined {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const [x, y] of ring) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x! < minX) minX = x!;
    if (y! < minY) minY = y!;
    if (x! > maxX) maxX = x!;
    if (y! > maxY) maxY = y!;
  }
  return minX <= maxX ? [minX, minY, maxX, maxY] : undefined;
}
