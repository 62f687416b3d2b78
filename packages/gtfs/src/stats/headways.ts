/**
 * Headways in a time window, shared by stop and route statistics.
 * @packageDocumentation
 */

/** Default headway window: 07:00–19:00, in seconds (as gtfs_kit). */
export const DEFAULT_HEADWAY_WINDOW: readonly [number, number] = [7 * 3600, 19 * 3600];

/** Minimum, maximum and mean gap in minutes. */
export interface Headways {
  readonly minHeadway: number;
  readonly maxHeadway: number;
  readonly meanHeadway: number;
}

/**
 * Gaps between consecutive times (seconds) that fall in `[start, end]` (both included), in
 * minutes; NaN when fewer than two times fall in the window. Sorts `times` in place.
 * @example
 * ```ts
 * headways([25200, 26100, 27900], 25200, 68400); // { minHeadway: 15, maxHeadway: 30, meanHeadway: 22.5 }
 * ```
 */
export function headways(times: number[] | Float64Array, start: number, end: number): Headways {
  times.sort((a, b) => a - b);
  let previous = Number.NaN;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let first = Number.NaN;
  let gaps = 0;
  for (const time of times) {
    if (time < start || time > end) continue;
    if (Number.isNaN(first)) first = time;
    if (!Number.isNaN(previous)) {
      const gap = time - previous;
      if (gap < min) min = gap;
      if (gap > max) max = gap;
      gaps++;
    }
    previous = time;
  }
  if (gaps === 0)
    return { minHeadway: Number.NaN, maxHeadway: Number.NaN, meanHeadway: Number.NaN };
  return {
    minHeadway: min / 60,
    maxHeadway: max / 60,
    meanHeadway: (previous - first) / gaps / 60,
  };
}

/** A time option: seconds, or `HH:MM[:SS]` (hours may pass 24). */
export type TimeOfDay = number | string;

/** Seconds of a {@link TimeOfDay}. */
export function secondsOf(time: TimeOfDay): number {
  if (typeof time === 'number') return time;
  const match = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  if (!match) throw new RangeError(`Not a time (HH:MM:SS): ${time}`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3] ?? 0);
}
