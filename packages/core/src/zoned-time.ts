/**
 * Local wall-clock time in a time zone: files often print naive local times (`2024-10-27 02:30`
 * in Europe/Paris) that must become UTC instants, and back. IANA zones go through
 * `Intl.DateTimeFormat` (the runtime's copy of the IANA tz database); fixed offsets such as
 * `+01:00` or `UTC+01` need no database. Offset transitions are found once per year and zone
 * (about 150 `Intl` calls a year), then every instant is mapped by arithmetic: millions of
 * timestamps cost no more `Intl` calls than the years they span.
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

/** Offset changes of one UTC calendar year. */
interface YearChanges {
  /** Offset at the first instant of the year, in minutes. */
  readonly initial: number;
  /** Instants (epoch ms, ascending) at which the offset changes within the year. */
  readonly at: readonly number[];
  /** Offset in minutes from each instant of `at` on. */
  readonly after: readonly number[];
}

/**
 * Spacing of the offset probes when a year's transitions are searched. Every change of offset
 * is found as long as no offset lasts less than this: in the IANA data of Node 20.20 (tz 2025c)
 * the shortest offset periods from 1900 to 2040 last 7 days (Brazil's north-east in October
 * 2000), a daily scan of every zone the runtime lists. Between two probes the change is located
 * by bisection to the minute.
 */
const PROBE_STEP_MS = 3 * DAY_MS;

/** Epoch ms of 1 January 00:00 UTC of a year (years 0–99 included, which `Date.UTC` maps to 19xx). */
function yearStartMs(year: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
}

/** `M/D/YYYY, HH:MM:SS` as printed by the `en-US` formatter below. */
const US_WALL_CLOCK = /^(\d{1,2})\/(\d{1,2})\/(\d{1,6}), (\d{2}):(\d{2}):(\d{2})$/;

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
  readonly #years = new Map<number, YearChanges>();
  // The span of constant offset (clipped to its UTC year) that answered last: sorted
  // timestamps stay inside it, so most look-ups are two comparisons.
  #spanStart = Number.NaN;
  #spanEnd = Number.NaN;
  #spanOffset = 0;

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

  /**
   * UTC offset in minutes (local − UTC) at a UTC instant, e.g. 60 or 120 for Europe/Paris.
   * Throws a `RangeError` for an instant that is not a finite number.
   */
  offsetMinutes(utcMs: number): number {
    if (this.#fixed !== undefined) return this.#fixed;
    if (utcMs >= this.#spanStart && utcMs < this.#spanEnd) return this.#spanOffset;
    return this.#enterSpan(utcMs);
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
    const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
    const before = this.offsetMinutes(asUtc - DAY_MS);
    const after = this.offsetMinutes(asUtc + DAY_MS);
    // No clock change within a day either side (offsets last longer than two days): the one
    // instant, as toUtc would find it, without building its result.
    if (before === after) return asUtc - before * MINUTE_MS;
    const r = this.toUtc(year, month, day, hour, minute, second);
    if (r.kind === 'unique') return r.utc;
    if (r.kind === 'ambiguous') return r.earlier;
    return asUtc - Math.min(before, after) * MINUTE_MS;
  }

  /** Finds the span of constant offset holding an instant, caches it and returns its offset. */
  #enterSpan(utcMs: number): number {
    if (!Number.isFinite(utcMs)) throw new RangeError(`Invalid instant: ${utcMs}`);
    const year = new Date(utcMs).getUTCFullYear();
    const { initial, at, after } = this.#yearChanges(year);
    let start = yearStartMs(year);
    let end = yearStartMs(year + 1);
    let offset = initial;
    for (let k = 0; k < at.length; k++) {
      const change = at[k] as number;
      if (change > utcMs) {
        end = change;
        break;
      }
      start = change;
      offset = after[k] as number;
    }
    this.#spanStart = start;
    this.#spanEnd = end;
    this.#spanOffset = offset;
    return offset;
  }

  /**
   * Offset changes of a UTC year, computed once per year and zone: the offset is read through
   * Intl every {@link PROBE_STEP_MS} (about 120 probes a year), and where two probes differ the
   * change is located by bisection to the minute (about 12 more each).
   */
  #yearChanges(year: number): YearChanges {
    let cached = this.#years.get(year);
    if (cached) return cached;
    const start = yearStartMs(year);
    const end = yearStartMs(year + 1);
    const initial = this.#intlOffset(start);
    const at: number[] = [];
    const after: number[] = [];
    let lo = start; // offset there: previous
    let previous = initial;
    while (lo < end) {
      const hi = Math.min(lo + PROBE_STEP_MS, end);
      const offset = this.#intlOffset(hi);
      if (offset !== previous) {
        // Bisection on whole minutes: lo keeps the old offset, change the new one.
        let before = lo;
        let change = hi;
        let changed = offset;
        while (change - before > MINUTE_MS) {
          const mid = before + Math.floor((change - before) / 2 / MINUTE_MS) * MINUTE_MS;
          const o = this.#intlOffset(mid);
          if (o === previous) before = mid;
          else {
            change = mid;
            changed = o;
          }
        }
        // A change exactly at the next year's first instant belongs to that year.
        if (change < end) {
          at.push(change);
          after.push(changed);
        }
        previous = offset;
      }
      lo = hi;
    }
    cached = { initial, at, after };
    this.#years.set(year, cached);
    return cached;
  }

  /** Offset at an instant, from the wall clock Intl prints for it (seconds dropped). */
  #intlOffset(utcMs: number): number {
    const format = this.#format as Intl.DateTimeFormat;
    // `format` and a regular expression cost a quarter of `formatToParts`; the parts remain
    // the fallback should a runtime print this locale differently.
    const m = US_WALL_CLOCK.exec(format.format(utcMs));
    let wall: number;
    if (m) {
      wall = wallMs(
        Number(m[3]),
        Number(m[1]),
        Number(m[2]),
        Number(m[4]),
        Number(m[5]),
        Number(m[6]),
      );
    } else {
      const f = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
      for (const part of format.formatToParts(utcMs)) {
        if (part.type in f) f[part.type as keyof typeof f] = Number(part.value);
      }
      wall = wallMs(f.year, f.month, f.day, f.hour, f.minute, f.second);
    }
    return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / MINUTE_MS);
  }
}

/** Epoch ms of wall-clock fields read as UTC (month 1–12; years 0–99 kept as such). */
function wallMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
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
