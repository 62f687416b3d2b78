import { excerpt, type LoadIssue } from '@datacites/core';
import Flatbush from 'flatbush';
import type { Feature, GeoJsonProperties, Geometry, Position } from 'geojson';
import { boxAround, haversineDistance } from '../distance.js';
import type { PointInput } from './points-in-polygons.js';

/** One neighbour found by {@link PointIndex.nearest}. */
export interface Neighbour {
  /** Index of the point in the input. */
  readonly index: number;
  /** Great-circle distance in metres. */
  readonly distance: number;
}

/**
 * An index of longitude/latitude points answering "the k nearest points, with distances in
 * metres". The R-tree gives candidates in degrees; every answer is then checked with the
 * great-circle distance, so results are exact for the sphere (not biased by longitude shrinking
 * with latitude).
 *
 * @example
 * ```ts
 * const stops = new PointIndex(stopsGeoJson);
 * stops.nearest(2.3499, 48.853, 3); // [{ index: 12, distance: 84.2 }, …]
 * ```
 */
export class PointIndex<P = GeoJsonProperties> {
  /** The input points, in input order. */
  readonly points: readonly (Feature<Geometry | null, P> | Position)[];
  /** `invalid_point` warnings for points left out of the index. */
  readonly issues: readonly LoadIssue[];
  readonly #tree: Flatbush | undefined;
  readonly #ids: Int32Array;
  readonly #coordinates: Float64Array;

  /** Indexes the points; `source` names them in issues. */
  constructor(points: PointInput<P>, options: { readonly source?: string } = {}) {
    this.points = 'type' in points ? points.features : points;
    const issues: LoadIssue[] = [];
    const ids: number[] = [];
    const coordinates: number[] = [];
    this.points.forEach((item, index) => {
      const position = Array.isArray(item)
        ? (item as Position)
        : (item as Feature).geometry?.type === 'Point'
          ? ((item as Feature).geometry as { coordinates: Position }).coordinates
          : undefined;
      const x = position?.[0];
      const y = position?.[1];
      if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x + y)) {
        ids.push(index);
        coordinates.push(x, y);
        return;
      }
      issues.push({
        code: 'invalid_point',
        severity: 'warning',
        message: `Point ${index + 1} has no valid position: not indexed.`,
        ...(options.source === undefined ? {} : { source: options.source }),
        line: index + 1,
        field: 'geometry',
        raw: excerpt(JSON.stringify(Array.isArray(item) ? item : (item as Feature).geometry) ?? ''),
      });
    });
    this.issues = issues;
    this.#ids = Int32Array.from(ids);
    this.#coordinates = Float64Array.from(coordinates);
    if (ids.length > 0) {
      const tree = new Flatbush(ids.length);
      for (let i = 0; i < coordinates.length; i += 2) {
        tree.add(coordinates[i]!, coordinates[i + 1]!, coordinates[i]!, coordinates[i + 1]!);
      }
      tree.finish();
      this.#tree = tree;
    }
  }

  /** Number of points indexed. */
  get size(): number {
    return this.#ids.length;
  }

  #distance(slot: number, lon: number, lat: number): number {
    return haversineDistance(
      lon,
      lat,
      this.#coordinates[2 * slot]!,
      this.#coordinates[2 * slot + 1]!,
    );
  }

  /**
   * The `k` points nearest to `[lon, lat]`, closest first (ties by input order), optionally
   * only those within `maxDistance` metres.
   */
  nearest(lon: number, lat: number, k = 1, maxDistance = Number.POSITIVE_INFINITY): Neighbour[] {
    const tree = this.#tree;
    if (tree === undefined || k < 1 || !Number.isFinite(lon + lat)) return [];
    // 1. k nearest in degrees; their farthest great-circle distance bounds the true answer.
    let radius = maxDistance;
    if (Number.isFinite(k)) {
      let farthest = 0;
      for (const slot of tree.neighbors(lon, lat, k)) {
        farthest = Math.max(farthest, this.#distance(slot, lon, lat));
      }
      radius = Math.min(farthest, maxDistance);
    }
    // 2. Every point within that radius, measured on the sphere.
    const [minX, minY, maxX, maxY] = boxAround(lon, lat, radius);
    const found: Neighbour[] = [];
    for (const slot of tree.search(minX, minY, maxX, maxY)) {
      const distance = this.#distance(slot, lon, lat);
      if (distance <= radius) found.push({ index: this.#ids[slot]!, distance });
    }
    found.sort((a, b) => a.distance - b.distance || a.index - b.index);
    return found.slice(0, k);
  }

  /** Every point within `distance` metres of `[lon, lat]`, closest first. */
  within(lon: number, lat: number, distance: number): Neighbour[] {
    return this.nearest(lon, lat, Number.POSITIVE_INFINITY, distance);
  }
}
