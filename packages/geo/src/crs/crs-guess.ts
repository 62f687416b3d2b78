import type { LoadIssue } from '@datacites/core';
import type { Position } from 'geojson';
import { bboxContains, bboxOfPositions } from '../bbox.js';
import { FRENCH_CRS, type FrenchCrs } from './french-crs.js';
import { createReprojector } from './reproject.js';

/** What {@link guessCrs} concluded. */
export interface CrsGuess {
  /** The CRS chosen, `EPSG:4326` for longitude/latitude, or undefined when none fits. */
  readonly code: string | undefined;
  /** Every CRS whose area of use holds the data, first the one chosen. */
  readonly candidates: readonly string[];
  /** `crs_guessed` (warning), `crs_ambiguous` (warning) or `crs_unknown` (error). */
  readonly issues: readonly LoadIssue[];
}

function fits(crs: FrenchCrs, box: readonly number[]): boolean {
  const toWgs84 = createReprojector(crs.code, 'EPSG:4326');
  const margin = 0.05;
  const area = [
    crs.area[0] - margin,
    crs.area[1] - margin,
    crs.area[2] + margin,
    crs.area[3] + margin,
  ];
  const corners = [
    [box[0]!, box[1]!],
    [box[0]!, box[3]!],
    [box[2]!, box[1]!],
    [box[2]!, box[3]!],
  ];
  return corners.every((corner) => {
    try {
      const [lon, lat] = toWgs84(corner);
      return Number.isFinite(lon) && Number.isFinite(lat) && bboxContains(area, lon!, lat!);
    } catch {
      return false;
    }
  });
}

/**
 * Guesses the CRS of positions from their range: longitude/latitude when they fit in degrees,
 * else the projected CRS of the registry whose area of use holds the four corners of their
 * bounding box (Lambert-93 first, then the legal overseas systems, CC zones, Lambert II étendu,
 * Web Mercator). The answer always comes with a warning: a range can only suggest a CRS.
 * RGF93 v2/v2b share their v1 definitions, so the v1 code is returned.
 *
 * @example
 * ```ts
 * guessCrs([[652296.97, 6861636.36]]).code; // 'EPSG:2154'
 * ```
 */
export function guessCrs(positions: Iterable<Position>, source?: string): CrsGuess {
  const where = source === undefined ? {} : { source };
  const box = bboxOfPositions(positions);
  if (box === undefined) {
    return {
      code: undefined,
      candidates: [],
      issues: [{ code: 'crs_unknown', severity: 'error', message: 'No valid position.', ...where }],
    };
  }
  const range = `x ${box[0]}…${box[2]}, y ${box[1]}…${box[3]}`;
  if (
    bboxContains([-180, -90, 180, 90], box[0], box[1]) &&
    bboxContains([-180, -90, 180, 90], box[2], box[3])
  ) {
    return {
      code: 'EPSG:4326',
      candidates: ['EPSG:4326'],
      issues: [
        {
          code: 'crs_guessed',
          severity: 'warning',
          message: `No CRS given; coordinates (${range}) are taken as WGS84 longitude/latitude.`,
          ...where,
        },
      ],
    };
  }
  const seen = new Set<string>();
  const candidates: string[] = [];
  const order = [...FRENCH_CRS].sort((a, b) => rank(a) - rank(b));
  for (const crs of order) {
    if (crs.kind !== 'projected' || seen.has(crs.proj4)) continue;
    seen.add(crs.proj4);
    if (fits(crs, box)) candidates.push(crs.code);
  }
  const code = candidates[0];
  if (code === undefined) {
    return {
      code,
      candidates,
      issues: [
        {
          code: 'crs_unknown',
          severity: 'error',
          message: `No CRS of the registry fits coordinates ${range}.`,
          ...where,
        },
      ],
    };
  }
  const ambiguous = candidates.length > 1;
  return {
    code,
    candidates,
    issues: [
      {
        code: ambiguous ? 'crs_ambiguous' : 'crs_guessed',
        severity: 'warning',
        message: ambiguous
          ? `No CRS given; coordinates (${range}) fit ${candidates.join(', ')}; ${code} was chosen.`
          : `No CRS given; coordinates (${range}) were taken as ${code}.`,
        ...where,
      },
    ],
  };
}

/** Legal systems first (Lambert-93, overseas), then CC zones, NTF, Web Mercator. */
function rank(crs: FrenchCrs): number {
  if (crs.code === 'EPSG:2154') return 0;
  if (crs.territory !== 'metropole' && crs.territory !== 'world') return 1;
  if (crs.name.includes('/ CC')) return 2;
  if (crs.code === 'EPSG:27572') return 3;
  return 4;
}
