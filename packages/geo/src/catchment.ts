import { excerpt, type LoadIssue } from '@datacites/core';
import { area, centroid, circle, featureCollection, intersect, union } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { bboxOf } from './bbox.js';
import type { PointInput } from './join/points-in-polygons.js';
import { PolygonIndex, type PolygonInput } from './join/polygon-index.js';

/** A polygon or multipolygon feature. */
export type AreaFeature = Feature<Polygon | MultiPolygon, GeoJsonProperties>;

/** Options of {@link bufferPoints} and {@link catchment}. */
export interface BufferOptions {
  /** Vertices per circle. Default 64 (area within 0.2 % of the true circle). */
  readonly steps?: number;
  /** Name of the point data, copied into issues. */
  readonly source?: string;
}

/** Buffers and the issues for points that had none. */
export interface Buffers {
  /** One circle per valid point, with `properties.index` = the point's input index. */
  readonly circles: FeatureCollection<Polygon>;
  /** `invalid_point` errors: read = circles + issues. */
  readonly issues: readonly LoadIssue[];
}

function positionOf(item: Feature | Position): Position | undefined {
  if (Array.isArray(item)) return item;
  const geometry = (item as Feature).geometry;
  return geometry?.type === 'Point' ? geometry.coordinates : undefined;
}

/** A cell's representative point: a Point as is, a polygon's centroid (mean of its vertices). */
function cellPoint(item: Feature | Position): Position | undefined {
  const type = Array.isArray(item) ? undefined : (item as Feature).geometry?.type;
  if (type === 'Polygon' || type === 'MultiPolygon') {
    return centroid(item as Feature<Polygon | MultiPolygon>).geometry.coordinates;
  }
  return positionOf(item);
}

/**
 * A circle of `radius` metres (geodesic, turf's `circle`) around each point, e.g. 300 m around
 * bus stops, 500 m around tram stops.
 *
 * @example
 * ```ts
 * const { circles } = bufferPoints(stops, 400);
 * ```
 */
export function bufferPoints(
  points: PointInput,
  radius: number,
  options: BufferOptions = {},
): Buffers {
  const list = 'type' in points ? points.features : points;
  const circles: Feature<Polygon>[] = [];
  const issues: LoadIssue[] = [];
  list.forEach((item, index) => {
    const position = positionOf(item as Feature | Position);
    const x = position?.[0];
    const y = position?.[1];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x + y)) {
      issues.push({
        code: 'invalid_point',
        severity: 'error',
        message: `Point ${index + 1} has no valid position: no buffer.`,
        ...(options.source === undefined ? {} : { source: options.source }),
        line: index + 1,
        field: 'geometry',
        raw: excerpt(JSON.stringify(Array.isArray(item) ? item : (item as Feature).geometry) ?? ''),
      });
      return;
    }
    circles.push(
      circle([x, y], radius, {
        steps: options.steps ?? 64,
        units: 'meters',
        properties: { index },
      }),
    );
  });
  return { circles: featureCollection(circles), issues };
}

/** Unions polygons pairwise, level by level (far faster than one by one for thousands). */
export function unionAll(polygons: readonly AreaFeature[]): AreaFeature | null {
  let level: AreaFeature[] = [...polygons];
  if (level.length === 0) return null;
  while (level.length > 1) {
    const next: AreaFeature[] = [];
    for (let i = 0; i < level.length; i += 8) {
      const group = level.slice(i, i + 8);
      const merged = group.length === 1 ? group[0]! : union(featureCollection(group));
      if (merged) next.push(merged as AreaFeature);
    }
    level = next;
  }
  return level[0] ?? null;
}

/** What {@link catchment} returns. */
export interface Catchment extends Buffers {
  /** The union of the circles (null without valid point). */
  readonly area: AreaFeature | null;
}

/**
 * The area within `radius` metres of at least one point: the union of {@link bufferPoints}.
 *
 * @example
 * ```ts
 * const served = catchment(tramStops, 500).area;
 * coverage(served, commune).share; // e.g. 0.42
 * ```
 */
