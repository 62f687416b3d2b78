/**
 * Shapes as ordered point lists (by numeric `shape_pt_sequence`, whatever the file order) and
 * their lengths in km (haversine on turf's default radius, through `@datacites/geo`).
 * @packageDocumentation
 */
import { haversineDistance } from '@datacites/geo/measure';
import type { GtfsFeed } from './feed.js';

/** The points of one shape, in sequence order. */
export interface ShapeLine {
  readonly shapeId: string;
  /** Positions `[lon, lat]`. */
  readonly coordinates: [number, number][];
  /** shape_dist_traveled of each point, when the file gives it (NaN where empty). */
  readonly distances: Float64Array | undefined;
  /** Length in km along the points (haversine). */
  readonly lengthKm: number;
}

const cache = new WeakMap<GtfsFeed, Map<string, ShapeLine>>();

/** Length in km of a line of `[lon, lat]` positions (haversine, turf's default radius). */
export function lineLengthKm(coordinates: readonly (readonly [number, number])[]): number {
  let metres = 0;
  for (let i = 1; i < coordinates.length; i++) {
    const [lon1, lat1] = coordinates[i - 1]!;
    const [lon2, lat2] = coordinates[i]!;
    metres += haversineDistance(lon1, lat1, lon2, lat2);
  }
  return metres / 1000;
}

/**
 * Every shape of the feed, points ordered by numeric shape_pt_sequence (cached per feed).
 * @example
 * ```ts
 * const line = shapeLines(feed).get('cal_sf_gil');
 * console.log(line?.coordinates.length, line?.lengthKm);
 * ```
 */
export function shapeLines(feed: GtfsFeed): ReadonlyMap<string, ShapeLine> {
  const cached = cache.get(feed);
  if (cached) return cached;
  const shapes = feed.shapes;
  const n = shapes.length;
  const idColumn = shapes.column('shape_id');
  const lat = shapes.column('shape_pt_lat')?.data;
  const lon = shapes.column('shape_pt_lon')?.data;
  const sequence = shapes.column('shape_pt_sequence')?.data;
  const distColumn = shapes.column('shape_dist_traveled');
  const out = new Map<string, ShapeLine>();
  if (!idColumn || !lat || !lon || !sequence || n === 0) {
    cache.set(feed, out);
    return out;
  }
  const codes = idColumn.data;
  const groups = idColumn.dictionary.map(() => [] as number[]);
  for (let i = 0; i < n; i++) groups[codes[i]!]!.push(i);
  idColumn.dictionary.forEach((shapeId, code) => {
    const rows = groups[code]!;
    rows.sort((a, b) => sequence[a]! - sequence[b]!);
    const coordinates = rows.map((i) => [lon[i]!, lat[i]!] as [number, number]);
    const distances = distColumn
      ? Float64Array.from(rows, (i) =>
          distColumn.state && distColumn.state[i] !== 0 ? Number.NaN : distColumn.data[i]!,
        )
      : undefined;
    out.set(shapeId, {
      shapeId,
      coordinates,
      distances: distances?.some((d) => !Number.isNaN(d)) ? distances : undefined,
      lengthKm: lineLengthKm(coordinates),
    });
  });
  cache.set(feed, out);
  return out;
}
