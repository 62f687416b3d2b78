/**
 * Rules on trips and their stop times: times in order, trip edges timed, distances increasing,
 * plausible speeds, trips with fewer than two calls, unused trips and shapes, frequencies.
 * @packageDocumentation
 */
import { haversineDistance } from '@datacites/geo/measure';
import type { GtfsFeed } from '../feed.js';
import { indexFeed, NO_TIME } from '../feed-index.js';
import { shapeLines } from '../shapes.js';
import { type NoticeList, notice } from './notices.js';

/**
 * Top speed per basic route_type in km/h, as etalab transport-validator
 * (`src/validators/duration_distance.rs`): tram 100, subway 140, rail 320, bus 120, ferry 90,
 * cable tram 30, aerial lift 45, funicular 40, trolleybus 120, monorail 140.
 */
export const MAX_SPEED_KMH: Readonly<Record<number, number>> = {
  0: 100,
  1: 140,
  2: 320,
  3: 120,
  4: 90,
  5: 30,
  6: 45,
  7: 40,
  11: 120,
  12: 140,
};

/** Speed limit of a route_type (extended types map to their basic family: 100s rail, 700s bus…). */
function speedLimit(routeType: number | undefined): number {
  if (routeType === undefined) return 120;
  if (routeType in MAX_SPEED_KMH) return MAX_SPEED_KMH[routeType]!;
  if (routeType >= 100 && routeType < 200) return 320;
  if (routeType >= 1100 && routeType < 1200) return 1000;
  if (routeType >= 400 && routeType < 500) return 140;
  if (routeType >= 900 && routeType < 1000) return 100;
  if (routeType >= 1000 && routeType < 1100) return 90;
  return 120;
}

/** Checks every trip's calls (in stop_sequence order). */
export function checkTrips(feed: GtfsFeed, list: NoticeList): void {
  const file = 'stop_times.txt';
  const index = indexFeed(feed);
  const sequence = feed.stopTimes.column('stop_sequence')?.data;
  const distColumn = feed.stopTimes.column('shape_dist_traveled');
  const arrivalColumn = feed.stopTimes.column('arrival_time');
  const departureColumn = feed.stopTimes.column('departure_time');
  const hasWindow = (row: number) => {
    const start = feed.stopTimes.column('start_pickup_drop_off_window');
    return start !== undefined && (!start.state || start.state[row] === 0);
  };
  feed.trips.forEach((trip, t) => {
    const from = index.tripStart[t]!;
    const to = index.tripStart[t + 1]!;
    const ids = (row: number) => ({
      trip_id: trip.trip_id,
      stop_sequence: String(sequence?.[row] ?? ''),
    });
    if (to === from) {
      list.add(
        notice('unused_trip', 'warning', 'trips.txt', t, 'No stop_times row', {
          entityIds: { trip_id: trip.trip_id },
        }),
      );
      return;
    }
    if (to - from === 1)
      list.add(
        notice(
          'unusable_trip',
          'warning',
          'trips.txt',
          t,
          'A trip must call at two stops at least',
          {
            entityIds: { trip_id: trip.trip_id },
          },
        ),
      );
    const route = feed.routes[index.routeByID.get(trip.route_id) ?? -1];
    const limit = speedLimit(route?.route_type);
    let previousDeparture = NO_TIME;
    let previousDistance = Number.NaN;
    let previousStop = -1;
    for (let k = from; k < to; k++) {
      const row = index.order[k]!;
      const arrival = index.arrival[row]!;
      const departure = index.departure[row]!;
      const edge = k === from || k === to - 1;
      if (edge && (arrival === NO_TIME || departure === NO_TIME) && !hasWindow(row))
        list.add(
          notice('missing_trip_edge', 'error', file, row, 'First and last calls need both times', {
            field: arrival === NO_TIME ? 'arrival_time' : 'departure_time',
            entityIds: ids(row),
          }),
        );
      else if (
        (arrival === NO_TIME) !== (departure === NO_TIME) &&
        arrivalColumn &&
        departureColumn
      )
        list.add(
          notice(
            'stop_time_with_only_arrival_or_departure_time',
            'error',
            file,
            row,
            'arrival_time and departure_time go together',
            { entityIds: ids(row) },
          ),
        );
      if (arrival !== NO_TIME && departure !== NO_TIME && departure < arrival)
        list.add(
          notice(
            'stop_time_with_departure_before_arrival_time',
            'error',
            file,
            row,
            'departure_time is before arrival_time',
            { field: 'departure_time', entityIds: ids(row) },
          ),
        );
      const time = arrival !== NO_TIME ? arrival : departure;
      if (time !== NO_TIME && previousDeparture !== NO_TIME && time < previousDeparture)
        list.add(
          notice(
            'stop_time_with_arrival_before_previous_departure_time',
            'error',
            file,
            row,
            'Arrives before the previous call departs',
            { field: 'arrival_time', entityIds: ids(row) },
          ),
        );
      const stop = feed.stops[index.stopOf(row)];
      const last = previousStop >= 0 ? feed.stops[previousStop] : undefined;
      if (
        time !== NO_TIME &&
        previousDeparture !== NO_TIME &&
        time > previousDeparture &&
        stop?.stop_lat !== undefined &&
        stop.stop_lon !== undefined &&
        last?.stop_lat !== undefined &&
        last.stop_lon !== undefined
      ) {
        const km =
          haversineDistance(last.stop_lon, last.stop_lat, stop.stop_lon, stop.stop_lat) / 1000;
        const speed = km / ((time - previousDeparture) / 3600);
        if (speed > limit)
          list.add(
            notice(
              'fast_travel_between_consecutive_stops',
              'warning',
              file,
              row,
              `${speed.toFixed(0)} km/h from the previous stop (limit ${limit} for this route_type)`,
              { entityIds: { ...ids(row), stop_id: stop.stop_id } },
            ),
          );
      }
      if (departure !== NO_TIME || arrival !== NO_TIME)
        previousDeparture = departure !== NO_TIME ? departure : arrival;
      if (stop) previousStop = index.stopOf(row);
      if (distColumn && (!distColumn.state || distColumn.state[row] === 0)) {
        const distance = distColumn.data[row]!;
        if (!Number.isNaN(previousDistance) && distance <= previousDistance)
          list.add(
            notice(
              'decreasing_or_equal_stop_time_distance',
              'error',
              file,
              row,
              `shape_dist_traveled ${distance} after ${previousDistance}`,
              { field: 'shape_dist_traveled', entityIds: ids(row) },
            ),
          );
        previousDistance = distance;
      }
    }
  });
  checkShapesAndFrequencies(feed, list);
}