export function catchment(
  points: PointInput,
  radius: number,
  options: BufferOptions = {},
): Catchment {
  const buffers = bufferPoints(points, radius, options);
  return { ...buffers, area: unionAll(buffers.circles.features) };
}

/** Covered area of a territory. */
export interface Coverage {
  /** Area of the territory, m². */
  readonly area: number;
  /** Area of the territory inside the catchment, m². */
  readonly covered: number;
  /** `covered / area` (0 when the area is 0). */
  readonly share: number;
}

/**
 * How much of `territory` the `catchment` covers (areas in m², turf's spherical area).
 *
 * @example
 * ```ts
 * coverage(catchment(stops, 300).area, commune); // { area, covered, share }
 * ```
 */
export function coverage(catchmentArea: AreaFeature | null, territory: AreaFeature): Coverage {
  const total = area(territory);
  let covered = 0;
  if (catchmentArea !== null) {
    const piece = intersect(featureCollection([territory, catchmentArea]));
    covered = piece === null ? 0 : area(piece);
  }
  return { area: total, covered, share: total > 0 ? covered / total : 0 };
}

/**
 * {@link coverage} of every polygon (e.g. each IRIS of a city), in input order; features that
 * are not polygons get NaN values.
 */
export function polygonCoverage(
  catchmentArea: AreaFeature | null,
  polygons: PolygonInput,
): Coverage[] {
  const list = 'type' in polygons ? polygons.features : polygons;
  const box = catchmentArea === null ? undefined : bboxOf(catchmentArea);
  return list.map((feature) => {
    const type = feature.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      return { area: Number.NaN, covered: Number.NaN, share: Number.NaN };
    }
    const polygon = feature as AreaFeature;
    const own = bboxOf(polygon);
    const apart =
      box === undefined ||
      own === undefined ||
      own[0] > box[2] ||
      own[2] < box[0] ||
      own[1] > box[3] ||
      own[3] < box[1];
    return apart ? { area: area(polygon), covered: 0, share: 0 } : coverage(catchmentArea, polygon);
  });
}

/** Population covered. */
export interface PopulationCoverage {
  /** Population of every cell with a valid value. */
  readonly total: number;
  /** Population of the cells whose representative point is in the catchment. */
  readonly covered: number;
  /** `covered / total` (0 when total is 0). */
  readonly share: number;
  /** Cells without a valid point or population (`invalid_cell` issues), not counted. */
  readonly issues: readonly LoadIssue[];
}

/**
 * Share of a population grid (e.g. INSEE Filosofi 200 m cells, as polygons or as points at the
 * cell centres) living within the catchment. A cell counts wholly when its point (a polygon's
 * centroid) is inside, boundary included: with cells much smaller than the radius the error
 * stays at the edge.
 *
 * @param population reads a cell's population from its properties.
 * @example
 * ```ts
 * populationCoverage(catchment(stops, 400).area, cells, (p) => p?.ind).share;
 * ```
 */
export function populationCoverage<P>(
  catchmentArea: AreaFeature | null,
  cells: PointInput<P>,
  population: (properties: P | null, index: number) => number | null | undefined,
): PopulationCoverage {
  const list = 'type' in cells ? cells.features : cells;
  const index = catchmentArea === null ? undefined : new PolygonIndex([catchmentArea]);
  const issues: LoadIssue[] = [];
  let total = 0;
  let covered = 0;
  list.forEach((item, i) => {
    const isFeature = !Array.isArray(item);
    const position = cellPoint(item as Feature | Position);
    const properties = isFeature ? ((item as Feature).properties as P | null) : null;
    const value = population(properties, i);
    const x = position?.[0];
    const y = position?.[1];
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      typeof x !== 'number' ||
      typeof y !== 'number' ||
      !Number.isFinite(x + y)
    ) {
      issues.push({
        code: 'invalid_cell',
        severity: 'warning',
        message: `Cell ${i + 1} has no valid point or population: not counted.`,
        line: i + 1,
        raw: excerpt(JSON.stringify(isFeature ? (item as Feature).geometry : item) ?? ''),
      });
      return;
    }
    total += value;
    if (index !== undefined && index.locate(x, y) === 0) covered += value;
  });
  return { total, covered, share: total > 0 ? covered / total : 0, issues };
}
