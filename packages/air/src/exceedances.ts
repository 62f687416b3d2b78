/**
 * Yearly assessment of one station's hourly series against health reference levels: annual mean
 * with its data capture, and exceedance counts of the hourly, daily and 8-hour levels.
 * @packageDocumentation
 */
import { type DailyValue, dailyMax8hMeans, dailyMeans } from './averaging.js';
import { EU_LIMITS_2030, type ReferenceLevel, referenceLevels } from './health-references.js';
import { HOUR_MS, type HourlySeries } from './hourly-series.js';
import type { Pollutant } from './pollutants.js';

/** Exceedances of one reference level over the year. */
export interface ExceedanceCount {
  readonly level: ReferenceLevel;
  /** Number of valid periods (hours or days) of the year above the level. */
  readonly exceedances: number;
  /** Valid periods (hours or days) in the year. */
  readonly validPeriods: number;
  /** True when the count is above `allowedPerYear` (or the annual mean above an annual level). */
  readonly exceeded: boolean;
}

/** The yearly assessment. */
export interface YearAssessment {
  readonly pollutant: Pollutant;
  readonly year: number;
  /** Valid hours / hours in the year (0–1). */
  readonly dataCapture: number;
  /** Mean of the valid hours, or `NaN` when `dataCapture` is below the minimum. */
  readonly annualMean: number;
  /** One entry per reference level of the pollutant (peak-season levels are not assessed). */
  readonly results: readonly ExceedanceCount[];
}

/** Options of {@link assessYear}. */
export interface AssessYearOptions {
  /** Reference levels to assess against. Default {@link EU_LIMITS_2030}; or {@link WHO_2021}. */
  readonly scheme?: readonly ReferenceLevel[];
  /** Fixed offset of local time from UTC, in hours, for days and the year. Default 0. */
  readonly utcOffsetHours?: number;
  /**
   * Minimum data capture of the annual mean. Default 0.9: Directive (EU) 2024/2881 Annex V
   * (data quality objectives for fixed measurements; 90 %).
   */
  readonly minDataCapture?: number;
}

/** Values of the series inside [from, to), as a new series starting at `from`. */
function slice(series: HourlySeries, from: number, to: number): HourlySeries {
  const hours = Math.round((to - from) / HOUR_MS);
  const values = new Float64Array(hours).fill(Number.NaN);
  const offset = Math.round((series.start - from) / HOUR_MS);
  for (let i = 0; i < series.values.length; i++) {
    const j = i + offset;
    if (j >= 0 && j < hours) values[j] = series.values[i]!;
  }
  return { start: from, values };
}

function countDays(days: readonly DailyValue[], level: ReferenceLevel): ExceedanceCount {
  let exceedances = 0;
  let validPeriods = 0;
  for (const day of days) {
    if (Number.isNaN(day.value)) continue;
    validPeriods++;
    if (day.value > level.value) exceedances++;
  }
  return { level, exceedances, validPeriods, exceeded: exceedances > (level.allowedPerYear ?? 0) };
}

/**
 * Assesses one calendar year of hourly values (in the unit of the scheme: µg/m³, CO mg/m³) against
 * the reference levels of its pollutant: hourly levels count hours above; daily levels count daily
 * means (18 of 24 hours) above; 8-hour levels count maximum daily 8-hour means above (EU rule);
 * annual levels compare the annual mean, computed only with the minimum data capture.
 * @example
 * const a = assessYear(pm10Series, 'pm10', 2018);
 * a.results.find((r) => r.level.period === '24h')?.exceedances; // days above 45 µg/m³
 */
export function assessYear(
  series: HourlySeries,
  pollutant: Pollutant,
  year: number,
  options: AssessYearOptions = {},
): YearAssessment {
  const offset = options.utcOffsetHours ?? 0;
  const from = Date.UTC(year, 0, 1) - offset * HOUR_MS;
  const to = Date.UTC(year + 1, 0, 1) - offset * HOUR_MS;
  const yearSeries = slice(series, from, to);
  let sum = 0;
  let count = 0;
  for (const v of yearSeries.values) {
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  const dataCapture = count / yearSeries.values.length;
  const annualMean =
    dataCapture >= (options.minDataCapture ?? 0.9) && count > 0 ? sum / count : Number.NaN;
  const results: ExceedanceCount[] = [];
  let days: DailyValue[] | undefined;
  let max8h: DailyValue[] | undefined;
  for (const level of referenceLevels(options.scheme ?? EU_LIMITS_2030, pollutant)) {
    if (level.period === '1h') {
      let exceedances = 0;
      for (const v of yearSeries.values) if (v > level.value) exceedances++;
      results.push({
        level,
        exceedances,
        validPeriods: count,
        exceeded: exceedances > (level.allowedPerYear ?? 0),
      });
    } else if (level.period === '24h') {
      days ??= dailyMeans(yearSeries, { utcOffsetHours: offset });
      results.push(countDays(days, level));
    } else if (level.period === '8h-daily-max') {
      // The series of the year alone: 8-hour means crossing 1 January lack their first hours.
      max8h ??= dailyMax8hMeans(yearSeries, { utcOffsetHours: offset });
      results.push(countDays(max8h, level));
    } else if (level.period === 'year') {
      results.push({
        level,
        exceedances: annualMean > level.value ? 1 : 0,
        validPeriods: Number.isNaN(annualMean) ? 0 : 1,
        exceeded: annualMean > level.value,
      });
    }
  }
  return { pollutant, year, dataCapture, annualMean, results };
}
