/**
 * Load-curve indicators (energy, peak, base load, load factor, night/day ratio, typical day and
 * week) computed in local time, correct on 23- and 25-hour daylight-saving days.
 * @packageDocumentation
 */

import { type ZoneClock, zoneClock } from '@datacites/core';
import { nearestRankPercentile } from './percentile.js';
import type { PowerUnit } from './units.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Whether a timestamp marks the end (Enedis Linky) or the start of its interval. */
export type IntervalStamp = 'end' | 'start';

/** A load curve: mean power per fixed-length interval. */
export interface LoadCurve {
  /** Interval timestamps, epoch milliseconds (UTC). */
  readonly timestamps: ArrayLike<number>;
  /** Mean power over each interval; NaN for a missing value. */
  readonly values: ArrayLike<number>;
  /** Unit of `values`. */
  readonly unit: PowerUnit;
  /** Interval length in minutes (10, 15, 30, 60…). */
  readonly stepMinutes: number;
  /** What the timestamps mark; Enedis load curves are stamped at the interval end. */
  readonly stamp: IntervalStamp;
}

/** Options of {@link loadCurveIndicators}. */
export interface LoadCurveOptions {
  /** IANA time zone of local grouping. Default `Europe/Paris`. */
  readonly timeZone?: string;
  /** Night as local start-time hours [from, to). Default [0, 6). */
  readonly night?: readonly [number, number];
  /** Day as local start-time hours [from, to). Default [6, 22). */
  readonly day?: readonly [number, number];
  /** Percentile (nearest-rank) used as base load. Default 5. */
  readonly baseLoadPercentile?: number;
  /**
   * Share of a local day's intervals that must be present for the day to enter the mean of daily
   * minima. Default 1 (complete days only).
   */
  readonly minDayCompleteness?: number;
}

/** Indicators of one local day. */
export interface DailyLoad {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** Energy in the unit-hour of the curve (W → Wh). */
  readonly energy: number;
  /** Values present. */
  readonly count: number;
  /** Intervals the local day holds: 48 half-hours normally, 46 on the spring day, 50 in autumn. */
  readonly expected: number;
  readonly minimum: number;
  readonly maximum: number;
}

/** Mean power per local time-of-day slot (and weekday for a typical week). */
export interface TypicalProfile {
  /** Start of each slot in minutes after local midnight. */
  readonly slotStartMinutes: readonly number[];
  /** Mean power per slot; for a week, 7 blocks (Monday first) of `slotStartMinutes.length`. */
  readonly meanPower: readonly number[];
  /** Values averaged per slot (0 where no value: NaN mean). */
  readonly count: readonly number[];
}

/** Result of {@link loadCurveIndicators}. */
export interface LoadCurveIndicators {
  readonly unit: PowerUnit;
  readonly stepMinutes: number;
  /** Values given. */
  readonly points: number;
  /** Values that were not finite (missing), excluded from everything. */
  readonly missing: number;
  /** Timestamps not strictly after the previous one (duplicates or disorder), still counted. */
  readonly outOfOrder: number;
  /** Total energy in the unit-hour of the curve (W → Wh, kW → kWh…). */
  readonly energy: number;
  /** Mean power over the values present. */
  readonly meanPower: number;
  /** Highest value and the timestamp it carries (as given, e.g. the interval end). */
  readonly peak: { readonly value: number; readonly timestamp: number };
  /** Base load three ways. */
  readonly baseLoad: {
    readonly minimum: number;
    /** Nearest-rank percentile ({@link LoadCurveOptions.baseLoadPercentile}, default 5th). */
    readonly percentile: number;
    /** Mean of the minima of the days meeting {@link LoadCurveOptions.minDayCompleteness}. */
    readonly meanDailyMinimum: number;
  };
  /** Mean power / peak power. */
  readonly loadFactor: number;
  /** Mean power of night intervals / mean power of day intervals. */
  readonly nightDayRatio: number;
  readonly night: { readonly meanPower: number; readonly count: number };
  readonly day: { readonly meanPower: number; readonly count: number };
  /** One entry per local day touched, in order. */
  readonly days: readonly DailyLoad[];
  readonly typicalDay: TypicalProfile;
  readonly typicalWeek: TypicalProfile;
}

