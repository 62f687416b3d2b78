import { excerpt, type LoadIssue } from '@datacites/core';
import { centroid } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { haversineDistance } from './distance.js';
import { PointIndex } from './join/nearest.js';
import type { PointInput } from './join/points-in-polygons.js';
import type { PolygonInput } from './join/polygon-index.js';

/** Options of {@link idw}. */
export interface IdwOptions<P> {
  /** Reads a sample's value from its properties (for features); bare positions use their 3rd number. */
  readonly value?: (properties: P | null, index: number) => number | null | undefined;
  /** Distance exponent. Default 2. */
  readonly power?: number;
  /** Use only the `neighbours` nearest samples. Default all. */
  readonly neighbours?: number;
  /** Ignore samples farther than this (metres). Default no limit. */
  readonly maxDistance?: number;
  /** Name of the sample data, copied into issues. */
  readonly source?: string;
}

/** What {@link idw} returns. */
export interface Interpolation {
  /** One value per target; NaN when no sample is within reach. */
  readonly values: Float64Array;
  /** Samples used (valid position and value). */
  readonly samples: number;
  /** `invalid_sample` warnings for samples left out: read = samples + issues. */
  readonly issues: readonly LoadIssue[];
}

/**
 * Inverse distance weighting: each target gets Σ wᵢ·vᵢ / Σ wᵢ with wᵢ = 1 / dᵢ^power over the
 * samples (great-circle distances in metres); a target on a sample takes its value.
 *
 * @param targets longitude/latitude positions, e.g. grid cell centres (`[cell.lon, cell.lat]`).
 * @example
 * ```ts
 * const cells = squareGrid(agglomeration, 500);
 * const no2 = idw(stations, cells.features.map((c) => [c.properties.lon, c.properties.lat]), {
 *   value: (p) => p?.no2, neighbours: 8,
 * }).values;
 * ```
 */
export function idw<P>(
  samples: PointInput<P>,
  targets: readonly Position[],
  options: IdwOptions<P> = {},
): Interpolation {
  const list = 'type' in samples ? samples.features : samples;
  const issues: LoadIssue[] = [];
  const positions: Position[] = [];
  const values: number[] = [];
  list.forEach((item, i) => {
    const isFeature = !Array.isArray(item);
    const feature = item as Feature<Geometry | null, P>;
    const position = isFeature
      ? feature.geometry?.type === 'Point'
        ? feature.geometry.coordinates
        : undefined
      : (item as Position);
    const value = options.value
      ? options.value(isFeature ? (feature.properties ?? null) : null, i)
      : position?.[2];
    const x = position?.[0];
    const y = position?.[1];
    if (
      typeof x !== 'number' ||
      typeof y !== 'number' ||
      typeof value !== 'number' ||
      !Number.isFinite(x + y + value)
    ) {
      issues.push({
        code: 'invalid_sample',
        severity: 'warning',
        message: `Sample ${i + 1} has no valid position or value: not used.`,
        ...(options.source === undefined ? {} : { source: options.source }),
        line: i + 1,
        raw: excerpt(JSON.stringify(isFeature ? feature.geometry : item) ?? ''),
      });
      return;
    }
    positions.push([x, y]);
    values.push(value);
  });
  const power = options.power ?? 2;
  const maxDistance = options.maxDistance ?? Number.POSITIVE_INFINITY;
  const k = options.neighbours ?? Number.POSITIVE_INFINITY;
  const index =
    Number.isFinite(k) || Number.isFinite(maxDistance) ? new PointIndex(positions) : undefined;
  const out = new Float64Array(targets.length);
  targets.forEach(([lon, lat], t) => {
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon + lat)) {
      out[t] = Number.NaN;
      return;
    }
    const near = index
      ? index.nearest(lon, lat, k, maxDistance)
      : positions.map(([x, y], i) => ({ index: i, distance: haversineDistance(lon, lat, x!, y!) }));
    let weights = 0;
    let sum = 0;
    for (const { index: i, distance } of near) {
      if (distance === 0) {
        weights = 1;
        sum = values[i]!;
        break;
      }
      const weight = 1 / distance ** power;
      weights += weight;
      sum += weight * values[i]!;
    }
    out[t] = weights > 0 ? sum / weights : Number.NaN;
  });
  return { values: out, samples: positions.length, issues };
}

/**
 * {@link idw} at the centroid of each polygon (turf's `centroid`, the mean of its vertices):
 * one value per polygon, NaN for features that are not polygons.
 */
export function idwToPolygons<P>(
  samples: PointInput<P>,
  polygons: PolygonInput,
  options: IdwOptions<P> = {},
): Interpolation {
  const list = 'type' in polygons ? polygons.features : polygons;
  const targets = list.map((feature) => {
    const type = feature.geometry?.type;
    return type === 'Polygon' || type === 'MultiPolygon'
      ? centroid(feature as Feature<Geometry>).geometry.coordinates
      : [Number.NaN, Number.NaN];
  });
  return idw(samples, targets, options);
}
