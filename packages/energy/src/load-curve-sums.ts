/**
 * The per-day accumulation behind `loadCurveIndicators` (load-curve.ts): running sums of a load
 * curve over runs of one local day at one UTC offset (`LoadSums`), the sums per local day
 * (`LocalDays`), and the time-zone helpers they need (the instant of a clock change, the first
 * instant of a local day).
 * @packageDocumentation
 */

import type { ZoneClock } from '@datacites/core';
import type { DailyLoad } from './load-curve.js';

/** One minute in milliseconds. */
export const MINUTE_MS = 60_000;
/** One day of 24 hours in milliseconds. */
export const DAY_MS = 86_400_000;

// Slots of `LoadSums.totals`.
/** Sum of the values present. */ export const SUM = 0;
/** Count of the values present. */ export const COUNT = 1;
/** Count of the values that were not finite. */ export const MISSING = 2;
/** Count of the timestamps not strictly after the previous one. */ export const OUT_OF_ORDER = 3;
/** Timestamp of the previous value. */ const PREVIOUS = 4;
/** Highest value. */ export const PEAK = 5;
/** Timestamp of the highest value. */ export const PEAK_AT = 6;
/** Lowest value. */ export const MINIMUM = 7;
/** Sum of the night values. */ export const NIGHT_SUM = 8;
/** Count of the night values. */ export const NIGHT_COUNT = 9;
/** Sum of the daytime values. */ export const DAYTIME_SUM = 10;
/** Count of the daytime values. */ export const DAYTIME_COUNT = 11;
/** Local day (days since 1970-01-01 in local time) of the DAY_* sums. */ export const DAY = 12;
/** Sum of the current local day's values. */ const DAY_SUM = 13;
/** Count of the current local day's values. */ const DAY_COUNT = 14;
/** Lowest value of the current local day. */ const DAY_MINIMUM = 15;
/** Highest value of the current local day. */ const DAY_MAXIMUM = 16;

/**
 * Running sums of a load curve. Totals live in a Float64Array rather than object fields so that
 * updating them never allocates, even before the JIT has optimized the loop.
 */
export class LoadSums {
  /** The running totals, by the slot constants of this file. */
  readonly totals = new Float64Array(17);
  /** Sum and count per weekday (Monday first) and slot; the typical day adds the weekdays up. */
  readonly weekSum: Float64Array;
  /** See {@link LoadSums.weekSum}. */
  readonly weekCount: Uint32Array;

  constructor(
    slots: number,
    readonly stepMs: number,
    /** Interval start = timestamp − shift. */
    readonly shift: number,
    readonly nightMs: readonly [number, number],
    readonly dayMs: readonly [number, number],
  ) {
    this.weekSum = new Float64Array(7 * slots);
    this.weekCount = new Uint32Array(7 * slots);
    const t = this.totals;
    t[PREVIOUS] = Number.NEGATIVE_INFINITY;
    t[PEAK] = Number.NEGATIVE_INFINITY;
    t[PEAK_AT] = Number.NaN;
    t[MINIMUM] = Number.POSITIVE_INFINITY;
    t[DAY] = Number.NaN;
    t[DAY_MINIMUM] = Number.POSITIVE_INFINITY;
    t[DAY_MAXIMUM] = Number.NEGATIVE_INFINITY;
  }

  /** Sum and count per slot over all weekdays. */
  typicalDaySums(slots: number): [Float64Array, Uint32Array] {
    const sum = new Float64Array(slots);
    const count = new Uint32Array(slots);
    for (let w = 0; w < 7 * slots; w++) {
      const slot = w % slots;
      sum[slot] = (sum[slot] as number) + (this.weekSum[w] as number);
      count[slot] = (count[slot] as number) + (this.weekCount[w] as number);
    }
    return [sum, count];
  }

  /**
   * Adds values from index `i` on while their interval starts lie in [runStart, runEnd), one
   * local day at one UTC offset starting at `dayStart` (UTC); missing values are counted
   * wherever they are. Returns the index of the first value left (n when all were taken).
   */
  scan(
    timestamps: ArrayLike<number>,
    values: ArrayLike<number>,
    i: number,
    n: number,
    runStart: number,
    runEnd: number,
    dayStart: number,
    weekBase = 0,
  ): number {
    const { shift, stepMs, totals, weekSum, weekCount } = this;
    const [nightFrom, nightTo] = this.nightMs;
    const [dayFrom, dayTo] = this.dayMs;
    let sum = totals[SUM] as number;
    let count = totals[COUNT] as number;
    let missing = totals[MISSING] as number;
    let outOfOrder = totals[OUT_OF_ORDER] as number;
    let previous = totals[PREVIOUS] as number;
    let peak = totals[PEAK] as number;
    let peakAt = totals[PEAK_AT] as number;
    let minimum = totals[MINIMUM] as number;
    let nightSum = totals[NIGHT_SUM] as number;
    let nightCount = totals[NIGHT_COUNT] as number;
    let daytimeSum = totals[DAYTIME_SUM] as number;
    let daytimeCount = totals[DAYTIME_COUNT] as number;
    let dSum = totals[DAY_SUM] as number;
    let dCount = totals[DAY_COUNT] as number;
    let dMin = totals[DAY_MINIMUM] as number;
    let dMax = totals[DAY_MAXIMUM] as number;
    for (; i < n; i++) {
      const t = timestamps[i] as number;
      const v = values[i] as number;
      const finite = Number.isFinite(v);
      const start = t - shift;
      if (finite && !(start >= runStart && start < runEnd)) break;
      if (!(t > previous)) outOfOrder++;
      previous = t;
      if (!finite) {
        missing++;
        continue;
      }
      const inDay = start - dayStart;
      const slot = Math.floor(inDay / stepMs);
      sum += v;
      count++;
      if (v > peak) {
        peak = v;
        peakAt = t;
      }
      if (v < minimum) minimum = v;
      const w = weekBase + slot;
      weekSum[w] = (weekSum[w] as number) + v;
      weekCount[w] = (weekCount[w] as number) + 1;
      if (inDay >= nightFrom && inDay < nightTo) {
        nightSum += v;
        nightCount++;
      } else if (inDay >= dayFrom && inDay < dayTo) {
        daytimeSum += v;
        daytimeCount++;
      }
      dSum += v;
      dCount++;
      if (v < dMin) dMin = v;
      if (v > dMax) dMax = v;
    }
    totals[SUM] = sum;
    totals[COUNT] = count;
    totals[MISSING] = missing;
    totals[OUT_OF_ORDER] = outOfOrder;
    totals[PREVIOUS] = previous;
    totals[PEAK] = peak;
    totals[PEAK_AT] = peakAt;
    totals[MINIMUM] = minimum;
    totals[NIGHT_SUM] = nightSum;
    totals[NIGHT_COUNT] = nightCount;
    totals[DAYTIME_SUM] = daytimeSum;
    totals[DAYTIME_COUNT] = daytimeCount;
    totals[DAY_SUM] = dSum;
    totals[DAY_COUNT] = dCount;
    totals[DAY_MINIMUM] = dMin;
    totals[DAY_MAXIMUM] = dMax;
    return i;
  }
}

