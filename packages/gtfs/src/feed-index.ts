/**
 * Indexes built once per feed (and cached): trips by ID, every trip's stop times in
 * `stop_sequence` order (files need not be sorted), stop and route lookups, frequencies by trip.
 * @packageDocumentation
 */
import type { Column } from '@datacites/core';
import type { GtfsFeed } from './feed.js';
import type { Frequency } from './schema/core-tables.js';

/** Index of a feed, from {@link indexFeed}. */
export interface FeedIndex {
  /** Position in `feed.trips` of each trip_id. */
  readonly tripByID: ReadonlyMap<string, number>;
  /** Position in `feed.stops` of each stop_id. */
  readonly stopByID: ReadonlyMap<string, number>;
  /** Position in `feed.routes` of each route_id. */
  readonly routeByID: ReadonlyMap<string, number>;
  /**
   * Stop-time rows ordered by trip (in `feed.trips` order) then `stop_sequence`: the calls of
   * trip `t` are `order[tripStart[t]]` … `order[tripStart[t + 1] - 1]`.
   */
  readonly order: Int32Array;
  /** Offsets into `order`, one per trip plus one. */
  readonly tripStart: Int32Array;
  /** Position in `feed.stops` of the stop of a stop-time row, or -1 (Flex calls, unknown stop). */
  stopOf(row: number): number;
  /** Stop-time rows whose trip_id is not in trips.txt (left out of `order`). */
  readonly orphanStopTimes: number;
  /** `frequencies.txt` rows of each trip (position in `feed.trips`). */
  readonly frequenciesOfTrip: ReadonlyMap<number, readonly Frequency[]>;
  /** Arrival time of each stop-time row in seconds, {@link NO_TIME} when empty. */
  readonly arrival: Int32Array;
  /** Departure time of each stop-time row in seconds, {@link NO_TIME} when empty. */
  readonly departure: Int32Array;
}

const cache = new WeakMap<GtfsFeed, FeedIndex>();

/**
 * Row → position lookup through a dictionary column's codes, without a per-row array:
 * `lookup` maps each distinct string once.
 */
function codeLookup(
  column: Column | undefined,
  lookup: ReadonlyMap<string, number>,
): (row: number) => number {
  if (!column) return () => -1;
  const byCode = Int32Array.from(column.dictionary, (value) => lookup.get(value) ?? -1);
  const data = column.data;
  const state = column.state;
  if (!state) return (row) => byCode[data[row]!]!;
  return (row) => (state[row] === 0 ? byCode[data[row]!]! : -1);
}

/**
 * Position in `ids` of each of `values`: walks both in order while they agree (a stop_times file
 * grouped in the order of trips.txt), and asks the map only where they do not.
 */
function matchInOrder(
  values: readonly string[],
  ids: readonly string[],
  map: () => ReadonlyMap<string, number>,
): Int32Array {
  const out = new Int32Array(values.length);
  let next = 0;
  for (let c = 0; c < values.length; c++) {
    const value = values[c]!;
    if (next < ids.length && ids[next] === value) {
      out[c] = next++;
      continue;
    }
    const found = map().get(value) ?? -1;
    out[c] = found;
    if (found >= 0) next = found + 1;
  }
  return out;
}

/** Marks an empty time in {@link FeedIndex.arrival} and {@link FeedIndex.departure}. */
export const NO_TIME = -1;

/** Times of a clock-time column, {@link NO_TIME} for empty cells (the column itself when full). */
function timesOf(column: Column | undefined, length: number): Int32Array {
  if (column && !column.state && column.data instanceof Int32Array) return column.data;
  const out = new Int32Array(length).fill(NO_TIME);
  if (!column) return out;
  const { data, state } = column;
  for (let i = 0; i < length; i++) if (!state || state[i] === 0) out[i] = data[i]!;
  return out;
}

/**
 * Builds (once, then cached per feed) the lookups every analysis needs.
 * @example
 * ```ts
 * const { order, tripStart } = indexFeed(feed);
 * const firstCallOfTrip0 = order[tripStart[0]!];
 * ```
 */
export function indexFeed(feed: GtfsFeed): FeedIndex {
  const cached = cache.get(feed);
  if (cached) return cached;
  const byID = <T>(rows: readonly T[], key: (row: T) => string) => {
    const map = new Map<string, number>();
    for (let i = rows.length - 1; i >= 0; i--) map.set(key(rows[i]!), i); // first row wins
    return map;
  };
  // trip_id → position, built only when needed: matching stop_times' trip_ids to trips.txt
  // in file order first avoids hashing half a million strings on large feeds.
  let tripMap: Map<string, number> | undefined;
  const tripByID = () => {
    tripMap ??= byID(feed.trips, (trip) => trip.trip_id);
    return tripMap;
  };
  const stopByID = byID(feed.stops, (stop) => stop.stop_id);
  const routeByID = byID(feed.routes, (route) => route.route_id);
  const stopTimes = feed.stopTimes;
  const length = stopTimes.length;
  const tripColumn = stopTimes.column('trip_id');
  const tripByCode = matchInOrder(
    tripColumn?.dictionary ?? [],
    feed.trips.map((trip) => trip.trip_id),
    tripByID,
  );
  const tripCodes = tripColumn?.data ?? new Int32Array(length);
  const tripState = tripColumn?.state;
  const tripOf = (row: number) =>
    !tripColumn || (tripState && tripState[row] !== 0) ? -1 : tripByCode[tripCodes[row]!]!;
  const stopOf = codeLookup(stopTimes.column('stop_id'), stopByID);
  const sequence = stopTimes.column('stop_sequence')?.data ?? new Int32Array(length);
  // Counting sort by trip, then by stop_sequence within each trip when not already in order.
  const tripCount = feed.trips.length;
  const tripStart = new Int32Array(tripCount + 1);
  let orphanStopTimes = 0;
  for (let i = 0; i < length; i++) {
    const trip = tripOf(i);
    if (trip < 0) orphanStopTimes++;
    else tripStart[trip + 1]!++;
  }
  for (let t = 0; t < tripCount; t++) tripStart[t + 1]! += tripStart[t]!;
  const fill = tripStart.slice(0, tripCount);
  const order = new Int32Array(length - orphanStopTimes);
  for (let i = 0; i < length; i++) {
    const trip = tripOf(i);
    if (trip >= 0) order[fill[trip]!++] = i;
  }
  for (let t = 0; t < tripCount; t++) {
    const from = tripStart[t]!;
    const to = tripStart[t + 1]!;
    let sorted = true;
    for (let k = from + 1; k < to && sorted; k++)
      sorted = sequence[order[k - 1]!]! <= sequence[order[k]!]!;
    if (!sorted) order.subarray(from, to).sort((a, b) => sequence[a]! - sequence[b]!);
  }
  const frequenciesOfTrip = new Map<number, Frequency[]>();
  for (const frequency of feed.frequencies) {
    const trip = tripByID().get(frequency.trip_id);
    if (trip === undefined) continue;
    const list = frequenciesOfTrip.get(trip);
    if (list) list.push(frequency);
    else frequenciesOfTrip.set(trip, [frequency]);
  }
  const index: FeedIndex = {
    get tripByID() {
      return tripByID();
    },
    stopByID,
    routeByID,
    order,
    tripStart,
    stopOf,
    orphanStopTimes,
    frequenciesOfTrip,
    arrival: timesOf(stopTimes.column('arrival_time'), length),
    departure: timesOf(stopTimes.column('departure_time'), length),
  };
  cache.set(feed, index);
  return index;
}
