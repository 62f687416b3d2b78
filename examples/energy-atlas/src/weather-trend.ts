import {
  type ConsumptionRecord,
  type DailyTemperature,
  degreeDays,
  fitLinear,
} from '@datacites/energy';

/** One year of the weather-normalised trend. */
export interface TrendYear {
  readonly year: number;
  /** Consumption as published (GWh). */
  readonly raw: number;
  /** Consumption at the reference degree days (GWh). */
  readonly normalised: number;
  /** Heating degree days of the year (estimated over the missing days when some are missing). */
  readonly degreeDays: number;
  /** Days of the year without temperature. */
  readonly missingDays: number;
}

/** The trend and how it was normalised. */
export interface WeatherTrend {
  readonly years: TrendYear[];
  /** Reference degree days: the mean of the complete years `referenceFrom`–`referenceTo`. */
  readonly reference: number;
  readonly referenceFrom: number;
  readonly referenceTo: number;
  /** GWh per degree day (the fitted slope) and the fit's R². */
  readonly slope: number;
  readonly rSquared: number;
}

/**
 * Weather-normalises annual consumption: fits consumption = a + b·DJU + c·year over the years that have
 * temperatures (DJU = heating degree days, base 18 °C, Météo-France method, from the daily
 * regional temperatures), then moves each year to the reference DJU: C* = C − b·(DJU − DJUref).
 * Years with a few missing days get DJU scaled by expected/present days, and say so.
 *
 * @example
 * ```ts
 * weatherTrend(records.filter((r) => r.carrier === 'gaz'), temperatures);
 * ```
 */
export function weatherTrend(
  annual: readonly ConsumptionRecord[],
  temperatures: readonly DailyTemperature[],
  maxMissingShare = 0.05,
): WeatherTrend {
  const byYear = new Map<number, number>();
  for (const r of annual)
    if (r.value !== null) byYear.set(r.year, (byYear.get(r.year) ?? 0) + r.value);
  const rows: { year: number; raw: number; degreeDays: number; missingDays: number }[] = [];
  for (const [year, raw] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const result = degreeDays(temperatures, { from: `${year}-01-01`, to: `${year}-12-31` });
    if (result.daily.length === 0 || result.completeness < 1 - maxMissingShare) continue;
    const missingDays = result.expectedDays - result.daily.length;
    rows.push({ year, raw, degreeDays: result.total / result.completeness, missingDays });
  }
  const complete = rows.filter((r) => r.missingDays === 0);
  const reference =
    complete.reduce((sum, r) => sum + r.degreeDays, 0) / Math.max(1, complete.length);
  // The year is a regressor too, so that a steady decline (efficiency, fuel switching) is not
  // mistaken for the effect of the weather.
  const fit = fitLinear(
    [rows.map(() => 1), rows.map((r) => r.degreeDays), rows.map((r) => r.year - 2000)],
    rows.map((r) => r.raw),
  );
  const slope = fit.coefficients[1] ?? 0;
  return {
    years: rows.map((r) => ({ ...r, normalised: r.raw - slope * (r.degreeDays - reference) })),
    reference,
    referenceFrom: complete[0]?.year ?? Number.NaN,
    referenceTo: complete[complete.length - 1]?.year ?? Number.NaN,
    slope,
    rSquared: fit.rSquared,
  };
}