/** Moves the current local day's sums of `totals` into `days` and clears them. */
export function flushDay(totals: Float64Array, days: LocalDays): void {
  const count = totals[DAY_COUNT] as number;
  if (count > 0) {
    days.add(
      totals[DAY] as number,
      totals[DAY_SUM] as number,
      count,
      totals[DAY_MINIMUM] as number,
      totals[DAY_MAXIMUM] as number,
    );
  }
  totals[DAY_SUM] = 0;
  totals[DAY_COUNT] = 0;
  totals[DAY_MINIMUM] = Number.POSITIVE_INFINITY;
  totals[DAY_MAXIMUM] = Number.NEGATIVE_INFINITY;
}

/**
 * The instant in (a, b] at which the offset of `clock` changes from its value at `a`, for one
 * change between a and b. Changes fall on whole minutes, so the bisection runs over minutes.
 */
export function offsetChange(clock: ZoneClock, a: number, b: number): number {
  const before = clock.offsetMinutes(a);
  let lo = Math.floor(a / MINUTE_MS); // offset there: before (no whole minute in (lo, a])
  let hi = Math.ceil(b / MINUTE_MS); // offset there: the new one
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (clock.offsetMinutes(mid * MINUTE_MS) === before) lo = mid;
    else hi = mid;
  }
  return hi * MINUTE_MS;
}

/**
 * Sum, count, minimum and maximum per local day (days since 1970-01-01 in local time), kept in
 * typed arrays in order of first appearance; a day met again (unsorted input) is merged.
 */
export class LocalDays {
  #index = new Map<number, number>();
  #day = new Float64Array(4096);
  #stats = new Float64Array(4 * 4096);
  #size = 0;

  /** Adds the sums of (a part of) a local day. */
  add(localDay: number, sum: number, count: number, minimum: number, maximum: number): void {
    let k = this.#index.get(localDay);
    if (k === undefined) {
      k = this.#size++;
      if (k === this.#day.length) this.#grow();
      this.#index.set(localDay, k);
      this.#day[k] = localDay;
      this.#stats.set([0, 0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY], 4 * k);
    }
    const s = this.#stats;
    const o = 4 * k;
    s[o] = (s[o] as number) + sum;
    s[o + 1] = (s[o + 1] as number) + count;
    if (minimum < (s[o + 2] as number)) s[o + 2] = minimum;
    if (maximum > (s[o + 3] as number)) s[o + 3] = maximum;
  }

  /** The days in calendar order, with their expected interval counts from the zone's clock. */
  toDailyLoads(clock: ZoneClock, stepMs: number, hours: number): DailyLoad[] {
    const order = Array.from({ length: this.#size }, (_, k) => k);
    order.sort((a, b) => (this.#day[a] as number) - (this.#day[b] as number));
    const s = this.#stats;
    let previousDay = Number.NaN;
    let previousEnd = Number.NaN;
    return order.map((k) => {
      const localDay = this.#day[k] as number;
      // A day starts at its first instant: the earlier 00:00 in an overlap; where 00:00 falls
      // in a spring gap (Santiago, Beirut), the end of the gap. It is the previous day's end.
      const start = localDay === previousDay + 1 ? previousEnd : localMidnightUtc(clock, localDay);
      const end = localMidnightUtc(clock, localDay + 1);
      previousDay = localDay;
      previousEnd = end;
      return {
        date: new Date(localDay * DAY_MS).toISOString().slice(0, 10),
        energy: (s[4 * k] as number) * hours,
        count: s[4 * k + 1] as number,
        expected: Math.round((end - start) / stepMs),
        minimum: s[4 * k + 2] as number,
        maximum: s[4 * k + 3] as number,
      };
    });
  }

  #grow(): void {
    const day = new Float64Array(2 * this.#day.length);
    day.set(this.#day);
    this.#day = day;
    const stats = new Float64Array(2 * this.#stats.length);
    stats.set(this.#stats);
    this.#stats = stats;
  }
}

/** First instant of a local day (days since 1970-01-01 in local time). */
export function localMidnightUtc(clock: ZoneClock, localDay: number): number {
  const date = new Date(localDay * DAY_MS);
  return clock.toUtcCompatible(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
