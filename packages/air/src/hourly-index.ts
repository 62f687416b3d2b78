/**
 * Hour-by-hour indices of a station, as published in real time: the European Air Quality Index
 * (hourly by design) and the US AQI from NowCast concentrations (AirNow's real-time practice).
 * @packageDocumentation
 */
import { runningMeans } from './averaging.js';
import { type EaqiPollutant, type EaqiVersion, eaqi } from './eaqi.js';
import { HOUR_MS } from './hourly-series.js';
import type { IndexResult } from './index-result.js';
import { nowcastSeries } from './nowcast.js';
import type { StationSeries } from './station-series.js';
import { convertConcentration } from './units.js';
import { type UsAqiMetric, usAqi } from './us-aqi.js';

/** The index of one hour (`start` = epoch ms UTC of the hour), `undefined` without valid input. */
export interface HourlyIndex {
  readonly start: number;
  readonly index: IndexResult | undefined;
}

/** Every hour covered by at least one series of the station, with a value getter per series. */
function hoursOf(station: StationSeries): { first: number; last: number } {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const s of station.values()) {
    if (s.values.length === 0) continue;
    first = Math.min(first, s.start);
    last = Math.max(last, s.start + (s.values.length - 1) * HOUR_MS);
  }
  return { first, last };
}

function at(start: number, values: Float64Array, hour: number): number {
  const i = (hour - start) / HOUR_MS;
  return i >= 0 && i < values.length ? values[i]! : Number.NaN;
}

/**
 * EAQI of every hour of a station's series (µg/m³). 2024: hourly concentrations of the five
 * pollutants; 2017: hourly NO2, O3, SO2 and the 24-hour running mean of PM (18 of 24 hours).
 * @example
 * const hours = hourlyEaqi(series.get('FR09015')!); // [{ start, index: { label: 'Fair', … } }, …]
 */
export function hourlyEaqi(
  station: StationSeries,
  options: { version?: EaqiVersion } = {},
): HourlyIndex[] {
  const version = options.version ?? 2024;
  const inputs: [EaqiPollutant, number, Float64Array][] = [];
  for (const p of ['pm25', 'pm10', 'no2', 'o3', 'so2'] as const) {
    const s = station.get(p);
    if (!s) continue;
    const pm = p === 'pm25' || p === 'pm10';
    inputs.push([p, s.start, version === 2017 && pm ? runningMeans(s, 24) : s.values]);
  }
  const { first, last } = hoursOf(station);
  const out: HourlyIndex[] = [];
  for (let hour = first; hour <= last; hour += HOUR_MS) {
    const values: Partial<Record<EaqiPollutant, number>> = {};
    for (const [p, start, series] of inputs) {
      const v = at(start, series, hour);
      if (!Number.isNaN(v)) values[p] = v;
    }
    out.push({ start: hour, index: eaqi(values, { version }) });
  }
  return out;
}

/**
 * Real-time US AQI of every hour: NowCast PM2.5 and PM10 (12 h), NowCast O3 (2016 method, 8 h)
 * against the 8-hour O3 rows, hourly NO2 and SO2; gases converted from µg/m³ at 25 °C.
 * @example
 * const now = nowcastAqi(series.get('FR09015')!).at(-1); // the latest hour's AQI
 */
export function nowcastAqi(station: StationSeries): HourlyIndex[] {
  const inputs: [UsAqiMetric, number, Float64Array, (v: number) => number][] = [];
  const same = (v: number) => v;
  const pm25 = station.get('pm25');
  const pm10 = station.get('pm10');
  const o3 = station.get('o3');
  const no2 = station.get('no2');
  const so2 = station.get('so2');
  if (pm25) inputs.push(['pm25_24h', pm25.start, nowcastSeries(pm25, 'pm25'), same]);
  if (pm10) inputs.push(['pm10_24h', pm10.start, nowcastSeries(pm10, 'pm10'), same]);
  const toPpm = (v: number) => convertConcentration(v, 'ug/m3', 'ppm', 'o3', { temperature: 'us' });
  if (o3) inputs.push(['o3_8h', o3.start, nowcastSeries(o3, 'o3'), toPpm]);
  const ppb = (p: 'no2' | 'so2') => (v: number) =>
    convertConcentration(v, 'ug/m3', 'ppb', p, { temperature: 'us' });
  if (no2) inputs.push(['no2_1h', no2.start, no2.values, ppb('no2')]);
  if (so2) inputs.push(['so2_1h', so2.start, so2.values, ppb('so2')]);
  const { first, last } = hoursOf(station);
  const out: HourlyIndex[] = [];
  for (let hour = first; hour <= last; hour += HOUR_MS) {
    const values: Partial<Record<UsAqiMetric, number>> = {};
    for (const [metric, start, series, convert] of inputs) {
      const v = at(start, series, hour);
      if (!Number.isNaN(v)) values[metric] = convert(v);
    }
    out.push({ start: hour, index: usAqi(values) });
  }
  return out;
}