/**
 * Computes the indicators of a load curve.
 *
 * Conventions: a value stamped T with `stamp: 'end'` (Enedis Linky) is the mean power over
 * (T − step, T]; every local-time grouping (days, slots, night/day, weekdays) uses the interval's
 * **start** in the time zone (default Europe/Paris), so the 00:00 value belongs to the previous
 * day. Night is starts in [00:00, 06:00), day in [06:00, 22:00) (configurable); 22:00–24:00 is in
 * neither. Percentiles are nearest-rank. Load factor is mean / peak. A spring-forward day holds
 * 23 h of intervals and an autumn one 25 h: daily energies and expected counts follow, and the
 * typical-day slot 02:00–02:59 averages what exists (none on the spring day, two on the autumn
 * day).
 *
 * @example
 * ```ts
 * const ind = loadCurveIndicators({ timestamps, values, unit: 'W', stepMinutes: 30, stamp: 'end' });
 * ind.energy / 1000; // kWh
 * ind.baseLoad.percentile; // W
 * ```
 */
export function loadCurveIndicators(
  curve: LoadCurve,
  options: LoadCurveOptions = {},
): LoadCurveIndicators {
  const { timestamps, values, stepMinutes } = curve;
  if (timestamps.length !== values.length) {
    throw new RangeError(`${timestamps.length} timestamps but ${values.length} values`);
  }
  if (!(stepMinutes > 0) || 1440 % stepMinutes !== 0) {
    throw new RangeError(`stepMinutes must divide a day, got ${stepMinutes}`);
  }
  const clock = zoneClock(options.timeZone ?? 'Europe/Paris');
  const [nightFrom, nightTo] = options.night ?? [0, 6];
  const [dayFrom, dayTo] = options.day ?? [6, 22];
  const stepMs = stepMinutes * MINUTE_MS;
  const slots = 1440 / stepMinutes;
  const sums = new LoadSums(
    slots,
    stepMs,
    curve.stamp === 'end' ? stepMs : 0,
    [nightFrom * HOUR_MS, nightTo * HOUR_MS],
    [dayFrom * HOUR_MS, dayTo * HOUR_MS],
  );
  const days = new LocalDays();
  // The curve is cut into runs of one local day at one UTC offset; `LoadSums.scan` sums a run
  // with plain arithmetic and stops at the first value outside it (next day, a clock change,
  // disorder). Only run bounds involve the zone's clock.
  const n = values.length;
  const totals = sums.totals;
  let i = sums.scan(timestamps, values, 0, n, Number.NaN, Number.NaN, 0);
  while (i < n) {
    const start = (timestamps[i] as number) - sums.shift;
    const offsetMs = clock.offsetMinutes(start) * MINUTE_MS;
    const localDay = Math.floor((start + offsetMs) / DAY_MS);
    if (localDay !== totals[DAY]) {
      flushDay(totals, days);
      totals[DAY] = localDay;
    }
    let runStart = localDay * DAY_MS - offsetMs;
    let runEnd = runStart + DAY_MS;
    // A clock change inside the day ends the run there (found to the minute by bisection).
    if (clock.offsetMinutes(runStart) * MINUTE_MS !== offsetMs) {
      runStart = offsetChange(clock, runStart, start);
    }
    if (clock.offsetMinutes(runEnd - 1) * MINUTE_MS !== offsetMs) {
      runEnd = offsetChange(clock, start, runEnd - 1);
    }
    const weekBase = ((((localDay + 3) % 7) + 7) % 7) * slots; // Monday first (1970-01-01: Thursday)
    const next = sums.scan(
      timestamps,
      values,
      i,
      n,
      runStart,
      runEnd,
      localDay * DAY_MS - offsetMs,
      weekBase,
    );
    // The run holds the start of value i by construction; never loop on it.
    if (next === i) throw new RangeError(`cannot place timestamp ${timestamps[i]} in local time`);
    i = next;
  }
  flushDay(totals, days);
  const count = totals[COUNT] as number;
  const peak = totals[PEAK] as number;
  const nightCount = totals[NIGHT_COUNT] as number;
  const daytimeCount = totals[DAYTIME_COUNT] as number;
  const hours = stepMinutes / 60;
  const meanPower = count === 0 ? Number.NaN : (totals[SUM] as number) / count;
  const minCompleteness = options.minDayCompleteness ?? 1;
  const dailyLoads = days.toDailyLoads(clock, stepMs, hours);
  let minimaSum = 0;
  let minimaCount = 0;
  for (const d of dailyLoads) {
    if (d.count >= minCompleteness * d.expected) {
      minimaSum += d.minimum;
      minimaCount++;
    }
  }
  const slotStartMinutes = Array.from({ length: slots }, (_, s) => s * stepMinutes);
  const nightMean = nightCount === 0 ? Number.NaN : (totals[NIGHT_SUM] as number) / nightCount;
  const dayMean = daytimeCount === 0 ? Number.NaN : (totals[DAYTIME_SUM] as number) / daytimeCount;
  return {
    unit: curve.unit,
    stepMinutes,
    points: values.length,
    missing: totals[MISSING] as number,
    outOfOrder: totals[OUT_OF_ORDER] as number,
    energy: (totals[SUM] as number) * hours,
    meanPower,
    peak: { value: count === 0 ? Number.NaN : peak, timestamp: totals[PEAK_AT] as number },
    baseLoad: {
      minimum: count === 0 ? Number.NaN : (totals[MINIMUM] as number),
      percentile: nearestRankPercentile(values, options.baseLoadPercentile ?? 5),
      meanDailyMinimum: minimaCount === 0 ? Number.NaN : minimaSum / minimaCount,
    },
    loadFactor: count === 0 ? Number.NaN : meanPower / peak,
    nightDayRatio: nightMean / dayMean,
    night: { meanPower: nightMean, count: nightCount },
    day: { meanPower: dayMean, count: daytimeCount },
    days: dailyLoads,
    typicalDay: profile(slotStartMinutes, ...sums.typicalDaySums(slots)),
    typicalWeek: profile(slotStartMinutes, sums.weekSum, sums.weekCount),
  };
}

