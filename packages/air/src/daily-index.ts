/**
 * Daily index per station from hourly series, with each index's own averaging: the indice ATMO
 * (gases: daily maximum of hourly values; PM: daily mean), the UK DAQI (NO2: daily maximum hourly
 * mean; O3: daily maximum running 8-hour mean; PM: daily mean), the US AQI (PM: 24-hour mean;
 * O3 and CO: daily maximum 8-hour mean; NO2 and SO2: daily maximum 1-hour value) and the EAQI
 * (the day's worst hour).
 * @packageDocumentation
 */
import { type AtmoPollutant, indiceAtmo } from './atmo.js';
import {
  type DailyValue,
  dailyMax8hMeans,
  dailyMaxHourly,
  dailyMeans,
  runningMeans,
} from './averaging.js';
import { type DaqiPollutant, daqi } from './daqi.js';
import { type EaqiPollutant, type EaqiVersion, eaqi } from './eaqi.js';
import type { HourlySeries } from './hourly-series.js';
import type { IndexResult } from './index-result.js';
import type { Pollutant } from './pollutants.js';
import type { StationSeries } from './station-series.js';
import { convertConcentration } from './units.js';
import { type UsAqiMetric, usAqi } from './us-aqi.js';

/** An index computed per day. */
export type DailyIndexName = 'atmo' | 'daqi' | 'us-aqi' | 'eaqi-2024' | 'eaqi-2017';

/** The index of one day, `undefined` when no pollutant had a valid aggregate. */
export interface DailyIndex {
  readonly date: string;
  readonly index: IndexResult | undefined;
}

/** Options of {@link dailyIndex}. */
export interface DailyIndexOptions {
  /** Fixed offset of the local day from UTC, in hours. Default 0. */
  readonly utcOffsetHours?: number;
}

type Aggregate = (series: HourlySeries, offset: number) => DailyValue[];

const mean: Aggregate = (s, o) => dailyMeans(s, { utcOffsetHours: o });
const maxHour: Aggregate = (s, o) => dailyMaxHourly(s, { utcOffsetHours: o });
const max8hEu: Aggregate = (s, o) => dailyMax8hMeans(s, { utcOffsetHours: o });
const max24hRunning: Aggregate = (s, o) =>
  dailyMaxHourly({ start: s.start, values: runningMeans(s, 24) }, { utcOffsetHours: o });
const max8hUs: Aggregate = (s, o) => dailyMax8hMeans(s, { utcOffsetHours: o, convention: 'us' });

/** For each index: which aggregate of which pollutant feeds which input key, and a unit change. */
interface Input {
  readonly pollutant: Pollutant;
  readonly key: string;
  readonly aggregate: Aggregate;
  /** Converts the µg/m³ (CO mg/m³) aggregate to the index's unit. */
  readonly convert?: (value: number) => number;
}

const usGas = (pollutant: Pollutant, to: 'ppm' | 'ppb') => (v: number) =>
  convertConcentration(v, pollutant === 'co' ? 'mg/m3' : 'ug/m3', to, pollutant, {
    temperature: 'us',
  });

const INPUTS: Readonly<Record<DailyIndexName, readonly Input[]>> = {
  atmo: [
    { pollutant: 'no2', key: 'no2', aggregate: maxHour },
    { pollutant: 'so2', key: 'so2', aggregate: maxHour },
    { pollutant: 'o3', key: 'o3', aggregate: maxHour },
    { pollutant: 'pm10', key: 'pm10', aggregate: mean },
    { pollutant: 'pm25', key: 'pm25', aggregate: mean },
  ],
  daqi: [
    { pollutant: 'no2', key: 'no2', aggregate: maxHour },
    { pollutant: 'o3', key: 'o3', aggregate: max8hEu },
    { pollutant: 'pm25', key: 'pm25', aggregate: mean },
    { pollutant: 'pm10', key: 'pm10', aggregate: mean },
  ],
  'us-aqi': [
    { pollutant: 'pm25', key: 'pm25_24h', aggregate: mean },
    { pollutant: 'pm10', key: 'pm10_24h', aggregate: mean },
    { pollutant: 'o3', key: 'o3_8h', aggregate: max8hUs, convert: usGas('o3', 'ppm') },
    { pollutant: 'co', key: 'co_8h', aggregate: max8hUs, convert: usGas('co', 'ppm') },
    { pollutant: 'no2', key: 'no2_1h', aggregate: maxHour, convert: usGas('no2', 'ppb') },
    { pollutant: 'so2', key: 'so2_1h', aggregate: maxHour, convert: usGas('so2', 'ppb') },
  ],
  'eaqi-2024': (['pm25', 'pm10', 'no2', 'o3', 'so2'] as const).map((p) => ({
    pollutant: p,
    key: p,
    aggregate: maxHour,
  })),
  'eaqi-2017': (['pm25', 'pm10', 'no2', 'o3', 'so2'] as const).map((p) => ({
    pollutant: p,
    key: p,
    aggregate: p === 'pm25' || p === 'pm10' ? max24hRunning : maxHour,
  })),
};

function compute(name: DailyIndexName, values: Record<string, number>): IndexResult | undefined {
  switch (name) {
    case 'atmo':
      return indiceAtmo(values as Partial<Record<AtmoPollutant, number>>);
    case 'daqi':
      return daqi(values as Partial<Record<DaqiPollutant, number>>);
    case 'us-aqi':
      return usAqi(values as Partial<Record<UsAqiMetric, number>>);
    default: {
      const version: EaqiVersion = name === 'eaqi-2017' ? 2017 : 2024;
      return eaqi(values as Partial<Record<EaqiPollutant, number>>, { version });
    }
  }
}

/**
 * Computes an index for every day of a station's hourly series (µg/m³, CO mg/m³, as produced by
 * {@link hourlySeriesByStation}). Days where an aggregate misses its completeness rule leave that
 * pollutant out; a day with no pollutant left has `index: undefined`. The EAQI is hourly: the daily
 * value is the worst hour (2024: hourly values of all pollutants; 2017: 24-hour running means of
 * PM, valid with 18 of 24 hours).
 * @example
 * const days = dailyIndex(series.get('FR09015')!, 'atmo', { utcOffsetHours: 1 });
 * days[0]; // { date: '2019-01-17', index: { level: 2, label: 'Moyen', dominant: 'o3', … } }
 */
export function dailyIndex(
  station: StationSeries,
  name: DailyIndexName,
  options: DailyIndexOptions = {},
): DailyIndex[] {
  const offset = options.utcOffsetHours ?? 0;
  const byDate = new Map<string, Record<string, number>>();
  for (const input of INPUTS[name]) {
    const series = station.get(input.pollutant);
    if (!series) continue;
    for (const day of input.aggregate(series, offset)) {
      let values = byDate.get(day.date);
      if (!values) {
        values = {};
        byDate.set(day.date, values);
      }
      if (Number.isNaN(day.value)) continue;
      values[input.key] = input.convert ? input.convert(day.value) : day.value;
    }
  }
  return [...byDate.keys()]
    .sort()
    .map((date) => ({ date, index: compute(name, byDate.get(date)!) }));
}
