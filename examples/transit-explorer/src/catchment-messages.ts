import type { LoadIssue } from '@datacites/core';
import { catchment } from '@datacites/geo/catchment';
import type { FeatureCollection, Position } from 'geojson';

/** What the page asks the catchment worker: the area within `radius` metres of `points`. */
export interface CatchmentRequest {
  /** Request number, sent back with the answer so that only the latest request's answer is used. */
  readonly id: number;
  /** `[lon, lat]` of each point (WGS84 degrees): plain arrays, a small structured clone. */
  readonly points: readonly Position[];
  /** Radius in metres. */
  readonly radius: number;
}

/** The worker's answer: the area, or why it could not be computed. */
export type CatchmentReply =
  | {
      readonly id: number;
      /** The union of the circles as one (Multi)Polygon feature; no feature without a point. */
      readonly area: FeatureCollection;
      /** `invalid_point` issues of the points that got no circle (read = circles + issues). */
      readonly issues: readonly LoadIssue[];
    }
  | { readonly id: number; readonly error: string };

/**
 * Answers one request with `catchment` (`@datacites/geo/catchment`): what the worker runs, off
 * the page's main thread. Never throws: an exception becomes an `error` reply, so the page can
 * show it as a status.
 *
 * @example
 * ```ts
 * catchmentReply({ id: 1, points: [[145.77, -16.92]], radius: 400 }).area.features.length; // 1
 * ```
 */
export function catchmentReply(request: CatchmentRequest): CatchmentReply {
  try {
    const { area, issues } = catchment(request.points, request.radius);
    return {
      id: request.id,
      area: { type: 'FeatureCollection', features: area ? [area] : [] },
      issues,
    };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
