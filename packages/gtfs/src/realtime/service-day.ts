/**
 * Absolute times of a service day: GTFS times count from "noon minus 12 h" in the agency's time
 * zone, which differs from midnight on days when clocks change.
 * @packageDocumentation
 */
import { zoneClock } from '@datacites/core';
import { dayNumber } from '../service-date.js';

/**
 * Offset of a time zone from UTC at an instant, in minutes (east positive), from
 * `@datacites/core`'s shared {@link zoneClock} (one cached formatter per zone).
 * @example
 * ```ts
 * timeZoneOffset('Europe/Paris', Date.parse('2024-07-01T12:00:00Z')); // 120
 * ```
 */
export function timeZoneOffset(timeZone: string, epochMs: number): number {
  return zoneClock(timeZone).offsetMinutes(epochMs);
}

/**
 * Local calendar date (`YYYY-MM-DD`) of an instant given in POSIX seconds, in a time zone.
 * @example
 * ```ts
 * localServiceDate(Date.parse('2024-03-30T23:30:00Z') / 1000, 'Europe/Paris'); // '2024-03-31'
 * ```
 */
export function localServiceDate(epochSeconds: number, timeZone: string): string {
  return zoneClock(timeZone).localDate(epochSeconds * 1000);
}

/**
 * POSIX seconds at which a service day's times start: noon local time minus 12 hours.
 * @example
 * ```ts
 * // Paris, 2024-03-31 (clocks go forward): noon is 10:00Z, so times start at 2024-03-30T22:00Z.
 * serviceDayStart('2024-03-31', 'Europe/Paris'); // 1711836000
 * ```
 */
export function serviceDayStart(date: string, timeZone: string): number {
  const noonUtc = dayNumber(date) * 86_400_000 + 12 * 3_600_000;
  // The offset at local noon: try the offset at UTC noon, then correct once.
  let offset = timeZoneOffset(timeZone, noonUtc);
  offset = timeZoneOffset(timeZone, noonUtc - offset * 60_000);
  return (noonUtc - offset * 60_000) / 1000 - 12 * 3600;
}
