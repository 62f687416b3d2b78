/**
 * Service dates as ISO `YYYY-MM-DD` strings and as day numbers (days since 1970-01-01), with
 * the weekday of each; no time zone is involved (a service date is a calendar date).
 * @packageDocumentation
 */

const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01) of an ISO date; throws RangeError on a malformed date. */
export function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  const [, y, m, d] = match;
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const check = new Date(time);
  if (check.getUTCDate() !== Number(d)) throw new RangeError(`No such date: ${date}`);
  return time / MS_PER_DAY;
}

/** ISO date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Weekday of a day number, 0 = Monday … 6 = Sunday (the order of calendar.txt columns). */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (3).
  return (((day + 3) % 7) + 7) % 7;
}
