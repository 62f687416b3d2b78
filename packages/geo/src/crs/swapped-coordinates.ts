import { excerpt, type LoadIssue } from '@datacites/core';
import type { Position } from 'geojson';
import { bboxContains } from '../bbox.js';
import { TERRITORY_BOXES, type Territory } from './french-crs.js';

/** Options of {@link detectSwappedLonLat}. */
export interface SwapCheckOptions {
  /** Territory the points should be in. Default `metropole`. */
  readonly territory?: Exclude<Territory, 'world'>;
  /** Name of the data, copied into issues. */
  readonly source?: string;
  /** Field named in issues. Default `coordinates`. */
  readonly field?: string;
  /** 1-based line of the i-th position in the source file, when known. Default `i + 1`. */
  readonly lineOf?: (index: number) => number | undefined;
}

/** What {@link detectSwappedLonLat} found: `checked = inside + swapped + outside + invalid`. */
export interface SwapCheck {
  /** Positions checked. */
  readonly checked: number;
  /** Positions inside the territory as given. */
  readonly inside: number;
  /** Indexes of positions inside the territory only once longitude and latitude are swapped. */
  readonly swapped: readonly number[];
  /** Indexes of positions outside the territory either way. */
  readonly outside: readonly number[];
  /** Indexes of positions that are not two finite numbers. */
  readonly invalid: readonly number[];
  /** One warning per swapped, outside or invalid position (the caller may cap them). */
  readonly issues: readonly LoadIssue[];
}

/**
 * Checks `[longitude, latitude]` positions against a territory's box and reports those that
 * would fit only with longitude and latitude swapped (`swapped_lon_lat`), those outside
 * (`outside_territory`) and those that are not numbers (`invalid_position`). Nothing is
 * fixed: the caller decides, knowing how many there are.
 *
 * @example
 * ```ts
 * const check = detectSwappedLonLat(stations.map((s) => [s.lon, s.lat]), { source: 'irve.csv' });
 * check.swapped.length; // e.g. 15 % of the national EV-charging file
 * ```
 */
export function detectSwappedLonLat(
  positions: readonly Position[],
  options: SwapCheckOptions = {},
): SwapCheck {
  const territory = options.territory ?? 'metropole';
  const box = TERRITORY_BOXES[territory];
  const field = options.field ?? 'coordinates';
  const swapped: number[] = [];
  const outside: number[] = [];
  const invalid: number[] = [];
  const issues: LoadIssue[] = [];
  let inside = 0;
  const report = (index: number, code: string, message: string) => {
    const line = options.lineOf ? options.lineOf(index) : index + 1;
    issues.push({
      code,
      severity: 'warning',
      message,
      ...(options.source === undefined ? {} : { source: options.source }),
      ...(line === undefined ? {} : { line }),
      field,
      raw: excerpt(JSON.stringify(positions[index])),
    });
  };
  positions.forEach((position, index) => {
    const x = position[0];
    const y = position[1];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x + y)) {
      invalid.push(index);
      report(index, 'invalid_position', 'The position is not two finite numbers.');
    } else if (bboxContains(box, x, y)) {
      inside++;
    } else if (bboxContains(box, y, x)) {
      swapped.push(index);
      report(
        index,
        'swapped_lon_lat',
        `Longitude ${x} and latitude ${y} look swapped: [${y}, ${x}] is in ${territory}, [${x}, ${y}] is not.`,
      );
    } else {
      outside.push(index);
      report(index, 'outside_territory', `[${x}, ${y}] is outside ${territory} either way.`);
    }
  });
  return { checked: positions.length, inside, swapped, outside, invalid, issues };
}
