/**
 * Per-stop statistics for one service date, in the manner of gtfs_kit's `compute_stop_stats`,
 * with frequencies expanded and boarding distinguished from every call.
 * @packageDocumentation
 */

import { tripIndexesOn } from '../calendar.js';
import type { GtfsFeed } from '../feed.js';
import { indexFeed, NO_TIME } from '../feed-index.js';
import { tripInstances } from '../frequencies.js';
import { DEFAULT_HEADWAY_WINDOW, headways, secondsOf, type TimeOfDay } from './headways.js';

/** Options of {@link stopStats}. */
export interface StopStatsOptions {
  /** Headway window start. Default 07:00:00. */
  readonly headwayStart?: TimeOfDay;
  /** Headway window end (included). Default 19:00:00. */
  readonly headwayEnd?: TimeOfDay;
  /** One row per stop and direction_id. Default false. */
  readonly splitDirections?: boolean;
  /** Only these stops. */
  readonly stopIds?: readonly string[];
}

/** Statistics of one stop (and direction) on one date. Times in seconds, headways in minutes. */
export interface StopStats {
  readonly date: string;
  readonly stopId: string;
  /** Set when `splitDirections`; undefined also for trips without direction_id. */
  readonly directionId?: 0 | 1 | undefined;
  /** Every scheduled call (last stops and no-pickup calls included). */
  readonly numStopTimes: number;
  /** Calls where boarding is possible: not the trip's last call, pickup_type ≠ 1. */
  readonly numDepartures: number;
  /** Trip instances calling. */
  readonly numTrips: number;
  /** Routes calling. */
  readonly numRoutes: number;
  /** First and last call times (departure, else arrival), NaN when no call is timed. */
  readonly firstTime: number;
  readonly lastTime: number;
  /** Gaps between boarding departures inside the headway window. */
  readonly minHeadway: number;
  readonly maxHeadway: number;
  readonly meanHeadway: number;
}

interface Accumulator {
  numStopTimes: number;
  numDepartures: number;
  numTrips: number;
  lastInstance: number;
  routes: Set<number>;
  lastRoute: number;
  firstTime: number;
  lastTime: number;
  departures: number[];
}

/**
 * Statistics of every stop served on a service date (trips of that service day, runs of
 * frequency-based trips expanded; times may pass 24:00).
 * @example
 * ```ts
 * const stats = stopStats(feed, '2016-04-06', { headwayStart: '07:00', headwayEnd: '19:00' });
 * const busiest = stats.sort((a, b) => b.numDepartures - a.numDepartures)[0];
 * ```
 */
export function stopStats(feed: GtfsFeed, date: string, options: StopStatsOptions = {}) {
  const index = indexFeed(feed);
  const start = secondsOf(options.headwayStart ?? DEFAULT_HEADWAY_WINDOW[0]);
  const end = secondsOf(options.headwayEnd ?? DEFAULT_HEADWAY_WINDOW[1]);
  const split = options.splitDirections === true;
  const wanted = options.stopIds ? new Set(options.stopIds) : undefined;
  const allowed = wanted
    ? Uint8Array.from(feed.stops, (stop) => (wanted.has(stop.stop_id) ? 1 : 0))
    : undefined;
  const pickup = feed.stopTimes.column('pickup_type');
  // Dense by key (stop, or stop × 3 + direction): no hashing in the loop over calls.
  const groups: (Accumulator | undefined)[] = new Array(feed.stops.length * (split ? 3 : 1));
  let instance = 0;
  for (const t of tripIndexesOn(feed, date)) {
    const trip = feed.trips[t]!;
    const route = index.routeByID.get(trip.route_id) ?? -1;
    const direction = trip.direction_id ?? 2;
    const from = index.tripStart[t]!;
    const to = index.tripStart[t + 1]!;
    for (const run of tripInstances(feed, t)) {
      instance++;
      for (let k = from; k < to; k++) {
        const row = index.order[k]!;
        const stop = index.stopOf(row);
        if (stop < 0 || (allowed && allowed[stop] === 0)) continue;
        const key = split ? stop * 3 + direction : stop;
        let group = groups[key];
        if (!group) {
          group = {
            numStopTimes: 0,
            numDepartures: 0,
            numTrips: 0,
            lastInstance: -1,
            routes: new Set(),
            lastRoute: -1,
            firstTime: Number.POSITIVE_INFINITY,
            lastTime: Number.NEGATIVE_INFINITY,
            departures: [],
          };
          groups[key] = group;
        }
        group.numStopTimes++;
        if (group.lastInstance !== instance) {
          group.lastInstance = instance;
          group.numTrips++;
        }
        if (route >= 0 && route !== group.lastRoute) {
          group.routes.add(route);
          group.lastRoute = route;
        }
        const written =
          index.departure[row] !== NO_TIME ? index.departure[row]! : index.arrival[row]!;
        const time = written === NO_TIME ? Number.NaN : written + run.offset;
        if (time < group.firstTime) group.firstTime = time;
        if (time > group.lastTime) group.lastTime = time;
        const noPickup =
          pickup && pickup.data[row] === 1 && (!pickup.state || pickup.state[row] === 0);
        if (k < to - 1 && !noPickup) {
          group.numDepartures++;
          if (!Number.isNaN(time)) group.departures.push(time);
        }
      }
    }
  }
  const out: StopStats[] = [];
  groups.forEach((group, key) => {
    if (!group) return;
    const stop = split ? Math.floor(key / 3) : key;
    const stopId = feed.stops[stop]!.stop_id;
    const direction = key % 3;
    const timed = Number.isFinite(group.firstTime);
    out.push({
      date,
      stopId,
      ...(split ? { directionId: direction === 2 ? undefined : (direction as 0 | 1) } : {}),
      numStopTimes: group.numStopTimes,
      numDepartures: group.numDepartures,
      numTrips: group.numTrips,
      numRoutes: group.routes.size,
      firstTime: timed ? group.firstTime : Number.NaN,
      lastTime: timed ? group.lastTime : Number.NaN,
      ...headways(group.departures, start, end),
    });
  });
  return out.sort((a, b) => (a.stopId < b.stopId ? -1 : a.stopId > b.stopId ? 1 : 0));
}
