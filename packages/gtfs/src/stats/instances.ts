/**
 * The trip runs of a service date with their span, distance and route: the common input of
 * route, network and time-series statistics.
 * @packageDocumentation
 */
import { tripIndexesOn } from '../calendar.js';
import type { GtfsFeed } from '../feed.js';
import { indexFeed } from '../feed-index.js';
import { tripInstances } from '../frequencies.js';
import { tripDistance, tripSpan } from './trip-stats.js';

/** One run of a trip on a date. */
export interface DatedRun {
  /** Position of the trip in `feed.trips`. */
  readonly trip: number;
  /** Position of its route in `feed.routes` (-1 when unknown). */
  readonly route: number;
  readonly direction: 0 | 1 | undefined;
  /** First departure and last arrival, seconds of the service day (NaN when untimed). */
  readonly start: number;
  readonly end: number;
  /** Km (shape length, else stop to stop). */
  readonly distance: number;
  /** Seconds added to the trip's stop_times for this run. */
  readonly offset: number;
}

/**
 * Every run (frequency runs expanded) of the trips of a service date.
 * @example
 * ```ts
 * const runs = runsOn(feed, '2016-04-06');
 * ```
 */
export function runsOn(feed: GtfsFeed, date: string): DatedRun[] {
  const index = indexFeed(feed);
  const out: DatedRun[] = [];
  for (const t of tripIndexesOn(feed, date)) {
    const trip = feed.trips[t]!;
    const [start, end] = tripSpan(index, t);
    const { distance } = tripDistance(feed, index, t);
    const route = index.routeByID.get(trip.route_id) ?? -1;
    for (const run of tripInstances(feed, t))
      out.push({
        trip: t,
        route,
        direction: trip.direction_id,
        start: start + run.offset,
        end: end + run.offset,
        distance,
        offset: run.offset,
      });
  }
  return out;
}

/** Most runs under way at once (`start ≤ t < end`) and the first interval where it happens. */
export function peak(runs: readonly DatedRun[]): { count: number; start: number; end: number } {
  const events: [number, number][] = [];
  for (const run of runs) {
    if (Number.isNaN(run.start) || Number.isNaN(run.end)) continue;
    events.push([run.start, 1], [Math.max(run.end, run.start), -1]);
  }
  // Ends before starts at the same second: a run ending at 08:00 and one starting then do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let count = 0;
  let best = 0;
  let bestStart = Number.NaN;
  let bestEnd = Number.NaN;
  for (let i = 0; i < events.length; i++) {
    const [time, delta] = events[i]!;
    count += delta;
    if (count > best) {
      best = count;
      bestStart = time;
      bestEnd = events[i + 1]?.[0] ?? time;
    }
  }
  return { count: best, start: bestStart, end: bestEnd };
}
