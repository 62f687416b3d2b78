/**
 * Local civil time in an IANA time zone (default Europe/Paris) through `Intl.DateTimeFormat`,
 * fast enough for millions of timestamps: the UTC offset is computed once per UTC day, and per
 * quarter-hour only on the days where it changes (daylight-saving transitions).
 * @packageDocumentation
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const QUARTER_MS = 15 * MINUTE_MS;

/** Wall-clock fields of an instant in a time zone. */
export interface LocalParts {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
  /** 0–23. */
  readonly hour: number;
  readonly minute: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
}

/** Result of {@link ZoneClock.toUtc}: no instant (spring gap), one, or two (autumn overlap). */
export type LocalToUtc =
  | { readonly kind: 'unique'; readonly utc: number }
  | { readonly kind: 'ambiguous'; readonly earlier: number; readonly later: number }
  | { readonly kind: 'nonexistent' };

/**
 * Converts between UTC instants (epoch milliseconds) and wall-clock time in one time zone.
 *
 * @example
 * ```ts
 * const paris = new ZoneClock('Europe/Paris');
 * paris.offsetMinutes(Date.parse('2023-07-01T00:00:00Z')); // 120
 * paris.toUtc(2025, 3, 30, 2, 30); // { kind: 'nonexistent' }
 * ```
 */
export class ZoneClock {
  /** The IANA time zone name. */
  readonly timeZone: string;
  readonly #format: Intl.DateTimeFormat;
  readonly #days = new Map<number, number | Int16Array>();

  constructor(timeZone = 'Europe/Paris') {
    this.timeZone = timeZone;
    this.#format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** UTC offset in minutes (local − UTC) at a UTC instant, e.g. 60 or 120 for Europe/Paris. */
  offsetMinutes(utcMs: number): number {
    const dayIndex = Math.floor(utcMs / DAY_MS);
    let entry = this.#days.get(dayIndex);
    if (entry === undefined) {
      const start = this.#intlOffset(dayIndex * DAY_MS);
      const end = this.#intlOffset((dayIndex + 1) * DAY_MS);
      if (start === end) {
        // Offsets in every IANA zone change at most once a day and stay put for months.
        entry = start;
      } else {
        entry = new Int16Array(96);
        for (let q = 0; q < 96; q++)
          entry[q] = this.#intlOffset(dayIndex * DAY_MS + q * QUARTER_MS);
      }
      this.#days.set(dayIndex, entry);
    }
    if (typeof entry === 'number') return entry;
    return entry[Math.floor((utcMs - dayIndex * DAY_MS) / QUARTER_MS)] as number;
  }

  /** Wall-clock fields at a UTC instant. */
  localParts(utcMs: number): LocalParts {
    const d = new Date(utcMs + this.offsetMinutes(utcMs) * MINUTE_MS);
    const weekday = d.getUTCDay();
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      weekday: weekday === 0 ? 7 : weekday,
    };
  }

  /**
   * Wall-clock time at a UTC instant as "pseudo-UTC" milliseconds: the local date and time read
   * as if they were UTC. Useful to group by local day (`Math.floor(ms / 86 400 000)`).
   */
  localMs(utcMs: number): number {
    return utcMs + this.offsetMinutes(utcMs) * MINUTE_MS;
  }

  /** Local date as `YYYY-MM-DD`. */
  localDate(utcMs: number): string {
    return new Date(this.localMs(utcMs)).toISOString().slice(0, 10);
  }

  /** Local date and time as `YYYY-MM-DDTHH:MM:SS±HH:MM` (ISO 8601 with offset). */
  localIso(utcMs: number): string {
    const offset = this.offsetMinutes(utcMs);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    const hh = String(Math.floor(abs / 60)).padStart(2, '0');
    const mm = String(abs % 60).padStart(2, '0');
    return `${new Date(utcMs + offset * MINUTE_MS).toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
  }

  /**
   * The UTC instant(s) of a wall-clock time: `nonexistent` in the spring-forward gap (02:00–02:59
   * on the last Sunday of March in Paris), `ambiguous` in the autumn overlap (02:00–02:59 on the
   * last Sunday of October happens twice).
   */
  toUtc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): LocalToUtc {
    const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
    const before = this.offsetMinutes(asUtc - DAY_MS);
    const after = this.offsetMinutes(asUtc + DAY_MS);
    const found: number[] = [];
    for (const offset of before === after ? [before] : [before, after]) {
      const candidate = asUtc - offset * MINUTE_MS;
      if (this.offsetMinutes(candidate) === offset) found.push(candidate);
    }
    if (found.length === 0) return { kind: 'nonexistent' };
    if (found.length === 1) return { kind: 'unique', utc: found[0] as number };
    const [a, b] = found as [number, number];
    return { kind: 'ambiguous', earlier: Math.min(a, b), later: Math.max(a, b) };
  }

  #intlOffset(utcMs: number): number {
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    for (const part of this.#format.formatToParts(utcMs)) {
      const v = Number(part.value);
      if (part.type === 'year') year = v;
      else if (part.type === 'month') month = v;
      else if (part.type === 'day') day = v;
      else if (part.type === 'hour') hour = v;
      else if (part.type === 'minute') minute = v;
      else if (part.type === 'second') second = v;
    }
    const wall = Date.UTC(year, month - 1, day, hour, minute, second);
    return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / MINUTE_MS);
  }
}

const shared = new Map<string, ZoneClock>();

/** A cached {@link ZoneClock} per time zone, so repeated calls reuse computed offsets. */
export function zoneClock(timeZone = 'Europe/Paris'): ZoneClock {
  let clock = shared.get(timeZone);
  if (!clock) {
    clock = new ZoneClock(timeZone);
    shared.set(timeZone, clock);
  }
  return clock;
}