function checkShapesAndFrequencies(feed: GtfsFeed, list: NoticeList): void {
  const used = new Set(feed.trips.map((trip) => trip.shape_id));
  for (const line of shapeLines(feed).values()) {
    if (!used.has(line.shapeId))
      list.add(
        notice('unused_shape', 'warning', 'shapes.txt', undefined, 'No trip uses this shape', {
          entityIds: { shape_id: line.shapeId },
        }),
      );
    const distances = line.distances;
    if (!distances) continue;
    let previous = Number.NaN;
    distances.forEach((distance, k) => {
      if (Number.isNaN(distance)) return;
      if (distance < previous)
        list.add(
          notice(
            'decreasing_shape_distance',
            'error',
            'shapes.txt',
            undefined,
            `Point ${k} goes back`,
            {
              field: 'shape_dist_traveled',
              entityIds: { shape_id: line.shapeId },
            },
          ),
        );
      previous = distance;
    });
  }
  const byTrip = new Map<string, { start: number; end: number; row: number }[]>();
  feed.frequencies.forEach((frequency, row) => {
    const list2 = byTrip.get(frequency.trip_id) ?? [];
    list2.push({ start: frequency.start_time, end: frequency.end_time, row });
    byTrip.set(frequency.trip_id, list2);
  });
  for (const [tripId, ranges] of byTrip) {
    ranges.sort((a, b) => a.start - b.start);
    for (let k = 1; k < ranges.length; k++)
      if (ranges[k]!.start < ranges[k - 1]!.end)
        list.add(
          notice(
            'overlapping_frequency',
            'error',
            'frequencies.txt',
            ranges[k]!.row,
            'Overlaps the previous period',
            {
              entityIds: { trip_id: tripId },
            },
          ),
        );
  }
}
