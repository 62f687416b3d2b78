/**
 * Network-wide statistics and hourly time series ("service intensity") for one service date.
 * @packageDocumentation
 */
import type { GtfsFeed } from '../feed.js';
import { indexFeed, NO_TIME } from '../feed-index.js';
import { type DatedRun, peak, runsOn } from './instances.js';
import { serviceTotals } from './route-stats.js';

/** Statistics of the whole network (or of one route_type) on one date. */
export interface NetworkStats {
  readonly date: string;
  /** route_type, or undefined for every mode together. */
  readonly routeType: number | undefined;
  /** Stops with at least one call. */
  readonly numStops: number;
  /** Routes with at least one trip. */
  readonly numRoutes: number;
  /** Trip runs (frequency runs expanded). */
  readonly numTrips: number;
  readonly peakNumTrips: number;
  readonly peakStartTime: number;
  readonly peakEndTime: number;
  /** Hours, km and km/h of service. */
  readonly serviceDuration: number;
  readonly serviceDistance: number;
  readonly serviceSpeed: number;
}

function summarise(
  feed: GtfsFeed,
  date: string,
  routeType: number | undefined,
  runs: readonly DatedRun[],
): NetworkStats {
  const index = indexFeed(feed);
  const stops = new Set<number>();
  for (const t of new Set(runs.map((run) => run.trip)))
    for (let k = index.tripStart[t]!; k < index.tripStart[t + 1]!; k++) {
      const stop = index.stopOf(index.order[k]!);
      if (stop >= 0) stops.add(stop);
    }
  const busiest = peak(runs);
  const totals = serviceTotals(runs);
  return {
    date,
    routeType,
    numStops: stops.size,
    numRoutes: new Set(runs.map((run) => run.route)).size,
    numTrips: runs.length,
    peakNumTrips: busiest.count,
    peakStartTime: busiest.start,
    peakEndTime: busiest.end,
    serviceDuration: totals.duration,
    serviceDistance: totals.distance,
    serviceSpeed: totals.speed,
  };
}

/**
 * Network statistics on a service date: first every mode together (`routeType` undefined), then
 * one row per route_type.
 * @example
 * ```ts
 * const [all] = networkStats(feed, '2016-04-06');
 * console.log(all.numTrips, all.peakNumTrips, all.serviceDistance);
 * ```
 */
export function networkStats(feed: GtfsFeed, date: string): NetworkStats[] {
  const runs = runsOn(feed, date);
  const byType = new Map<number | undefined, DatedRun[]>();
  for (const run of runs) {
    const type = feed.routes[run.route]?.route_type;
    const list = byType.get(type);
    if (list) list.push(run);
    else byType.set(type, [run]);
  }
  const types = [...byType.keys()].sort((a, b) => (a ?? -1) - (b ?? -1));
  return [
    summarise(feed, date, undefined, runs),
    ...types.map((type) => summarise(feed, date, type, byType.get(type)!)),
  ];
}

/** One time bin of {@link serviceIntensity}. */
export interface IntensityBin {
  /** Bin start and end, seconds of the service day (`start ≤ t < end`). */
  readonly start: number;
  readonly end: number;
  /** Trip runs starting in the bin. */
  readonly tripStarts: number;
  /** Trip runs under way at some time in the bin. */
  readonly tripsInService: number;
  /** Boarding departures (pickup_type ≠ 1, not a trip's last call) in the bin. */
  readonly departures: number;
}

/** Options of {@link serviceIntensity}. */
export interface IntensityOptions {
  /** Bin size in minutes. Default 60. */
  readonly binMinutes?: number;
  /** Only trips of these routes (a route's time series). */
  readonly routeIds?: readonly string[];
  /** Only departures at these stops (a stop's time series); trip counts stay per trip. */
  readonly stopIds?: readonly string[];
}

/**
 * Service intensity over a service date: trip starts, trips in service and departures per bin
 * (default one hour), from 00:00 to past the last time (bins run past 24:00 on long days); for
 * the whole network, some routes or some stops.
 * @example
 * ```ts
 * const hours = serviceIntensity(feed, '2016-04-06');
 * console.log(hours[8]); // 08:00–09:00
 * const atStation = serviceIntensity(feed, '2016-04-06', { stopIds: ['70012'] });
 * ```
 */
export function serviceIntensity(
  feed: GtfsFeed,
  date: string,
  options: IntensityOptions = {},
): IntensityBin[] {
  const size = (options.binMinutes ?? 60) * 60;
  const index = indexFeed(feed);
  const pickup = feed.stopTimes.column('pickup_type');
  const routes = options.routeIds ? new Set(options.routeIds) : undefined;
  const stops = options.stopIds
    ? new Set(options.stopIds.map((id) => index.stopByID.get(id) ?? -1))
    : undefined;
  const runs = runsOn(feed, date).filter(
    (run) => !routes || routes.has(feed.routes[run.route]?.route_id ?? ''),
  );
  let last = 24 * 3600;
  for (const run of runs) if (run.end > last) last = run.end;
  const count = Math.ceil((last + 1) / size);
  const starts = new Float64Array(count);
  const inService = new Float64Array(count);
  const departures = new Float64Array(count);
  for (const run of runs) {
    if (Number.isNaN(run.start)) continue;
    const first = Math.floor(run.start / size);
    starts[first]!++;
    const lastBin = Math.max(first, Math.ceil(run.end / size) - 1);
    for (let b = first; b <= lastBin; b++) inService[b]!++;
    const offset = run.offset;
    const to = index.tripStart[run.trip + 1]!;
    for (let k = index.tripStart[run.trip]!; k < to - 1; k++) {
      const row = index.order[k]!;
      const written =
        index.departure[row] !== NO_TIME ? index.departure[row]! : index.arrival[row]!;
      if (written === NO_TIME) continue;
      if (pickup && pickup.data[row] === 1 && (!pickup.state || pickup.state[row] === 0)) continue;
      if (stops && !stops.has(index.stopOf(row))) continue;
      departures[Math.floor((written + offset) / size)]!++;
    }
  }
  return Array.from({ length: count }, (_, b) => ({
    start: b * size,
    end: (b + 1) * size,
    tripStarts: starts[b]!,
    tripsInService: inService[b]!,
    departures: departures[b]!,
  }));
}
