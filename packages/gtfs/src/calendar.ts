/**
 * Which services and trips run on a service date, and over which dates a feed runs: calendar.txt
 * weekly patterns with calendar_dates.txt exceptions (type 1 adds a date, type 2 removes it).
 * @packageDocumentation
 */
import type { GtfsFeed } from './feed.js';
import { indexFeed } from './feed-index.js';
import { tripInstanceCount } from './frequencies.js';
import type { Trip } from './schema/core-tables.js';
import { dayNumber, isoDate, weekdayOf } from './service-date.js';

const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

interface ServicePattern {
  /** Weekly pattern: first day, last day, weekday flags. */
  readonly weeks: { start: number; end: number; days: boolean[] }[];
  readonly added: Set<number>;
  readonly removed: Set<number>;
}

const patternCache = new WeakMap<GtfsFeed, Map<string, ServicePattern>>();

function patterns(feed: GtfsFeed): Map<string, ServicePattern> {
  const cached = patternCache.get(feed);
  if (cached) return cached;
  const map = new Map<string, ServicePattern>();
  const of = (id: string) => {
    let pattern = map.get(id);
    if (!pattern) {
      pattern = { weeks: [], added: new Set(), removed: new Set() };
      map.set(id, pattern);
    }
    return pattern;
  };
  for (const row of feed.calendar)
    of(row.service_id).weeks.push({
      start: dayNumber(row.start_date),
      end: dayNumber(row.end_date),
      days: WEEKDAYS.map((day) => row[day] === 1),
    });
  for (const row of feed.calendarDates) {
    const pattern = of(row.service_id);
    const day = dayNumber(row.date);
    if (row.exception_type === 1) {
      pattern.added.add(day);
      pattern.removed.delete(day);
    } else {
      pattern.removed.add(day);
      pattern.added.delete(day);
    }
  }
  patternCache.set(feed, map);
  return map;
}

function runs(pattern: ServicePattern, day: number): boolean {
  if (pattern.removed.has(day)) return false;
  if (pattern.added.has(day)) return true;
  const weekday = weekdayOf(day);
  return pattern.weeks.some((week) => day >= week.start && day <= week.end && week.days[weekday]);
}

/**
 * The service_ids running on a service date (calendar.txt, then calendar_dates.txt exceptions).
 * @param date ISO `YYYY-MM-DD`
 * @example
 * ```ts
 * activeServiceIds(feed, '2016-05-30'); // Set { 'CT-16APR-Caltrain-Sunday-02' } (Memorial Day)
 * ```
 */
export function activeServiceIds(feed: GtfsFeed, date: string): Set<string> {
  const day = dayNumber(date);
  const active = new Set<string>();
  for (const [id, pattern] of patterns(feed)) if (runs(pattern, day)) active.add(id);
  return active;
}

/**
 * The trips.txt rows whose service runs on a service date. A frequency-based trip appears once;
 * its instances come from `tripInstances`.
 * @example
 * ```ts
 * const trips = tripsOn(feed, '2016-04-06');
 * ```
 */
export function tripsOn(feed: GtfsFeed, date: string): Trip[] {
  const active = activeServiceIds(feed, date);
  return feed.trips.filter((trip) => active.has(trip.service_id));
}

/** Positions in `feed.trips` of the trips running on a service date. */
export function tripIndexesOn(feed: GtfsFeed, date: string): number[] {
  const active = activeServiceIds(feed, date);
  const out: number[] = [];
  feed.trips.forEach((trip, i) => {
    if (active.has(trip.service_id)) out.push(i);
  });
  return out;
}

/** The dates a feed covers, from {@link serviceDates}. */
export interface ServiceDates {
  /** First and last dates named by calendar.txt ranges and calendar_dates.txt rows. */
  readonly declaredStart: string | undefined;
  readonly declaredEnd: string | undefined;
  /** First and last dates on which at least one service runs. */
  readonly activeStart: string | undefined;
  readonly activeEnd: string | undefined;
  /** Number of dates on which at least one service runs. */
  readonly activeDays: number;
  /** The date with the most trip instances (frequencies expanded); the earliest on ties. */
  readonly busiestDate: string | undefined;
  /** Trip instances on the busiest date. */
  readonly busiestDateTrips: number;
  /** feed_info.txt's own claim, when given. */
  readonly feedStart: string | undefined;
  readonly feedEnd: string | undefined;
}

/**
 * Declared and active date ranges, number of active days and the busiest date of a feed.
 * @example
 * ```ts
 * const { activeStart, activeEnd, activeDays, busiestDate } = serviceDates(feed);
 * ```
 */
export function serviceDates(feed: GtfsFeed): ServiceDates {
  const map = patterns(feed);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const pattern of map.values()) {
    for (const week of pattern.weeks) {
      first = Math.min(first, week.start);
      last = Math.max(last, week.end);
    }
    for (const day of [...pattern.added, ...pattern.removed]) {
      first = Math.min(first, day);
      last = Math.max(last, day);
    }
  }
  const index = indexFeed(feed);
  const tripsOfService = new Map<string, number>();
  feed.trips.forEach((trip, t) => {
    const instances = tripInstanceCount(index, t);
    tripsOfService.set(trip.service_id, (tripsOfService.get(trip.service_id) ?? 0) + instances);
  });
  let activeStart: number | undefined;
  let activeEnd: number | undefined;
  let activeDays = 0;
  let busiest: number | undefined;
  let busiestTrips = -1;
  const entries = [...map.entries()];
  for (let day = first; day <= last; day++) {
    let running = false;
    let trips = 0;
    for (const [id, pattern] of entries) {
      if (!runs(pattern, day)) continue;
      running = true;
      trips += tripsOfService.get(id) ?? 0;
    }
    if (!running) continue;
    activeStart ??= day;
    activeEnd = day;
    activeDays++;
    if (trips > busiestTrips) {
      busiestTrips = trips;
      busiest = day;
    }
  }
  const info = feed.feedInfo[0];
  const iso = (day: number | undefined) =>
    day === undefined || !Number.isFinite(day) ? undefined : isoDate(day);
  return {
    declaredStart: iso(first),
    declaredEnd: iso(last),
    activeStart: iso(activeStart),
    activeEnd: iso(activeEnd),
    activeDays,
    busiestDate: iso(busiest),
    busiestDateTrips: Math.max(busiestTrips, 0),
    feedStart: info?.feed_start_date,
    feedEnd: info?.feed_end_date,
  };
}
