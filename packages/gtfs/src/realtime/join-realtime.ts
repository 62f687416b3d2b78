/**
 * Realtime joined to the static feed: each TripUpdate's trip and route, and every call of the
 * trip with its scheduled and predicted POSIX times (a delay carries on to later stops until the
 * next update, as the GTFS-Realtime reference says).
 * @packageDocumentation
 */
import type { GtfsFeed } from '../feed.js';
import { indexFeed, NO_TIME } from '../feed-index.js';
import type { Route, Stop, Trip } from '../schema/core-tables.js';
import type {
  RealtimeFeed,
  StopTimeUpdate,
  TripUpdate,
  VehiclePosition,
} from './decode-realtime.js';
import { localServiceDate, serviceDayStart } from './service-day.js';

/** One call of a trip with its schedule and prediction (POSIX seconds). */
export interface PredictedCall {
  readonly stopId: string | undefined;
  readonly stopSequence: number;
  readonly scheduledArrival: number | undefined;
  readonly scheduledDeparture: number | undefined;
  readonly predictedArrival: number | undefined;
  readonly predictedDeparture: number | undefined;
  /** Delay applied, seconds (from this stop's update or carried from an earlier one). */
  readonly delay: number | undefined;
  /** The update given for this stop, if any. */
  readonly update: StopTimeUpdate | undefined;
}

/** A TripUpdate with its static trip. */
export interface JoinedTripUpdate {
  readonly update: TripUpdate;
  readonly trip: Trip | undefined;
  readonly route: Route | undefined;
  readonly serviceDate: string;
  /** Every call of the static trip (empty when the trip is unknown). */
  readonly calls: readonly PredictedCall[];
}

/** A VehiclePosition with its static trip, route and stop. */
export interface JoinedVehiclePosition {
  readonly position: VehiclePosition;
  readonly trip: Trip | undefined;
  readonly route: Route | undefined;
  readonly stop: Stop | undefined;
}

/** Result of {@link joinRealtime}. */
export interface RealtimeJoin {
  readonly tripUpdates: readonly JoinedTripUpdate[];
  readonly vehiclePositions: readonly JoinedVehiclePosition[];
  /** trip_ids and stop_ids of the realtime feed missing from the static feed. */
  readonly unknownTripIds: readonly string[];
  readonly unknownStopIds: readonly string[];
}

/** Options of {@link joinRealtime}. */
export interface JoinRealtimeOptions {
  /** Time zone of the schedule. Default: the first agency's agency_timezone. */
  readonly timeZone?: string;
  /** Service date of updates without start_date. Default: the realtime feed's local date. */
  readonly serviceDate?: string;
}

/**
 * Joins a decoded realtime feed to its static feed.
 * @example
 * ```ts
 * const joined = joinRealtime(feed, decodeRealtime(bytes));
 * for (const { trip, calls } of joined.tripUpdates) console.log(trip?.trip_id, calls.at(-1)?.predictedArrival);
 * ```
 */
export function joinRealtime(
  feed: GtfsFeed,
  realtime: RealtimeFeed,
  options: JoinRealtimeOptions = {},
): RealtimeJoin {
  const index = indexFeed(feed);
  const timeZone = options.timeZone ?? feed.agency[0]?.agency_timezone ?? 'UTC';
  const fallbackDate =
    options.serviceDate ??
    localServiceDate(realtime.timestamp ?? Math.floor(Date.now() / 1000), timeZone);
  const unknownTrips = new Set<string>();
  const unknownStops = new Set<string>();
  const sequence = feed.stopTimes.column('stop_sequence')?.data;
  const tripOf = (id: string | undefined) => {
    if (id === undefined) return undefined;
    const t = index.tripByID.get(id);
    if (t === undefined) unknownTrips.add(id);
    return t;
  };
  const stopOf = (id: string | undefined) => {
    if (id === undefined) return undefined;
    const s = index.stopByID.get(id);
    if (s === undefined) unknownStops.add(id);
    return s === undefined ? undefined : feed.stops[s];
  };
  const tripUpdates = realtime.tripUpdates.map((update): JoinedTripUpdate => {
    const t = tripOf(update.trip.tripId);
    const trip = t === undefined ? undefined : feed.trips[t];
    const route =
      feed.routes[index.routeByID.get(trip?.route_id ?? update.trip.routeId ?? '') ?? -1];
    const serviceDate = update.trip.startDate ?? fallbackDate;
    const start = serviceDayStart(serviceDate, timeZone);
    for (const s of update.stopTimeUpdates) stopOf(s.stopId);
    const calls: PredictedCall[] = [];
    if (t !== undefined) {
      let delay = update.delay;
      for (let k = index.tripStart[t]!; k < index.tripStart[t + 1]!; k++) {
        const row = index.order[k]!;
        const stop = feed.stops[index.stopOf(row)];
        const stopSequence = sequence?.[row] ?? 0;
        const own = update.stopTimeUpdates.find((s) =>
          s.stopSequence !== undefined
            ? s.stopSequence === stopSequence
            : s.stopId === stop?.stop_id,
        );
        const arrival = index.arrival[row] === NO_TIME ? undefined : start + index.arrival[row]!;
        const departure =
          index.departure[row] === NO_TIME ? undefined : start + index.departure[row]!;
        let predictedArrival: number | undefined;
        let predictedDeparture: number | undefined;
        if (own?.scheduleRelationship === 'NO_DATA') delay = undefined;
        if (own?.arrival) {
          predictedArrival =
            own.arrival.time ??
            (arrival === undefined ? undefined : arrival + (own.arrival.delay ?? 0));
          if (own.arrival.delay !== undefined) delay = own.arrival.delay;
          else if (own.arrival.time !== undefined && arrival !== undefined)
            delay = own.arrival.time - arrival;
        }
        if (own?.departure) {
          predictedDeparture =
            own.departure.time ??
            (departure === undefined ? undefined : departure + (own.departure.delay ?? 0));
          if (own.departure.delay !== undefined) delay = own.departure.delay;
          else if (own.departure.time !== undefined && departure !== undefined)
            delay = own.departure.time - departure;
        }
        if (delay !== undefined) {
          predictedArrival ??= arrival === undefined ? undefined : arrival + delay;
          predictedDeparture ??= departure === undefined ? undefined : departure + delay;
        }
        calls.push({
          stopId: stop?.stop_id,
          stopSequence,
          scheduledArrival: arrival,
          scheduledDeparture: departure,
          predictedArrival,
          predictedDeparture,
          delay,
          update: own,
        });
      }
    }
    return { update, trip, route, serviceDate, calls };
  });
  const vehiclePositions = realtime.vehiclePositions.map((position): JoinedVehiclePosition => {
    const t = tripOf(position.trip?.tripId);
    const trip = t === undefined ? undefined : feed.trips[t];
    const routeId = trip?.route_id ?? position.trip?.routeId;
    return {
      position,
      trip,
      route: routeId === undefined ? undefined : feed.routes[index.routeByID.get(routeId) ?? -1],
      stop: stopOf(position.stopId),
    };
  });
  return {
    tripUpdates,
    vehiclePositions,
    unknownTripIds: [...unknownTrips],
    unknownStopIds: [...unknownStops],
  };
}
