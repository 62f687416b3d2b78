/**
 * Load-curve indicators (energy, peak, base load, load factor, night/day ratio, typical day and
 * week) computed in local time, correct on 23- and 25-hour daylight-saving days.
 * @packageDocumentation
 */

import { zoneClock } from '@datacites/core';
import {
  COUNT,
  DAY,
  DAY_MS,
  DAYTIME_COUNT,
  DAYTIME_SUM,
  flushDay,
  LoadSums,
  LocalDays,
  MINIMUM,
  MINUTE_MS,
  MISSING,
  NIGHT_COUNT,
  NIGHT_SUM,
  OUT_OF_ORDER,
  offsetChange,
  PEAK,
  PEAK_AT,
  SUM,
} from './load-curve-sums.js';
import { nearestRankPercentile } from './percentile.js';
import type { PowerUnit } from './units.js';

const HOUR_MS = 3_600_000;

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