// Slots of `LoadSums.totals`.
const SUM = 0;
const COUNT = 1;
const MISSING = 2;
const OUT_OF_ORDER = 3;
const PREVIOUS = 4;
const PEAK = 5;
const PEAK_AT = 6;
const MINIMUM = 7;
const NIGHT_SUM = 8;
const NIGHT_COUNT = 9;
const DAYTIME_SUM = 10;
const DAYTIME_COUNT = 11;
/** Local day (days since 1970-01-01 in local time) of the DAY_* sums. */
const DAY = 12;
const DAY_SUM = 13;
const DAY_COUNT = 14;
const DAY_MINIMUM = 15;
const DAY_MAXIMUM = 16;

/**
 * Running sums of a load curve. Totals live in a Float64Array rather than object fields so that
 * updating them never allocates, even before the JIT has optimized the loop.
 */
class LoadSums {
  readonly totals = new Float64Array(17);
  /** Sum and count per weekday (Monday first) and slot; the typical day adds the weekdays up. */
  readonly weekSum: Float64Array;
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
function flushDay(totals: Float64Array, days: LocalDays): void {
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
function offsetChange(clock: ZoneClock, a: number, b: number): number {
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
class LocalDays {
  #index = new Map<number, number>();
  #day = new Float64Array(4096);
  #stats = new Float64Array(4 * 4096);
  #size = 0;

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
function localMidnightUtc(clock: ZoneClock, localDay: number): number {
  const date = new Date(localDay * DAY_MS);
  return clock.toUtcCompatible(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function profile(
  slotStartMinutes: number[],
  sums: Float64Array,
  counts: Uint32Array,
): TypicalProfile {
  const meanPower: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < sums.length; i++) {
    const c = counts[i] as number;
    meanPower.push(c === 0 ? Number.NaN : (sums[i] as number) / c);
    count.push(c);
  }
  return { slotStartMinutes, meanPower, count };
}
