import { excerpt, type LoadIssue } from '@datacites/core';
import { area, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bboxOf } from '../bbox.js';
import { PolygonIndex, type PolygonInput } from './polygon-index.js';

/** The overlap of one source polygon with one target polygon. */
export interface PolygonOverlap {
  /** Index of the source polygon. */
  readonly source: number;
  /** Index of the target polygon. */
  readonly target: number;
  /** Area of the intersection, m² (turf's spherical area). */
  readonly area: number;
  /** `area` / area of the source: the share of the source inside the target. */
  readonly shareOfSource: number;
  /** `area` / area of the target. */
  readonly shareOfTarget: number;
}

/** What {@link polygonOverlaps} returns. */
export interface PolygonOverlaps {
  /** Overlaps with a positive area, by source then target index. */
  readonly overlaps: readonly PolygonOverlap[];
  /** Area of each source polygon in m² (NaN for features that are not polygons). */
  readonly sourceAreas: Float64Array;
  /** Area of each target polygon in m². */
  readonly targetAreas: Float64Array;
  /** `not_a_polygon` warnings, and `overlap_failed` errors for pairs turf could not intersect. */
  readonly issues: readonly LoadIssue[];
}

type AnyPolygon = Feature<Polygon | MultiPolygon>;

function isPolygon(feature: Feature | undefined): feature is AnyPolygon {
  const type = feature?.geometry?.type;
  return type === 'Polygon' || type === 'MultiPolygon';
}

/**
 * Intersects two sets of polygons (e.g. IRIS with heat-network zones) and gives each pair's
 * shared area and the shares of both, to spread a value from one division to another. Pairs are
 * found with a spatial index; areas are turf's (spherical, m²).
 *
 * @example
 * ```ts
 * const { overlaps } = polygonOverlaps(iris, communes);
 * // population of commune t = Σ over iris s of population[s] × shareOfSource
 * ```
 */
export function polygonOverlaps(
  sources: PolygonInput,
  targets: PolygonInput | PolygonIndex,
): PolygonOverlaps {
  const targetIndex = targets instanceof PolygonIndex ? targets : new PolygonIndex(targets);
  const sourceList = 'type' in sources ? sources.features : sources;
  const issues: LoadIssue[] = [...targetIndex.issues];
  const targetAreas = Float64Array.from(targetIndex.features, (feature) =>
    isPolygon(feature as Feature) ? area(feature as AnyPolygon) : Number.NaN,
  );
  const sourceAreas = new Float64Array(sourceList.length).fill(Number.NaN);
  const overlaps: PolygonOverlap[] = [];
  sourceList.forEach((feature, s) => {
    if (!isPolygon(feature as Feature)) {
      issues.push({
        code: 'not_a_polygon',
        severity: 'warning',
        message: `Source feature ${s + 1} is not a polygon: left out.`,
        line: s + 1,
        field: 'geometry',
      });
      return;
    }
    const polygon = feature as AnyPolygon;
    const sourceArea = area(polygon);
    sourceAreas[s] = sourceArea;
    const box = bboxOf(polygon);
    if (box === undefined) return;
    for (const t of targetIndex.candidates(...box)) {
      const target = targetIndex.features[t] as AnyPolygon;
      let shared = 0;
      try {
        const piece = intersect(featureCollection([polygon, target]));
        shared = piece === null ? 0 : area(piece);
      } catch (error) {
        issues.push({
          code: 'overlap_failed',
          severity: 'error',
          message: `Source ${s + 1} × target ${t + 1}: ${(error as Error).message}`,
          line: s + 1,
          field: 'geometry',
          raw: excerpt(JSON.stringify(polygon.geometry)),
        });
        continue;
      }
      if (shared <= 0) continue;
      overlaps.push({
        source: s,
        target: t,
        area: shared,
        shareOfSource: shared / sourceArea,
        shareOfTarget: shared / targetAreas[t]!,
      });
    }
  });
  return { overlaps, sourceAreas, targetAreas, issues };
}
