/**
 * RTE éCO2mix downloads: national or regional 15-minute consumption, forecasts, production by
 * source and CO2 rate, from the Latin-1 tab-separated text files RTE names `.xls`.
 * @packageDocumentation
 */

import {
  calendarDate,
  defineTable,
  type LoadOptions,
  readTable,
  type Source,
} from '@datacites/core';
import { z } from 'zod';
import { type EnergyLoadReport, MappingIssues } from './load-report.js';
import { LocalSequence } from './local-sequence.js';
import type { TimeSeries } from './model.js';

const mw = z.number().nullable().optional();

/** Power columns read from éCO2mix files (MW), and `co2Rate` (g CO2/kWh produced). */
export const ECO2MIX_FIELDS = {
  consumption: 'Consommation',
  forecastDayAhead: 'Prévision J-1',
  forecastSameDay: 'Prévision J',
  fuelOil: 'Fioul',
  coal: 'Charbon',
  gas: 'Gaz',
  nuclear: 'Nucléaire',
  wind: 'Eolien',
  solar: 'Solaire',
  hydro: 'Hydraulique',
  pumping: 'Pompage',
  bioenergy: 'Bioénergies',
  physicalExchanges: 'Ech. physiques',
  co2Rate: 'Taux de Co2',
} as const;

/** Names of the numeric columns of an {@link Eco2mixLoad}. */
export type Eco2mixField = keyof typeof ECO2MIX_FIELDS;

const FIELD_KEYS = Object.keys(ECO2MIX_FIELDS) as Eco2mixField[];

/** Table of éCO2mix files (national and regional, real-time, consolidated and definitive). */
export const Eco2mixTable = defineTable({
  name: 'eco2mix',
  columns: {
    perimeter: z.string().optional(),
    nature: z.string().optional(),
    date: calendarDate('YYYY-MM-DD'),
    time: z.string(),
    ...(Object.fromEntries(FIELD_KEYS.map((k) => [k, mw])) as Record<Eco2mixField, typeof mw>),
  },
  aliases: {
    perimeter: ['Périmètre'],
    nature: ['Nature'],
    date: ['Date'],
    time: ['Heures'],
    ...(Object.fromEntries(FIELD_KEYS.map((k) => [k, [ECO2MIX_FIELDS[k]]])) as Record<
      Eco2mixField,
      string[]
    >),
  },
});

/** Result of {@link loadEco2mix}. */
export interface Eco2mixLoad extends EnergyLoadReport {
  /** Quarter-hour starts, epoch ms UTC. */
  readonly timestamps: Float64Array;
  /** One array per column, aligned on `timestamps`; NaN where the file has no value. */
  readonly columns: Readonly<Record<Eco2mixField, Float64Array>>;
  /** `Périmètre` of the first row (`France`, a region). */
  readonly perimeter: string | undefined;
  /** `Nature` of the first row (`Données temps réel`, `Données définitives`…). */
  readonly nature: string | undefined;
  readonly stepMinutes: 15;
}

/**
 * Loads an éCO2mix file. The `.xls` download is Latin-1 tab-separated text with a trailing tab on
 * every data row and a disclaimer footer; the core loader handles those and reports them. Each
 * row is labelled by the local (Europe/Paris) **start** of its quarter-hour (days run 00:00 →
 * 23:45), so the series has `stamp: 'start'`. RTE prints 96 rows on every day: on the
 * spring-forward day the rows 02:00–02:45 name times that do not exist and are rejected with a
 * `nonexistent_local_time` error (their values repeat neighbouring slots); on the autumn day the
 * repeated hour appears once and is read as its first (summer-time) occurrence, with a warning.
 *
 * @example
 * ```ts
 * const mix = await loadEco2mix('eCO2mix_RTE_En-cours-TR.xls');
 * const consumption = eco2mixSeries(mix, 'consumption'); // MW, 15 min, stamp 'start'
 * ```
 */
export async function loadEco2mix(source: Source, options: LoadOptions = {}): Promise<Eco2mixLoad> {
  const result = await readTable(source, Eco2mixTable, {
    delimiter: '\t',
    encoding: 'windows-1252',
    ...options,
  });
  const mapping = new MappingIssues(result, options);
  const sequence = new LocalSequence('Europe/Paris');
  const timestamps: number[] = [];
  const values: Record<Eco2mixField, number[]> = Object.fromEntries(
    FIELD_KEYS.map((k) => [k, [] as number[]]),
  ) as unknown as Record<Eco2mixField, number[]>;
  /** Day → line of its first row in the repeated hour. */
  const ambiguousDays = new Map<string, number | undefined>();
  for (let index = 0; index < result.rows.length; index++) {
    const row = result.rows[index]!;
    const line = result.lines[index];
    const resolved = sequence.resolve(`${row.date} ${row.time}`);
    if (!resolved.ok) {
      mapping.reject({
        line,
        code: resolved.reason === 'nonexistent' ? 'nonexistent_local_time' : 'invalid_time',
        field: 'time',
        message:
          resolved.reason === 'nonexistent'
            ? `${row.date} ${row.time} does not exist in Europe/Paris (clocks jump from 02:00 to 03:00)`
            : `Time "${row.time}" is not HH:MM`,
        raw: `${row.date} ${row.time}`,
      });
      continue;
    }
    if (resolved.ambiguous && !ambiguousDays.has(row.date)) ambiguousDays.set(row.date, line);
    timestamps.push(resolved.utc);
    for (const k of FIELD_KEYS) {
      const v = row[k];
      values[k].push(typeof v === 'number' ? v : Number.NaN);
    }
  }
  for (const [day, line] of ambiguousDays) {
    mapping.add({
      code: 'ambiguous_local_time',
      severity: 'warning',
      line,
      field: 'time',
      message: `${day}: the repeated hour 02:00–02:59 is read as summer time (first occurrence)`,
      raw: day,
    });
  }
  const first = result.rows[0];
  return {
    ...mapping.merge(result),
    timestamps: Float64Array.from(timestamps),
    columns: Object.fromEntries(
      FIELD_KEYS.map((k) => [k, Float64Array.from(values[k])]),
    ) as unknown as Record<Eco2mixField, Float64Array>,
    perimeter: first?.perimeter,
    nature: first?.nature,
    stepMinutes: 15,
  };
}

/**
 * One column of an éCO2mix load as a {@link TimeSeries} (MW, or g/kWh for `co2Rate`), ready for
 * `loadCurveIndicators`. Rows without a value (future slots of real-time files) are NaN.
 *
 * @example
 * ```ts
 * loadCurveIndicators({ ...eco2mixSeries(mix, 'consumption'), unit: 'MW' }).peak;
 * ```
 */
export function eco2mixSeries(
  load: Eco2mixLoad,
  field: Exclude<Eco2mixField, 'co2Rate'>,
): TimeSeries & { unit: 'MW' } {
  return {
    timestamps: load.timestamps,
    values: load.columns[field],
    unit: 'MW',
    stepMinutes: 15,
    stamp: 'start',
    timeZone: 'Europe/Paris',
  };
}
