/**
 * Calls in a clock-time window of a date, with service-day semantics: a window on date D also
 * finds the trips of service day D − 1 still running after midnight (their `25:10:00` is D's
 * 01:10).
 * @packageDocumentation
 */
import { tripIndexesOn } from './calendar.js';
import type { GtfsFeed } from './feed.js';
import { indexFeed, NO_TIME } from './feed-index.js';
import { tripInstances } from './frequencies.js';
import { dayNumber, isoDate } from './service-date.js';
import { secondsOf, type TimeOfDay } from './stats/headways.js';

/** Options of {@link callsBetween}. */
export interface CallsBetweenOptions {
  /** Window start on the date's clock (seconds or `HH:MM[:SS]`), included. */
  readonly from: TimeOfDay;
  /** Window end, excluded. May pass 24:00 to reach into the next morning. */
  readonly to: TimeOfDay;
  /** Only calls at these stops. */
  readonly stopIds?: readonly string[];
  /** Only calls where boarding is possible (not a trip's last call, pickup_type ≠ 1). */
  readonly boardingOnly?: boolean;
}

/** One call of a trip run at a stop. */
export interface Call {
  readonly stopId: string;
  readonly tripId: string;
  readonly routeId: string;
  /** The service date of the trip (the date asked, or the day before). */
  readonly serviceDate: string;
  /** Time on the asked date's clock, seconds (departure, else arrival). */
  readonly time: number;
  /** Time as written in the trip's service day (with the frequency offset). */
  readonly serviceTime: number;
  readonly stopSequence: number;
}

/**
 * Every call whose time falls in `[from, to)` on `date`'s clock, from that service day and from
 * the previous one (trips past midnight), sorted by time.
 * @example
 * ```ts
 * // Night trips of Tuesday still running on Wednesday at 00:30 are found too.
 * const calls = callsBetween(feed, '2016-04-06', { from: '00:00', to: '01:00' });
 * ```
 */
export function callsBetween(feed: GtfsFeed, date: string, options: CallsBetweenOptions): Call[] {
  const index = indexFeed(feed);
  const from = secondsOf(options.from);
  const to = secondsOf(options.to);
  const wanted = options.stopIds ? new Set(options.stopIds) : undefined;
  const pickup = feed.stopTimes.column('pickup_type');
  const sequence = feed.stopTimes.column('stop_sequence')?.data;
  const day = dayNumber(date);
  const out: Call[] = [];
  for (const [serviceDay, shift] of [
    [day - 1, 86_400],
    [day, 0],
  ] as const) {
    const serviceDate = isoDate(serviceDay);
    for (const t of tripIndexesOn(feed, serviceDate)) {
      const trip = feed.trips[t]!;
      const first = index.tripStart[t]!;
      const last = index.tripStart[t + 1]! - 1;
      for (const run of tripInstances(feed, t)) {
        for (let k = first; k <= last; k++) {
          const row = index.order[k]!;
          const written =
            index.departure[row] !== NO_TIME ? index.departure[row]! : index.arrival[row]!;
          if (written === NO_TIME) continue;
          const serviceTime = written + run.offset;
          const time = serviceTime - shift;
          if (time < from || time >= to) continue;
          if (options.boardingOnly) {
            const noPickup =
              pickup && pickup.data[row] === 1 && (!pickup.state || pickup.state[row] === 0);
            if (k === last || noPickup) continue;
          }
          const stop = feed.stops[index.stopOf(row)];
          if (!stop || (wanted && !wanted.has(stop.stop_id))) continue;
          out.push({
            stopId: stop.stop_id,
            tripId: trip.trip_id,
            routeId: trip.route_id,
            serviceDate,
            time,
            serviceTime,
            stopSequence: sequence?.[row] ?? 0,
          });
        }
      }
    }
  }
  return out.sort((a, b) => a.time - b.time);
}
