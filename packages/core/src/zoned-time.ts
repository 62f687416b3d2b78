/**
 * Local wall-clock time in a time zone: files often print naive local times (`2024-10-27 02:30`
 * in Europe/Paris) that must become UTC instants, and back. IANA zones go through
 * `Intl.DateTimeFormat` (the runtime's copy of the IANA tz database); fixed offsets such as
 * `+01:00` or `UTC+01` need no database. Offset transitions are found once per year and zone,
 * then offsets are cached per UTC day, so millions of timestamps cost few `Intl` calls.
 * @packageDocumentation
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Offset of a fixed zone such as `UTC`, `Z`, `GMT`, `+01:00`, `-0530`, `UTC+01`, `GMT-5`, in
 * minutes east of UTC; `undefined` for anything else (IANA names included).
 *
 * @example
 * ```ts
 * fixedOffsetMinutes('UTC+01'); // 60
 * fixedOffsetMinutes('-05:30'); // -330
 * fixedOffsetMinutes('Europe/Paris'); // undefined
 * ```
 */
export function fixedOffsetMinutes(zone: string): number | undefined {
  const z = zone.trim();
  if (/^(z|utc|gmt)$/i.test(z)) return 0;
  const m = /^(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(z);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** Wall-clock fields of an instant in a time zone. */
export interface LocalParts {
  /** Calendar year, e.g. 2024. */
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
  /** 0–23. */
  readonly hour: number;
  /** 0–59. */
  readonly minute: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
}

/** Result of {@link ZoneClock.toUtc}: no instant (spring gap), one, or two (autumn overlap). */
export type LocalToUtc =
  | { readonly kind: 'unique'; readonly utc: number }
  | { readonly kind: 'ambiguous'; readonly earlier: number; readonly later: number }
  | { readonly kind: 'nonexistent' };

/** Wall-clock fields `[year, month 1–12, day, hour, minute, second]`. */
export type WallClockFields = readonly [number, number, number, number, number, number];

interface DayChanges {
  readonly before: number;
  readonly changes: readonly (readonly [number, number])[];
}

interface YearChanges {
  readonly initial: number;
  readonly changes: readonly (readonly [number, number])[];
}

/**
 * Converts between UTC instants (epoch milliseconds) and wall-clock time in one time zone: an
 * IANA name (default `Europe/Paris`) or a fixed offset (see {@link fixedOffsetMinutes}). Throws a
 * `RangeError` for a zone the runtime does not know.
 *
 * @example
 * ```ts
 * const paris = new ZoneClock('Europe/Paris');
 * paris.offsetMinutes(Date.parse('2023-07-01T00:00:00Z')); // 120
 * paris.toUtc(2025, 3, 30, 2, 30); // { kind: 'nonexistent' }
 * paris.localIso(Date.parse('2025-10-26T01:30:00Z')); // '2025-10-26T02:30:00+01:00'
 * ```
 */
export class ZoneClock {
  /** The time zone as given (IANA name or fixed offset). */
  readonly timeZone: string;
  readonly #fixed: number | undefined;
  readonly #format: Intl.DateTimeFormat | undefined;
  readonly #days = new Map<number, number | DayChanges>();
  readonly #years = new Map<number, YearChanges>();

  constructor(timeZone = 'Europe/Paris') {
    this.timeZone = timeZone;
    this.#fixed = fixedOffsetMinutes(timeZone);
    this.#format =
      this.#fixed !== undefined
        ? undefined
        : new Intl.DateTimeFormat('en-US', {
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
    if (this.#fixed !== undefined) return this.#fixed;
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
    const d = new Date(this.localMs(utcMs));
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
   * The UTC instant(s) of a wall-clock time (month 1–12): `nonexistent` in a spring-forward gap
   * (02:00–02:59 on the last Sunday of March in Paris), `ambiguous` in an autumn overlap
   * (02:00–02:59 on the last Sunday of October happens twice).
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

  /**
   * One UTC instant for any wall-clock time, with the `compatible` disambiguation of TC39
   * Temporal and RFC 5545: in an overlap the earlier instant; in a gap the time is moved forward
   * by the gap's length (02:30 in the Paris spring gap is read as 03:30 summer time).
   */
  toUtcCompatible(
    year: number,
    month: number,
    day: number,
    hour = 0,
    minute = 0,
    second = 0,
  ): number {
    const r = this.toUtc(year, month, day, hour, minute, second);
    if (r.kind === 'unique') return r.utc;
    if (r.kind === 'ambiguous') return r.earlier;
    const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
    const before = this.offsetMinutes(asUtc - DAY_MS);
    const after = this.offsetMinutes(asUtc + DAY_MS);
    return asUtc - Math.min(before, after) * MINUTE_MS;
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
   * Offset transitions of a UTC year: the offset at each UTC midnight through Intl, then a
   * binary search (to the minute) inside each day whose end offset differs — about 380 Intl calls
   * a year. Finds every transition as long as two are at least a day apart, true of the IANA data.
   */
  #yearChanges(year: number): YearChanges {
    let cached = this.#years.get(year);
    if (cached) return cached;
    const start = Date.UTC(year, 0, 1);
    const days = Math.round((Date.UTC(year + 1, 0, 1) - start) / DAY_MS);
    const changes: [number, number][] = [];
    const initial = this.#intlOffset(start);
    let previous = initial;
    for (let d = 1; d <= days; d++) {
      const end = start + d * DAY_MS;
      const offset = this.#intlOffset(end);
      if (offset === previous) continue;
      let lo = end - DAY_MS; // offset there: previous
      let hi = end; // offset there: differs
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
        if (this.#intlOffset(mid) === previous) lo = mid;
        else hi = mid;
      }
      changes.push([hi, this.#intlOffset(hi)]);
      previous = offset;
    }
    cached = { initial, changes };
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
    for (const part of (this.#format as Intl.DateTimeFormat).formatToParts(utcMs)) {
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

/**
 * A cached {@link ZoneClock} per time zone, so repeated calls reuse computed offsets.
 *
 * @example
 * ```ts
 * zoneClock('Europe/Paris').localDate(Date.parse('2022-12-31T23:30:00Z')); // '2023-01-01'
 * ```
 */
export function zoneClock(timeZone = 'Europe/Paris'): ZoneClock {
  let clock = shared.get(timeZone);
  if (!clock) {
    clock = new ZoneClock(timeZone);
    shared.set(timeZone, clock);
  }
  return clock;
}

/**
 * True when `timeZone` is a fixed offset (see {@link fixedOffsetMinutes}) or an IANA zone this
 * runtime knows.
 *
 * @example
 * ```ts
 * isKnownTimeZone('Europe/Paris'); // true
 * isKnownTimeZone('Mars/Olympus'); // false
 * ```
 */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    zoneClock(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Epoch milliseconds of a naive wall-clock time read in a zone (IANA name or fixed offset), with
 * the `compatible` disambiguation of {@link ZoneClock.toUtcCompatible}: the first occurrence in
 * an autumn overlap, moved forward by the gap in a spring gap. Hour 24 means the next midnight.
 *
 * @example
 * ```ts
 * wallClockToUtc([2024, 10, 27, 2, 30, 0], 'Europe/Paris'); // Date.UTC(2024, 9, 27, 0, 30)
 * wallClockToUtc([2024, 3, 31, 2, 30, 0], 'Europe/Paris'); // Date.UTC(2024, 2, 31, 1, 30)
 * wallClockToUtc([2023, 1, 1, 0, 0, 0], 'UTC+01'); // Date.UTC(2022, 11, 31, 23)
 * ```
 */
export function wallClockToUtc(fields: WallClockFields, timeZone: string): number {
  return zoneClock(timeZone).toUtcCompatible(...fields);
}
