/**
 * US EPA NowCast: a recent-weighted average of hourly values used for the real-time AQI.
 *
 * PM2.5 and PM10: AirNow, "The NowCast for PM2.5 and PM10",
 * https://forum.airnowtech.org/t/the-nowcast-for-pm2-5-and-pm10/172 and
 * https://www.airnow.gov/faqs/how-nowcast-algorithm-used-report/ — 12 hours, weight factor
 * `w = cmin / cmax` (= 1 − range/cmax) with a minimum of 0.5. O3 (AirNow 2016–2019 method):
 * https://forum.airnowtech.org/t/airnow-updates-to-ozone-real-time-reporting-and-daily-reporting/151 —
 * 8 hours, no minimum weight. Both need 2 valid values among the 3 most recent hours.
 * Since 2019 AirNow predicts ozone with a regression model instead, which has no closed form.
 * @packageDocumentation
 */
import type { HourlySeries } from './hourly-series.js';

/** Pollutants the NowCast is defined for. */
export type NowcastPollutant = 'pm25' | 'pm10' | 'o3';

const WINDOW: Readonly<Record<NowcastPollutant, number>> = { pm25: 12, pm10: 12, o3: 8 };
const MIN_WEIGHT: Readonly<Record<NowcastPollutant, number>> = { pm25: 0.5, pm10: 0.5, o3: 0 };

function valid(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

/**
 * NowCast of the most recent hours. `hourly` holds consecutive hourly values, **oldest first**,
 * ending with the current hour; missing hours are `null`, `NaN` or negative. Only the last 12 (PM)
 * or 8 (O3) are used; missing hours are left out of both sums. Returns the concentration before
 * the AQI's truncation (pass it to {@link usAqiSubIndex}), or `undefined` when fewer than 2 of the
 * 3 most recent hours are valid.
 * @example
 * // EPA training example: oldest→newest, NowCast 17.4 µg/m³ → AQI 66 (2024 breakpoints)
 * nowcast([50, 80, 75, 90, 82, 53, 64, 74, 21, 10, 16, 13], 'pm25'); // 17.414…
 */
export function nowcast(
  hourly: readonly (number | null | undefined)[] | Float64Array,
  pollutant: NowcastPollutant,
): number | undefined {
  const size = WINDOW[pollutant];
  const end = hourly.length;
  const from = Math.max(0, end - size);
  let recent = 0;
  for (let i = Math.max(0, end - 3); i < end; i++) if (valid(hourly[i])) recent++;
  if (recent < 2) return undefined;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = from; i < end; i++) {
    const v = hourly[i];
    if (!valid(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (max === 0) return 0;
  const weight = Math.max(min / max, MIN_WEIGHT[pollutant]);
  let numerator = 0;
  let denominator = 0;
  let factor = 1;
  for (let i = end - 1; i >= from; i--) {
    const v = hourly[i];
    if (valid(v)) {
      numerator += factor * v;
      denominator += factor;
    }
    factor *= weight;
  }
  return numerator / denominator;
}

/**
 * NowCast at every hour of a series (element i uses the hours up to and including i); `NaN` where
 * it is undefined.
 * @example
 * const pm25Now = nowcastSeries(pm25Hourly, 'pm25');
 */
export function nowcastSeries(series: HourlySeries, pollutant: NowcastPollutant): Float64Array {
  const { values } = series;
  const size = WINDOW[pollutant];
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const window = values.subarray(Math.max(0, i + 1 - size), i + 1);
    out[i] = nowcast(window, pollutant) ?? Number.NaN;
  }
  return out;
}
