/**
 * A compact hourly time series: the start of its first hour and one value per hour, `NaN` where
 * the hour is missing or invalid. Averaging and NowCast work on it.
 * @packageDocumentation
 */

/** One hour in milliseconds. */
export const HOUR_MS = 3_600_000;

/** Hourly values from `start` (epoch ms UTC of the start of the first hour), `NaN` = missing. */
export interface HourlySeries {
  /** Epoch milliseconds (UTC) at which the first hour starts; a whole hour. */
  readonly start: number;
  /** One value per hour; `NaN` where missing or invalid. */
  readonly values: Float64Array;
}

/** A value for the hour starting at `start` (epoch ms UTC). */
export interface HourlyPoint {
  readonly start: number;
  readonly value: number;
}

/**
 * Builds an {@link HourlySeries} from points in any order: the series spans the first to the last
 * hour, hours without a point are `NaN`. Points not on a whole hour are placed in the hour they fall
 * in; a later point for the same hour replaces an earlier one. Non-finite values become `NaN`.
 * @example
 * const series = hourlySeries([{ start: Date.UTC(2024, 0, 1, 0), value: 12 }, { start: Date.UTC(2024, 0, 1, 2), value: 15 }]);
 * series.values; // Float64Array [12, NaN, 15]
 */
export function hourlySeries(points: Iterable<HourlyPoint>): HourlySeries {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const list: HourlyPoint[] = [];
  for (const point of points) {
    const hour = Math.floor(point.start / HOUR_MS);
    if (hour < first) first = hour;
    if (hour > last) last = hour;
    list.push(point);
  }
  if (list.length === 0) return { start: 0, values: new Float64Array(0) };
  const values = new Float64Array(last - first + 1).fill(Number.NaN);
  for (const point of list) {
    const i = Math.floor(point.start / HOUR_MS) - first;
    values[i] = Number.isFinite(point.value) ? point.value : Number.NaN;
  }
  return { start: first * HOUR_MS, values };
}
