/**
 * Averages with the completeness rules of the standards: running means (8-hour, 24-hour), daily
 * means and daily maxima of hourly values, and the daily maximum 8-hour mean (EU and US rules).
 *
 * Rules: Directive 2008/50/EC Annex VII and Annex XI (kept by Directive (EU) 2024/2881): an 8-hour
 * or daily mean is valid with 75 % of its hours (6 of 8, 18 of 24); the maximum daily 8-hour mean is
 * chosen among the 24 running 8-hour means ending on that day, each "assigned to the day on which it
 * ends", and needs 75 % of them (18). US: 40 CFR Part 50 Appendix U (2015 O3 NAAQS): 17 8-hour
 * periods starting 07:00 to 23:00, at least 13 of them valid; daily means with 18 of 24 hours (AirNow).
 * @packageDocumentation
 */
import { HOUR_MS, type HourlySeries } from './hourly-series.js';

const DAY_MS = 86_400_000;

/** A value for one local calendar day. */
export interface DailyValue {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** The daily statistic, or `NaN` when the day does not meet the completeness rule. */
  readonly value: number;
  /** How many inputs (hours, or 8-hour means) were valid that day. */
  readonly validCount: number;
}

/** Options shared by daily statistics. */
export interface DailyOptions {
  /**
   * Fixed offset of the local day from UTC, in hours (EU: the reporting zone, e.g. +1 for CET;
   * US AQI: local standard time). Default 0.
   */
  readonly utcOffsetHours?: number;
  /** Minimum valid hours in a day. Default 18 (75 % of 24). */
  readonly minValid?: number;
}

/** Options of {@link runningMeans}. */
export interface RunningMeanOptions {
  /** Minimum valid hours in a window. Default 75 % of the window, rounded up (6 of 8, 18 of 24). */
  readonly minValid?: number;
}

/**
 * Running means over `hours` hours: element i is the mean of the valid values of hours i−hours+1
 * … i (the window ending with hour i), or `NaN` when fewer than `minValid` of them are valid.
 * @example
 * const eightHour = runningMeans(series, 8); // 8-hour means, valid with 6 of 8 hours
 */
export function runningMeans(
  series: HourlySeries,
  hours: number,
  options: RunningMeanOptions = {},
): Float64Array {
  const minValid = options.minValid ?? Math.ceil(hours * 0.75);
  const { values } = series;
  const out = new Float64Array(values.length);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const add = values[i]!;
    if (!Number.isNaN(add)) {
      sum += add;
      count++;
    }
    if (i >= hours) {
      const drop = values[i - hours]!;
      if (!Number.isNaN(drop)) {
        sum -= drop;
        count--;
      }
    }
    // Recompute now and then to keep the running sum from drifting.
    if (i % 4096 === 4095) {
      sum = 0;
      for (let j = Math.max(0, i - hours + 1); j <= i; j++)
        if (!Number.isNaN(values[j]!)) sum += values[j]!;
    }
    out[i] = count >= minValid && count > 0 ? sum / count : Number.NaN;
  }
  return out;
}

/** Local day number (days since 1970-01-01 local) of the hour starting at `start`. */
function localDay(start: number, offsetHours: number): number {
  return Math.floor((start + offsetHours * HOUR_MS) / DAY_MS);
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Groups hourly values by local day and reduces each day with `mean` or `max`. */
function daily(
  values: Float64Array,
  start: number,
  statistic: 'mean' | 'max',
  offsetHours: number,
  minValid: number,
): DailyValue[] {
  const out: DailyValue[] = [];
  if (values.length === 0) return out;
  let day = localDay(start, offsetHours);
  let acc = statistic === 'max' ? Number.NEGATIVE_INFINITY : 0;
  let count = 0;
  const flush = () => {
    const value =
      count >= minValid && count > 0 ? (statistic === 'max' ? acc : acc / count) : Number.NaN;
    out.push({ date: isoDate(day), value, validCount: count });
  };
  for (let i = 0; i < values.length; i++) {
    const d = localDay(start + i * HOUR_MS, offsetHours);
    if (d !== day) {
      flush();
      day = d;
      acc = statistic === 'max' ? Number.NEGATIVE_INFINITY : 0;
      count = 0;
    }
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    count++;
    if (statistic === 'max') {
      if (v > acc) acc = v;
    } else acc += v;
  }
  flush();
  return out;
}

/**
 * Daily means of hourly values per local day, valid with 18 of 24 hours (75 %) by default.
 * @example
 * dailyMeans(series, { utcOffsetHours: 1 }); // [{ date: '2024-01-01', value: 14.2, validCount: 24 }, …]
 */
export function dailyMeans(series: HourlySeries, options: DailyOptions = {}): DailyValue[] {
  return daily(
    series.values,
    series.start,
    'mean',
    options.utcOffsetHours ?? 0,
    options.minValid ?? 18,
  );
}

/**
 * Daily maximum of hourly values per local day (e.g. the gases of the indice ATMO), valid with
 * 18 of 24 hours by default.
 * @example
 * dailyMaxHourly(no2Series); // [{ date: '2024-01-01', value: 61, validCount: 24 }, …]
 */
export function dailyMaxHourly(series: HourlySeries, options: DailyOptions = {}): DailyValue[] {
  return daily(
    series.values,
    series.start,
    'max',
    options.utcOffsetHours ?? 0,
    options.minValid ?? 18,
  );
}

/** Options of {@link dailyMax8hMeans}. */
export interface DailyMax8hOptions {
  /** Fixed offset of the local day from UTC, in hours. Default 0. */
  readonly utcOffsetHours?: number;
  /**
   * `eu`: the 24 running means ending on the day (17:00 the day before–01:00 … 16:00–24:00), 18 of
   * them needed. `us`: the 17 means starting 07:00 … 23:00, 13 of them needed. Default `eu`.
   */
  readonly convention?: 'eu' | 'us';
}

/**
 * Maximum daily 8-hour mean (O3, CO): running 8-hour means (6 of 8 hours), then the daily maximum
 * under the EU or US assignment rule. Days that miss the rule have `value: NaN`.
 * @example
 * dailyMax8hMeans(o3Series, { utcOffsetHours: 1 }); // EU rule, CET days
 */
export function dailyMax8hMeans(
  series: HourlySeries,
  options: DailyMax8hOptions = {},
): DailyValue[] {
  const offset = options.utcOffsetHours ?? 0;
  if (options.convention !== 'us') {
    return daily(runningMeans(series, 8), series.start, 'max', offset, 18);
  }
  // US: the mean of hours h … h+7 is assigned to the day of hour h, for h at 07:00 … 23:00 local.
  // Hours after the end of the series are missing: pad with 7 NaN so the last windows still count.
  const n = series.values.length;
  const padded = new Float64Array(n + 7).fill(Number.NaN);
  padded.set(series.values);
  const forward = runningMeans({ start: series.start, values: padded }, 8);
  const byStart = new Float64Array(n).fill(Number.NaN);
  const firstHour = Math.floor(series.start / HOUR_MS) + offset;
  for (let h = 0; h < n; h++) {
    const localHour = (((firstHour + h) % 24) + 24) % 24;
    if (localHour >= 7) byStart[h] = forward[h + 7]!;
  }
  return daily(byStart, series.start, 'max', offset, 13);
}
