/**
 * Per-trip statistics in the manner of gtfs_kit's `compute_trip_stats`: stops, first and last
 * times, duration, distance (shape length, else stop-to-stop) and speed.
 * @packageDocumentation
 */
import { haversineDistance } from '@datacites/geo/measure';
import type { GtfsFeed } from '../feed.js';
import { type FeedIndex, indexFeed, NO_TIME } from '../feed-index.js';
import { shapeLines } from '../shapes.js';

/** Statistics of one trip (its schedule as written; frequency runs share them). */
export interface TripStats {
  readonly tripId: string;
  readonly routeId: string;
  readonly routeShortName: string | undefined;
  readonly routeType: number | undefined;
  readonly directionId: 0 | 1 | undefined;
  readonly shapeId: string | undefined;
  /** Number of calls (stop_times rows). */
  readonly numStops: number;
  /**
   * The stop pattern: a hash (FNV-1a, 8 hex digits) of the trip's stop_ids in order, equal for
   * trips calling at the same stops in the same order.
   */
  readonly stopPatternId: string;
  /** First departure (seconds of the service day), NaN when the trip has no time. */
  readonly startTime: number;
  /** Last arrival (seconds), NaN when the trip has no time. */
  readonly endTime: number;
  readonly startStopId: string | undefined;
  readonly endStopId: string | undefined;
  /** The first and last calls are at the same stop. */
  readonly isLoop: boolean;
  /** Hours from first departure to last arrival. */
  readonly duration: number;
  /** Km: the shape's length, else the sum of straight lines between consecutive stops. */
  readonly distance: number;
  /** Where `distance` comes from. */
  readonly distanceSource: 'shape' | 'stops' | 'none';
  /** Km/h. */
  readonly speed: number;
}

/** FNV-1a 32-bit hash of a string, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Position of the first and last timed calls of trip `t` in `index.order`, or -1. */
export function timedEnds(index: FeedIndex, t: number): [number, number] {
  const from = index.tripStart[t]!;
  const to = index.tripStart[t + 1]!;
  let first = -1;
  let last = -1;
  for (let k = from; k < to; k++) {
    const row = index.order[k]!;
    if (index.departure[row] !== NO_TIME || index.arrival[row] !== NO_TIME) {
      if (first < 0) first = k;
      last = k;
    }
  }
  return [first, last];
}

/** First departure and last arrival of trip `t` (seconds), NaN when untimed. */
export function tripSpan(index: FeedIndex, t: number): [number, number] {
  const [first, last] = timedEnds(index, t);
  if (first < 0) return [Number.NaN, Number.NaN];
  const a = index.order[first]!;
  const b = index.order[last]!;
  const start = index.departure[a] !== NO_TIME ? index.departure[a]! : index.arrival[a]!;
  const end = index.arrival[b] !== NO_TIME ? index.arrival[b]! : index.departure[b]!;
  return [start, end];
}

/** Distance of trip `t` in km and its source. */
export function tripDistance(feed: GtfsFeed, index: FeedIndex, t: number) {
  const shapeId = feed.trips[t]!.shape_id;
  const line = shapeId === undefined ? undefined : shapeLines(feed).get(shapeId);
  if (line) return { distance: line.lengthKm, source: 'shape' as const };
  let metres = 0;
  let previous = -1;
  let counted = 0;
  for (let k = index.tripStart[t]!; k < index.tripStart[t + 1]!; k++) {
    const stop = index.stopOf(index.order[k]!);
    const here = stop >= 0 ? feed.stops[stop] : undefined;
    if (here?.stop_lat === undefined || here.stop_lon === undefined) continue;
    if (previous >= 0) {
      const there = feed.stops[previous]!;
      metres += haversineDistance(there.stop_lon!, there.stop_lat!, here.stop_lon, here.stop_lat);
    }
    previous = stop;
    counted++;
  }
  if (counted < 2) return { distance: Number.NaN, source: 'none' as const };
  return { distance: metres / 1000, source: 'stops' as const };
}

/**
 * Statistics of every trip of the feed (or of the given trip_ids).
 * @example
 * ```ts
 * const [first] = tripStats(feed, { tripIds: ['CNS2014-CNS_MUL-Weekday-00-4165878'] });
 * console.log(first.numStops, first.duration, first.distance); // 35 1 32.5…
 * ```
 */
export function tripStats(feed: GtfsFeed, options: { tripIds?: readonly string[] } = {}) {
  const index = indexFeed(feed);
  const positions = options.tripIds
    ? options.tripIds.map((id) => index.tripByID.get(id)).filter((t) => t !== undefined)
    : feed.trips.map((_, t) => t);
  return positions.map((t): TripStats => {
    const trip = feed.trips[t]!;
    const route = feed.routes[index.routeByID.get(trip.route_id) ?? -1];
    const from = index.tripStart[t]!;
    const to = index.tripStart[t + 1]!;
    const stopIdOf = (k: number) => {
      const stop = index.stopOf(index.order[k]!);
      return stop >= 0 ? feed.stops[stop]!.stop_id : undefined;
    };
    const [startTime, endTime] = tripSpan(index, t);
    const duration = (endTime - startTime) / 3600;
    const { distance, source } = tripDistance(feed, index, t);
    const pattern: string[] = [];
    for (let k = from; k < to; k++) pattern.push(stopIdOf(k) ?? '');
    const startStopId = to > from ? stopIdOf(from) : undefined;
    const endStopId = to > from ? stopIdOf(to - 1) : undefined;
    return {
      tripId: trip.trip_id,
      routeId: trip.route_id,
      routeShortName: route?.route_short_name,
      routeType: route?.route_type,
      directionId: trip.direction_id,
      shapeId: trip.shape_id,
      numStops: to - from,
      stopPatternId: fnv1a(pattern.join('\u0000')),
      startTime,
      endTime,
      startStopId,
      endStopId,
      isLoop: startStopId !== undefined && startStopId === endStopId,
      duration,
      distance,
      distanceSource: source,
      speed: duration > 0 ? distance / duration : Number.NaN,
    };
  });
}
