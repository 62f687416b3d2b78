/**
 * Absolute times of a service day: GTFS times count from "noon minus 12 h" in the agency's time
 * zone, which differs from midnight on days when clocks change.
 * @packageDocumentation
 */
import { dayNumber } from '../service-date.js';

/** Offset of a time zone from UTC at an instant, in minutes (east positive). */
export function timeZoneOffset(timeZone: string, epochMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((local - Math.floor(epochMs / 1000) * 1000) / 60_000);
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
