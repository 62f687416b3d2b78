import { excerpt, IssueList } from '@datacites/core';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, Position } from 'geojson';
import { PolygonIndex, type PolygonInput } from './polygon-index.js';

/** Points: a FeatureCollection of Point features, or bare `[x, y]` positions. */
export type PointInput<P = GeoJsonProperties> =
  | FeatureCollection<Geometry | null, P>
  | readonly Feature<Geometry | null, P>[]
  | readonly Position[];

/** Reads a number, a weight or a category from the i-th point (its properties, or null). */
export type PointAccessor<P, T> = (properties: P | null, index: number) => T;

/** Options of {@link pointsInPolygons}. */
export interface PointsInPolygonsOptions<P> {
  /** Value summed and averaged per polygon. */
  readonly value?: PointAccessor<P, number | null | undefined>;
  /** Weight of the value for `weightedMean` (default 1). */
  readonly weight?: PointAccessor<P, number | null | undefined>;
  /** Category counted per polygon (e.g. a connector type). */
  readonly category?: PointAccessor<P, string | number | null | undefined>;
  /** Name of the point data, copied into issues. */
  readonly source?: string;
  /** Issues kept per code (the rest are counted). Default 100. */
  readonly maxIssuesPerCode?: number;
}

/** Aggregates of the points that fell in one polygon. */
export interface PolygonSummary {
  /** Points in the polygon. */
  count: number;
  /** Points with a finite value (`value` option). */
  valueCount: number;
  /** Sum of the finite values. */
  sum: number;
  /** `sum / valueCount`, NaN without values. */
  mean: number;
  /** Sum of the weights of points with a finite value and weight. */
  weightSum: number;
  /** Σ value·weight / Σ weight, NaN when the weights sum to 0. */
  weightedMean: number;
  /** Points per category (`category` option); a missing category is counted under `''`. */
  categories: Record<string, number>;
}

/** What {@link pointsInPolygons} returns: `total = matched + unmatched + invalid`. */
export interface PointsInPolygonsResult {
  /** Per point, the index of its polygon; -1 outside every polygon; -2 not a valid point. */
  readonly polygonOf: Int32Array;
  /** One summary per polygon, in polygon input order. */
  readonly summaries: PolygonSummary[];
  /** Points given. */
  readonly total: number;
  /** Points inside a polygon. */
  readonly matched: number;
  /** Valid points outside every polygon. */
  readonly unmatched: number;
  /** Points without a valid Point position. */
  readonly invalid: number;
  /** `invalid_point` errors, `outside_polygons` infos, `invalid_value` warnings. */
  readonly issues: IssueList;
}

function emptySummary(): PolygonSummary {
  return {
    count: 0,
    valueCount: 0,
    sum: 0,
    mean: Number.NaN,
    weightSum: 0,
    weightedMean: Number.NaN,
    categories: {},
  };
}

function pointsOf<P>(points: PointInput<P>): readonly (Feature<Geometry | null, P> | Position)[] {
  return 'type' in points ? points.features : points;
}

/**
 * Puts points in polygons with a spatial index and aggregates them per polygon: count, sum,
 * mean, weighted mean and counts by category. Every point is accounted for: in a polygon, outside
 * all (`outside_polygons` info), or invalid (`invalid_point` error). A point on a shared border
 * goes to the first polygon in input order (see {@link PolygonIndex}).
 *
 * @example
 * ```ts
 * const { summaries } = pointsInPolygons(chargers, communes, {
 *   value: (p) => p?.puissance_nominale,
 *   category: (p) => p?.type_prise,
 * });
 * summaries[0]; // { count: 12, sum: 264, mean: 22, … }
 * ```
 */
export function pointsInPolygons<P = GeoJsonProperties, Q = GeoJsonProperties>(
  points: PointInput<P>,
  polygons: PolygonIndex<Q> | PolygonInput<Q>,
  options: PointsInPolygonsOptions<P> = {},
): PointsInPolygonsResult {
  const index = polygons instanceof PolygonIndex ? polygons : new PolygonIndex(polygons);
  const list = pointsOf(points);
  const issues = new IssueList({ maxPerCode: options.maxIssuesPerCode ?? 100 });
  const where = options.source === undefined ? {} : { source: options.source };
  const summaries = index.features.map(emptySummary);
  const polygonOf = new Int32Array(list.length);
  let matched = 0;
  let unmatched = 0;
  let invalid = 0;
  list.forEach((item, i) => {
    const isFeature = !Array.isArray(item);
    const feature = item as Feature<Geometry | null, P>;
    const position = isFeature
      ? feature.geometry?.type === 'Point'
        ? feature.geometry.coordinates
        : undefined
      : (item as Position);
    const x = position?.[0];
    const y = position?.[1];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x + y)) {
      polygonOf[i] = -2;
      invalid++;
      issues.add({
        code: 'invalid_point',
        severity: 'error',
        message: `Point ${i + 1} has no valid Point geometry: not joined.`,
        ...where,
        line: i + 1,
        field: 'geometry',
        raw: excerpt(JSON.stringify(isFeature ? feature.geometry : item) ?? 'undefined'),
      });
      return;
    }
    const found = index.locate(x, y);
    polygonOf[i] = found;
    if (found < 0) {
      unmatched++;
      issues.add({
        code: 'outside_polygons',
        severity: 'info',
        message: `Point ${i + 1} [${x}, ${y}] is in no polygon.`,
        ...where,
        line: i + 1,
        field: 'geometry',
      });
      return;
    }
    matched++;
    const summary = summaries[found]!;
    summary.count++;
    const properties = isFeature ? (feature.properties ?? null) : null;
    if (options.category) {
      const key = String(options.category(properties, i) ?? '');
      summary.categories[key] = (summary.categories[key] ?? 0) + 1;
    }
    if (!options.value) return;
    const value = options.value(properties, i);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      if (value !== null && value !== undefined) {
        issues.add({
          code: 'invalid_value',
          severity: 'warning',
          message: `Point ${i + 1}: value ${String(value)} is not a finite number; counted, not summed.`,
          ...where,
          line: i + 1,
          raw: excerpt(String(value)),
        });
      }
      return;
    }
    summary.valueCount++;
    summary.sum += value;
    const weight = options.weight ? options.weight(properties, i) : 1;
    if (typeof weight === 'number' && Number.isFinite(weight)) {
      summary.weightSum += weight;
      summary.weightedMean =
        (Number.isNaN(summary.weightedMean) ? 0 : summary.weightedMean) + value * weight;
    }
  });
  for (const summary of summaries) {
    summary.mean = summary.valueCount > 0 ? summary.sum / summary.valueCount : Number.NaN;
    summary.weightedMean =
      summary.weightSum !== 0 ? summary.weightedMean / summary.weightSum : Number.NaN;
  }
  return { polygonOf, summaries, total: list.length, matched, unmatched, invalid, issues };
}
