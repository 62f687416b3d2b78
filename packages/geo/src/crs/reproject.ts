import { excerpt, type LoadIssue } from '@datacites/core';
import type { Feature, FeatureCollection, GeoJSON, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { normalizeCrsCode } from './french-crs.js';
import { definitionsGeneration, ensureFrenchCrs } from './register.js';

/** A CRS: an EPSG code (`'EPSG:2154'`, `2154`) or any definition proj4 accepts. */
export type CrsCode = string | number;

/** Converts one `[x, y]` position (longitude first for geographic CRS). */
export type PositionTransform = (position: Position) => Position;

const cache = new Map<string, { generation: number; forward: PositionTransform }>();

/**
 * A function converting positions from one CRS to another, built once (reuse it in loops).
 * Throws when a code is unknown.
 *
 * @example
 * ```ts
 * const toWgs84 = createReprojector('EPSG:2154', 'EPSG:4326');
 * toWgs84([652296.97, 6861636.36]); // [2.3499, 48.853]
 * ```
 */
export function createReprojector(from: CrsCode, to: CrsCode): PositionTransform {
  ensureFrenchCrs();
  const source = normalizeCrsCode(from);
  const target = normalizeCrsCode(to);
  const key = `${source}\u0000${target}`;
  const cached = cache.get(key);
  if (cached && cached.generation === definitionsGeneration()) return cached.forward;
  for (const code of [source, target]) {
    if (/^EPSG:\d+$/.test(code) && proj4.defs(code) === undefined) {
      throw new Error(`Unknown CRS ${code}: register it with proj4.defs() first.`);
    }
  }
  if (source === target) {
    const identity: PositionTransform = (position) => [...position];
    cache.set(key, { generation: definitionsGeneration(), forward: identity });
    return identity;
  }
  const converter = proj4(source, target);
  const forward: PositionTransform = (position) => converter.forward(position as number[]);
  cache.set(key, { generation: definitionsGeneration(), forward });
  return forward;
}

/**
 * Converts one position.
 *
 * @example
 * ```ts
 * reprojectPoint([2.3499, 48.853], 'EPSG:4326', 'EPSG:2154'); // [652296.97, 6861636.36]
 * ```
 */
export function reprojectPoint(position: Position, from: CrsCode, to: CrsCode): Position {
  return createReprojector(from, to)(position);
}

/**
 * Converts interleaved coordinates `[x0, y0, x1, y1, …]` (the fastest way for many points).
 * Positions that cannot be converted (not numbers, outside the projection) come out as `NaN`.
 *
 * @param out where to write; a new Float64Array by default (may be `coordinates` itself).
 * @example
 * ```ts
 * reprojectPositions(new Float64Array([652296.97, 6861636.36]), 2154, 4326);
 * ```
 */
export function reprojectPositions(
  coordinates: ArrayLike<number>,
  from: CrsCode,
  to: CrsCode,
  out: Float64Array = new Float64Array(coordinates.length),
): Float64Array {
  const forward = createReprojector(from, to);
  const position = [0, 0];
  for (let i = 0; i + 1 < coordinates.length; i += 2) {
    position[0] = coordinates[i]!;
    position[1] = coordinates[i + 1]!;
    let result: Position;
    try {
      result = forward(position);
    } catch {
      result = [Number.NaN, Number.NaN];
    }
    const x = result[0]!;
    const y = result[1]!;
    const valid = Number.isFinite(x) && Number.isFinite(y);
    out[i] = valid ? x : Number.NaN;
    out[i + 1] = valid ? y : Number.NaN;
  }
  return out;
}

/**
 * The box, in the target CRS, of a box given in the source CRS: its edges are sampled
 * (`densify` points per edge) since a straight edge in one CRS is curved in the other.
 * Returns undefined when no sampled point converts.
 *
 * @example
 * ```ts
 * reprojectBBox([500100, 6600100, 502900, 6601900], 2154, 4326); // [0.3935, 46.4712, 0.4308, 46.4882]
 * ```
 */
export function reprojectBBox(
  box: readonly [number, number, number, number],
  from: CrsCode,
  to: CrsCode,
  densify = 16,
): [number, number, number, number] | undefined {
  const forward = createReprojector(from, to);
  const [minX, minY, maxX, maxY] = box;
  const out: [number, number, number, number] = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  const add = (x: number, y: number) => {
    let result: Position;
    try {
      result = forward([x, y]);
    } catch {
      return;
    }
    const [rx, ry] = result;
    if (!Number.isFinite(rx) || !Number.isFinite(ry)) return;
    out[0] = Math.min(out[0], rx!);
    out[1] = Math.min(out[1], ry!);
    out[2] = Math.max(out[2], rx!);
    out[3] = Math.max(out[3], ry!);
  };
  for (let i = 0; i <= densify; i++) {
    const t = i / densify;
    const x = minX + t * (maxX - minX);
    const y = minY + t * (maxY - minY);
    add(x, minY);
    add(x, maxY);
    add(minX, y);
    add(maxX, y);
  }
  return out[0] <= out[2] ? out : undefined;
}

function mapGeometry(geometry: Geometry, forward: PositionTransform): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: forward(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(forward) };
    case 'MultiLineString':
    case 'Polygon':
      return {
        type: geometry.type,
        coordinates: geometry.coordinates.map((ring) => ring.map(forward)),
      };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) =>
          polygon.map((ring) => ring.map(forward)),
        ),
      };
    case 'GeometryCollection':
      return {
        type: 'GeometryCollection',
        geometries: geometry.geometries.map((child) => mapGeometry(child, forward)),
      };
  }
}

