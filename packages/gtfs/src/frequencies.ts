/**
 * Frequency-based trips expanded into instances: for each frequencies.txt row, one instance
 * departs at `start_time + k · headway_secs` for every k ≥ 0 with that time `< end_time`
 * (end exclusive), for `exact_times` 0 and 1 alike. A trip without frequencies is one instance.
 * @packageDocumentation
 */
import type { GtfsFeed } from './feed.js';
import { type FeedIndex, indexFeed, NO_TIME } from './feed-index.js';
import type { Frequency } from './schema/core-tables.js';

/** One run of a trip on a service day. */
export interface TripInstance {
  /** Position of the trip in `feed.trips`. */
  readonly trip: number;
  /** First departure of this run, in seconds of the service day (NaN when the trip has no time). */
  readonly start: number;
  /** Seconds added to the trip's stop_times to get this run's times (0 for scheduled trips). */
  readonly offset: number;
  /** The frequencies.txt row it comes from, if any. */
  readonly frequency: Frequency | undefined;
}

function runsOf(frequency: Frequency): number {
  const { start_time: start, end_time: end, headway_secs: headway } = frequency;
  if (!(headway > 0)) return 1;
  return end > start ? Math.ceil((end - start) / headway) : 0;
}

/** Number of instances of trip `t` (position in `feed.trips`). */
export function tripInstanceCount(index: FeedIndex, t: number): number {
  const frequencies = index.frequenciesOfTrip.get(t);
  if (!frequencies) return 1;
  let total = 0;
  for (const frequency of frequencies) total += runsOf(frequency);
  return total;
}

/** First time of trip `t` in its stop_times (departure, else arrival), or NaN. */
export function templateStart(index: FeedIndex, t: number): number {
  for (let k = index.tripStart[t]!; k < index.tripStart[t + 1]!; k++) {
    const row = index.order[k]!;
    const time = index.departure[row] !== NO_TIME ? index.departure[row]! : index.arrival[row]!;
    if (time !== NO_TIME) return time;
  }
  return Number.NaN;
}

/**
 * The runs of a trip (position in `feed.trips`, or trip_id): one per frequency headway, or the
 * trip itself.
 * @example
 * ```ts
 * // frequencies.txt: T1,06:00:00,07:00:00,600,0 → 6 runs: 06:00, 06:10 … 06:50
 * tripInstances(feed, 'T1').map((run) => run.start); // [21600, 22200, …, 24600]
 * ```
 */
export function tripInstances(feed: GtfsFeed, trip: number | string): TripInstance[] {
  const index = indexFeed(feed);
  const t = typeof trip === 'number' ? trip : (index.tripByID.get(trip) ?? -1);
  if (t < 0 || t >= feed.trips.length) return [];
  const first = templateStart(index, t);
  const frequencies = index.frequenciesOfTrip.get(t);
  if (!frequencies) return [{ trip: t, start: first, offset: 0, frequency: undefined }];
  const out: TripInstance[] = [];
  for (const frequency of frequencies) {
    const headway = frequency.headway_secs;
    const n = runsOf(frequency);
    for (let k = 0; k < n; k++) {
      const start = frequency.start_time + k * headway;
      out.push({ trip: t, start, offset: start - first, frequency });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
