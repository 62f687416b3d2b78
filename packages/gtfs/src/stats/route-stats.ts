/**
 * Per-route statistics for one service date, in the manner of gtfs_kit's `compute_route_stats`.
 * @packageDocumentation
 */
import type { GtfsFeed } from '../feed.js';
import { indexFeed } from '../feed-index.js';
import { DEFAULT_HEADWAY_WINDOW, headways, secondsOf, type TimeOfDay } from './headways.js';
import { type DatedRun, peak, runsOn } from './instances.js';

/** Options of {@link routeStats}. */
export interface RouteStatsOptions {
  /** Headway window (trip starts), default 07:00:00–19:00:00. */
  readonly headwayStart?: TimeOfDay;
  readonly headwayEnd?: TimeOfDay;
  /** One row per route and direction_id. Default false. */
  readonly splitDirections?: boolean;
}

/** Statistics of one route (and direction) on one date. Times in seconds, headways in minutes. */
export interface RouteStats {
  readonly date: string;
  readonly routeId: string;
  readonly routeShortName: string | undefined;
  readonly routeType: number | undefined;
  readonly directionId?: 0 | 1 | undefined;
  /** Trip runs (frequency runs expanded). */
  readonly numTrips: number;
  /** Distinct stop sequences among its trips. */
  readonly numStopPatterns: number;
  /** Some trip starts and ends at the same stop. */
  readonly isLoop: boolean;
  /** Trips run in both directions. */
  readonly isBidirectional: boolean;
  readonly startTime: number;
  readonly endTime: number;
  /** Gaps between trip starts inside the headway window. */
  readonly minHeadway: number;
  readonly maxHeadway: number;
  readonly meanHeadway: number;
  /** Most trips under way at once, and when. */
  readonly peakNumTrips: number;
  readonly peakStartTime: number;
  readonly peakEndTime: number;
  /** Hours of service (sum of trip durations). */
  readonly serviceDuration: number;
  /** Km of service (sum of trip distances). */
  readonly serviceDistance: number;
  /** Km/h: serviceDistance / serviceDuration. */
  readonly serviceSpeed: number;
  readonly meanTripDistance: number;
  readonly meanTripDuration: number;
}

/** Sum of durations (h) and distances (km) of runs, skipping unknown values. */
export function serviceTotals(runs: readonly DatedRun[]) {
  let duration = 0;
  let distance = 0;
  for (const run of runs) {
    if (Number.isFinite(run.end - run.start)) duration += (run.end - run.start) / 3600;
    if (Number.isFinite(run.distance)) distance += run.distance;
  }
  return { duration, distance, speed: duration > 0 ? distance / duration : Number.NaN };
}

/**
 * Statistics of every route running on a service date.
 * @example
 * ```ts
 * for (const route of routeStats(feed, '2016-04-06')) console.log(route.routeId, route.numTrips);
 * ```
 */
export function routeStats(feed: GtfsFeed, date: string, options: RouteStatsOptions = {}) {
  const index = indexFeed(feed);
  const start = secondsOf(options.headwayStart ?? DEFAULT_HEADWAY_WINDOW[0]);
  const end = secondsOf(options.headwayEnd ?? DEFAULT_HEADWAY_WINDOW[1]);
  const split = options.splitDirections === true;
  const groups = new Map<string, DatedRun[]>();
  for (const run of runsOn(feed, date)) {
    const key = split ? `${run.route}:${run.direction ?? ''}` : `${run.route}`;
    const list = groups.get(key);
    if (list) list.push(run);
    else groups.set(key, [run]);
  }
  const stopIdsOf = (t: number) => {
    const ids: number[] = [];
    for (let k = index.tripStart[t]!; k < index.tripStart[t + 1]!; k++)
      ids.push(index.stopOf(index.order[k]!));
    return ids;
  };
  const out: RouteStats[] = [];
  for (const runs of groups.values()) {
    const first = runs[0]!;
    const route = feed.routes[first.route];
    const patterns = new Set<string>();
    let isLoop = false;
    const directions = new Set<number | undefined>();
    for (const t of new Set(runs.map((run) => run.trip))) {
      const stops = stopIdsOf(t);
      patterns.add(stops.join(','));
      if (stops.length > 1 && stops[0] === stops[stops.length - 1]) isLoop = true;
      directions.add(feed.trips[t]!.direction_id);
    }
    const starts = runs.map((run) => run.start).filter((time) => !Number.isNaN(time));
    const ends = runs.map((run) => run.end).filter((time) => !Number.isNaN(time));
    const totals = serviceTotals(runs);
    if (starts.length === 0) starts.push(Number.NaN);
    if (ends.length === 0) ends.push(Number.NaN);
    const busiest = peak(runs);
    out.push({
      date,
      routeId: route?.route_id ?? feed.trips[first.trip]!.route_id,
      routeShortName: route?.route_short_name,
      routeType: route?.route_type,
      ...(split ? { directionId: first.direction } : {}),
      numTrips: runs.length,
      numStopPatterns: patterns.size,
      isLoop,
      isBidirectional: directions.has(0) && directions.has(1),
      startTime: starts.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY),
      endTime: ends.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY),
      ...headways(starts, start, end),
      peakNumTrips: busiest.count,
      peakStartTime: busiest.start,
      peakEndTime: busiest.end,
      serviceDuration: totals.duration,
      serviceDistance: totals.distance,
      serviceSpeed: totals.speed,
      meanTripDistance: totals.distance / runs.length,
      meanTripDuration: totals.duration / runs.length,
    });
  }
  return out.sort((a, b) => (a.routeId < b.routeId ? -1 : a.routeId > b.routeId ? 1 : 0));
}
