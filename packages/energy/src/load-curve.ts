/**
 * Load-curve indicators (energy, peak, base load, load factor, night/day ratio, typical day and
 * week) computed in local time, correct on 23- and 25-hour daylight-saving days.
 * @packageDocumentation
 */

import { type ZoneClock, zoneClock } from '@datacites/core';
import { nearestRankPercentile } from './percentile.js';
import type { PowerUnit } from './units.js';

const MINUTE_MS = 60_000;
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
  const shift = curve.stamp === 'end' ? stepMs : 0;
  const slots = 1440 / stepMinutes;
  const daySum = new Float64Array(slots);
  const dayCount = new Uint32Array(slots);
  const weekSum = new Float64Array(7 * slots);
  const weekCount = new Uint32Array(7 * slots);
  const days = new Map<number, MutableDay>();
  let current: MutableDay | undefined;
  let sum = 0;
  let count = 0;
  let missing = 0;
  let outOfOrder = 0;
  let peak = Number.NEGATIVE_INFINITY;
  let peakAt = Number.NaN;
  let minimum = Number.POSITIVE_INFINITY;
  let nightSum = 0;
  let nightCount = 0;
  let daytimeSum = 0;
  let daytimeCount = 0;
  let previous = Number.NEGATIVE_INFINITY;
  // Sorted input changes UTC day and local day rarely: their bounds are cached so the loop does
  // no division or modulo per point.
  let utcDayStart = Number.NaN;
  let utcDayEnd = Number.NaN;
  let cachedOffsetMs = 0;
  let cachedUniform = false;
  let localDayStart = Number.NaN;
  let localDayEnd = Number.NaN;
  let weekBase = 0;
  const nightFromMs = nightFrom * 3_600_000;
  const nightToMs = nightTo * 3_600_000;
  const dayFromMs = dayFrom * 3_600_000;
  const dayToMs = dayTo * 3_600_000;
  for (let i = 0; i < values.length; i++) {
    const t = timestamps[i] as number;
    if (!(t > previous)) outOfOrder++;
    previous = t;
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      missing++;
      continue;
    }
    const start = t - shift;
    if (!(start >= utcDayStart && start < utcDayEnd)) {
      const utcDay = Math.floor(start / DAY_MS);
      utcDayStart = utcDay * DAY_MS;
      utcDayEnd = utcDayStart + DAY_MS;
      const offset = clock.offsetMinutes(utcDayStart);
      cachedOffsetMs = offset * MINUTE_MS;
      cachedUniform = offset === clock.offsetMinutes(utcDayEnd);
    }
    const local = start + (cachedUniform ? cachedOffsetMs : clock.offsetMinutes(start) * MINUTE_MS);
    if (!(local >= localDayStart && local < localDayEnd)) {
      const localDay = Math.floor(local / DAY_MS);
      localDayStart = localDay * DAY_MS;
      localDayEnd = localDayStart + DAY_MS;
      weekBase = ((((localDay + 3) % 7) + 7) % 7) * slots; // Monday first (1970-01-01: Thursday)
      current = days.get(localDay) ?? newDay(localDay, days);
    }
    const inDay = local - localDayStart;
    const slot = (inDay / stepMs) | 0;
    sum += v;
    count++;
    if (v > peak) {
      peak = v;
      peakAt = t;
    }
    if (v < minimum) minimum = v;
    daySum[slot] = (daySum[slot] as number) + v;
    dayCount[slot] = (dayCount[slot] as number) + 1;
    const w = weekBase + slot;
    weekSum[w] = (weekSum[w] as number) + v;
    weekCount[w] = (weekCount[w] as number) + 1;
    if (inDay >= nightFromMs && inDay < nightToMs) {
      nightSum += v;
      nightCount++;
    } else if (inDay >= dayFromMs && inDay < dayToMs) {
      daytimeSum += v;
      daytimeCount++;
    }
    const day = current as MutableDay;
    day.sum += v;
    day.count++;
    if (v < day.minimum) day.minimum = v;
    if (v > day.maximum) day.maximum = v;
  }
  const hours = stepMinutes / 60;
  const meanPower = count === 0 ? Number.NaN : sum / count;
  const minCompleteness = options.minDayCompleteness ?? 1;
  const dailyLoads = [...days.values()]
    .sort((a, b) => a.localDay - b.localDay)
    .map((d) => toDailyLoad(d, clock, stepMs, hours));
  let minimaSum = 0;
  let minimaCount = 0;
  for (const d of dailyLoads) {
    if (d.count >= minCompleteness * d.expected) {
      minimaSum += d.minimum;
      minimaCount++;
    }
  }
  const slotStartMinutes = Array.from({ length: slots }, (_, s) => s * stepMinutes);
  const nightMean = nightCount === 0 ? Number.NaN : nightSum / nightCount;
  const dayMean = daytimeCount === 0 ? Number.NaN : daytimeSum / daytimeCount;
  return {
    unit: curve.unit,
    stepMinutes,
    points: values.length,
    missing,
    outOfOrder,
    energy: sum * hours,
    meanPower,
    peak: { value: count === 0 ? Number.NaN : peak, timestamp: peakAt },
    baseLoad: {
      minimum: count === 0 ? Number.NaN : minimum,
      percentile: nearestRankPercentile(values, options.baseLoadPercentile ?? 5),
      meanDailyMinimum: minimaCount === 0 ? Number.NaN : minimaSum / minimaCount,
    },
    loadFactor: count === 0 ? Number.NaN : meanPower / peak,
    nightDayRatio: nightMean / dayMean,
    night: { meanPower: nightMean, count: nightCount },
    day: { meanPower: dayMean, count: daytimeCount },
    days: dailyLoads,
    typicalDay: profile(slotStartMinutes, daySum, dayCount),
    typicalWeek: profile(slotStartMinutes, weekSum, weekCount),
  };
}

interface MutableDay {
  localDay: number;
  sum: number;
  count: number;
  minimum: number;
  maximum: number;
}

function newDay(localDay: number, days: Map<number, MutableDay>): MutableDay {
  const day = {
    localDay,
    sum: 0,
    count: 0,
    minimum: Number.POSITIVE_INFINITY,
    maximum: Number.NEGATIVE_INFINITY,
  };
  days.set(localDay, day);
  return day;
}

function toDailyLoad(d: MutableDay, clock: ZoneClock, stepMs: number, hours: number): DailyLoad {
  const date = new Date(d.localDay * DAY_MS);
  const next = new Date((d.localDay + 1) * DAY_MS);
  // A day starts at its first instant: the earlier 00:00 in an overlap; where 00:00 falls in a
  // spring gap (Santiago, Beirut), the end of the gap.
  const start = clock.toUtcCompatible(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
  );
  const end = clock.toUtcCompatible(
    next.getUTCFullYear(),
    next.getUTCMonth() + 1,
    next.getUTCDate(),
  );
  const length = end - start;
  return {
    date: date.toISOString().slice(0, 10),
    energy: d.sum * hours,
    count: d.count,
    expected: Math.round(length / stepMs),
    minimum: d.minimum,
    maximum: d.maximum,
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
