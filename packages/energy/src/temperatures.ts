/**
 * Daily temperature loaders for degree days: ODRÉ regional daily temperatures and Météo-France
 * daily station files (TN/TX).
 * @packageDocumentation
 */

import {
  calendarDate,
  decimal,
  defineTable,
  type LoadOptions,
  readTable,
  type Source,
} from '@datacites/core';
import { z } from 'zod';
import type { DailyTemperature } from './degree-days.js';
import { type EnergyLoadReport, MappingIssues } from './load-report.js';

/** Table of the ODRÉ `temperature-quotidienne-regionale` export. */
export const OdreTemperatureTable = defineTable({
  name: 'temperature-quotidienne-regionale',
  columns: {
    id: z.string().optional(),
    date: calendarDate('DD/MM/YY'),
    region: z.string(),
    regionName: z.string().optional(),
    tmin: z.number(),
    tmax: z.number(),
    tmean: z.number().optional(),
  },
  aliases: {
    id: ['ID'],
    date: ['Date'],
    region: ['Code INSEE région'],
    regionName: ['Région'],
    tmin: ['TMin (°C)'],
    tmax: ['TMax (°C)'],
    tmean: ['TMoy (°C)'],
  },
});

/** Daily temperatures per territory or station, in date order. */
export interface TemperatureLoad extends EnergyLoadReport {
  /** Series by region code or station number. */
  readonly series: ReadonlyMap<string, DailyTemperature[]>;
  /** Names by the same keys. */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * Loads ODRÉ daily regional temperatures (`Date` as `DD/MM/YY`, °C). The two-digit year is
 * checked against the 4-digit date inside `ID` (`YYYY-MM-DDT00:00:00-<région>`), and `TMoy` is
 * checked against (TMin+TMax)/2 (warning beyond 0.01 °C; the value given is kept). Missing dates
 * are not filled: `degreeDays` reports them as gaps.
 *
 * @example
 * ```ts
 * const { series } = await loadOdreTemperatures('temperature-quotidienne-regionale.csv');
 * degreeDays(series.get('75')!, { from: '2019-01-01', to: '2019-12-31' }).total;
 * ```
 */
export async function loadOdreTemperatures(
  source: Source,
  options: LoadOptions = {},
): Promise<TemperatureLoad> {
  const result = await readTable(source, OdreTemperatureTable, options);
  const mapping = new MappingIssues(result, options);
  const series = new Map<string, DailyTemperature[]>();
  const names = new Map<string, string>();
  for (let index = 0; index < result.rows.length; index++) {
    const row = result.rows[index]!;
    const line = result.lines[index];
    if (row.id !== undefined && row.id.length >= 10 && row.id.slice(0, 10) !== row.date) {
      mapping.reject({
        line,
        code: 'date_mismatch',
        field: 'date',
        message: `Date ${row.date} (from a 2-digit year) disagrees with ID ${row.id}`,
        raw: row.id,
      });
      continue;
    }
    if (row.tmean !== undefined && Math.abs(row.tmean - (row.tmin + row.tmax) / 2) > 0.01 + 1e-9) {
      mapping.add({
        line,
        code: 'tmean_mismatch',
        severity: 'warning',
        field: 'tmean',
        message: `${row.region} ${row.date}: TMoy ${row.tmean} is not (TMin+TMax)/2 = ${((row.tmin + row.tmax) / 2).toFixed(3)}; kept as given`,
        raw: String(row.tmean),
      });
    }
    let list = series.get(row.region);
    if (!list) {
      list = [];
      series.set(row.region, list);
      if (row.regionName) names.set(row.region, row.regionName);
    }
    list.push({
      date: row.date,
      tn: row.tmin,
      tx: row.tmax,
      ...(row.tmean === undefined ? {} : { tmean: row.tmean }),
    });
  }
  for (const list of series.values())
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...mapping.merge(result), series, names };
}

/**
 * Table of Météo-France daily climatological files (meteo.data.gouv.fr, `Q_<dep>_…` files):
 * `NUM_POSTE`, `NOM_USUEL`, `AAAAMMJJ`, `TN`, `TX` (°C, one decimal; `TM` when present).
 */
export function meteoFranceDailyTable(decimalSeparator: '.' | ',' = '.') {
  return defineTable({
    name: 'meteo-france-quotidien',
    columns: {
      station: z.string(),
      stationName: z.string().optional(),
      date: calendarDate('YYYYMMDD'),
      tn: decimal({ decimalSeparator }, z.number()).nullable().optional(),
      tx: decimal({ decimalSeparator }, z.number()).nullable().optional(),
      tm: decimal({ decimalSeparator }, z.number()).nullable().optional(),
    },
    aliases: {
      station: ['NUM_POSTE'],
      stationName: ['NOM_USUEL'],
      date: ['AAAAMMJJ'],
      tn: ['TN'],
      tx: ['TX'],
      tm: ['TM'],
    },
  });
}

/**
 * Loads a Météo-France daily file into TN/TX series per station. Days without TN or TX are left
 * out of the series and counted in an `incomplete_temperature` warning per station, so degree
 * days report them as gaps instead of filling them.
 *
 * @example
 * ```ts
 * const { series } = await loadMeteoFranceDaily('Q_86_latest-2024-2025_RR-T-Vent.csv');
 * degreeDays(series.get('86027001')!, { method: 'costic' });
 * ```
 */
export async function loadMeteoFranceDaily(
  source: Source,
  options: LoadOptions & { decimalSeparator?: '.' | ',' } = {},
): Promise<TemperatureLoad> {
  const result = await readTable(source, meteoFranceDailyTable(options.decimalSeparator), options);
  const mapping = new MappingIssues(result, options);
  const series = new Map<string, DailyTemperature[]>();
  const names = new Map<string, string>();
  /** Station → days without TN or TX, and the line of the first. */
  const incomplete = new Map<string, { count: number; line: number | undefined }>();
  for (let index = 0; index < result.rows.length; index++) {
    const row = result.rows[index]!;
    const line = result.lines[index];
    let list = series.get(row.station);
    if (!list) {
      list = [];
      series.set(row.station, list);
      if (row.stationName) names.set(row.station, row.stationName);
    }
    if (typeof row.tn !== 'number' || typeof row.tx !== 'number') {
      const gaps = incomplete.get(row.station);
      if (gaps) gaps.count++;
      else incomplete.set(row.station, { count: 1, line });
      continue;
    }
    list.push({
      date: row.date,
      tn: row.tn,
      tx: row.tx,
      ...(typeof row.tm === 'number' ? { tmean: row.tm } : {}),
    });
  }
  for (const [station, { count, line }] of incomplete) {
    mapping.add({
      code: 'incomplete_temperature',
      severity: 'warning',
      line,
      field: 'tn',
      message: `Station ${station}: ${count} day(s) without TN or TX (the first at this line), left as gaps`,
      raw: station,
    });
  }
  for (const list of series.values())
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...mapping.merge(result), series, names };
}