function checkedTransform(forward: PositionTransform): PositionTransform {
  return (position) => {
    const [x, y] = position;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      throw new RangeError(`not a finite position: ${JSON.stringify(position)}`);
    }
    const result = forward(position);
    if (!Number.isFinite(result[0]) || !Number.isFinite(result[1])) {
      throw new RangeError(`position ${JSON.stringify(position)} has no image in the target CRS`);
    }
    // A third value (height) is kept as is.
    return position.length > 2 ? [result[0]!, result[1]!, ...position.slice(2)] : result;
  };
}

/**
 * Returns a copy of any GeoJSON object (geometry, feature, collection) with every position
 * converted. A `bbox` member is dropped (it would be stale). Throws a RangeError on a position
 * that cannot be converted; use {@link reprojectFeatures} for data that may hold some.
 *
 * @example
 * ```ts
 * const wgs84 = reproject(dpeLambert93, 'EPSG:2154', 'EPSG:4326');
 * ```
 */
export function reproject<T extends GeoJSON>(geojson: T, from: CrsCode, to: CrsCode): T {
  const forward = checkedTransform(createReprojector(from, to));
  return mapGeoJson(geojson, forward) as T;
}

function mapGeoJson(geojson: GeoJSON, forward: PositionTransform): GeoJSON {
  if (geojson.type === 'FeatureCollection') {
    const { bbox: _bbox, ...rest } = geojson;
    return { ...rest, features: geojson.features.map((f) => mapFeature(f, forward)) };
  }
  if (geojson.type === 'Feature') return mapFeature(geojson, forward);
  const { bbox: _bbox, ...rest } = geojson;
  return { ...rest, ...mapGeometry(geojson, forward) } as Geometry;
}

function mapFeature(feature: Feature, forward: PositionTransform): Feature {
  const { bbox: _bbox, ...rest } = feature;
  return {
    ...rest,
    geometry: feature.geometry === null ? null : mapGeometry(feature.geometry, forward),
  } as Feature;
}

/** What {@link reprojectFeatures} returns: read = kept + rejected. */
export interface ReprojectedFeatures<G extends Geometry | null, P> {
  /** The features converted, in input order. */
  readonly collection: FeatureCollection<G, P>;
  /** Features with a position that could not be converted, unchanged. */
  readonly rejected: readonly Feature<G, P>[];
  /** One `unprojectable_position` error per rejected feature (`line` = 1-based feature number). */
  readonly issues: readonly LoadIssue[];
}

/**
 * Converts a FeatureCollection; a feature with a position that cannot be converted (not a
 * number, out of the projection's domain) is rejected with an issue instead of stopping the load.
 *
 * @param source name of the data, copied into issues.
 * @example
 * ```ts
 * const { collection, issues } = reprojectFeatures(dpe, 'EPSG:2154', 'EPSG:4326', 'dpe.geojson');
 * ```
 */
export function reprojectFeatures<G extends Geometry | null, P>(
  features: FeatureCollection<G, P>,
  from: CrsCode,
  to: CrsCode,
  source?: string,
): ReprojectedFeatures<G, P> {
  const forward = checkedTransform(createReprojector(from, to));
  const kept: Feature<G, P>[] = [];
  const rejected: Feature<G, P>[] = [];
  const issues: LoadIssue[] = [];
  features.features.forEach((feature, index) => {
    try {
      kept.push(mapFeature(feature as Feature, forward) as Feature<G, P>);
    } catch (error) {
      rejected.push(feature);
      issues.push({
        code: 'unprojectable_position',
        severity: 'error',
        message: `Feature ${index + 1}: ${(error as Error).message} (${normalizeCrsCode(from)} → ${normalizeCrsCode(to)}).`,
        ...(source === undefined ? {} : { source }),
        line: index + 1,
        field: 'geometry',
        raw: excerpt(JSON.stringify(feature.geometry)),
      });
    }
  });
  const { bbox: _bbox, ...rest } = features;
  return { collection: { ...rest, features: kept }, rejected, issues };
}
