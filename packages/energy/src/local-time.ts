/**
 * Local civil time in an IANA time zone (default Europe/Paris) through `Intl.DateTimeFormat`,
 * fast enough for millions of timestamps: offset transitions are found once per year (about 40
 * `Intl` calls) and offsets are then cached per UTC day.
 * @packageDocumentation
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

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
  readonly #days = new Map<number, number | DayChanges>();
  readonly #years = new Map<number, YearChanges>();

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
      entry = this.#dayEntry(dayIndex);
      this.#days.set(dayIndex, entry);
    }
    if (typeof entry === 'number') return entry;
    let offset = entry.before;
    for (const [at, after] of entry.changes) if (utcMs >= at) offset = after;
    return offset;
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

  /** The offset of a UTC day, or its changes when it holds a transition. */
  #dayEntry(dayIndex: number): number | DayChanges {
    const dayStart = dayIndex * DAY_MS;
    const dayEnd = dayStart + DAY_MS;
    const year = this.#yearChanges(new Date(dayStart).getUTCFullYear());
    let before = year.initial;
    const changes: [number, number][] = [];
    for (const [at, after] of year.changes) {
      if (at <= dayStart) before = after;
      else if (at < dayEnd) changes.push([at, after]);
    }
    return changes.length === 0 ? before : { before, changes };
  }

  /**
   * Offset transitions of a UTC year: offsets at each month start through Intl, then a binary
   * search (to the minute) inside each month whose end offset differs — about 40 Intl calls a
   * year. Assumes at most one transition per month, true of current IANA rules.
   */
  #yearChanges(year: number): YearChanges {
    let cached = this.#years.get(year);
    if (cached) return cached;
    const bounds = Array.from({ length: 13 }, (_, m) => Date.UTC(year, m, 1));
    const offsets = bounds.map((t) => this.#intlOffset(t));
    const changes: [number, number][] = [];
    for (let m = 0; m < 12; m++) {
      if (offsets[m] === offsets[m + 1]) continue;
      let lo = bounds[m] as number; // offset there: offsets[m]
      let hi = bounds[m + 1] as number; // offset there: offsets[m + 1]
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
        if (this.#intlOffset(mid) === offsets[m]) lo = mid;
        else hi = mid;
      }
      changes.push([hi, this.#intlOffset(hi)]);
    }
    cached = { initial: offsets[0] as number, changes };
    this.#years.set(year, cached);
    return cached;
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

interface DayChanges {
  readonly before: number;
  readonly changes: readonly (readonly [number, number])[];
}

interface YearChanges {
  readonly initial: number;
  readonly changes: readonly [number, number][];
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
