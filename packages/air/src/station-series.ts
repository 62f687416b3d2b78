/**
 * Turns loaded measurements into hourly series per station and pollutant, in one unit.
 * @packageDocumentation
 */
import { type HourlySeries, hourlySeries } from './hourly-series.js';
import type { Measurement } from './model.js';
import type { Pollutant } from './pollutants.js';
import { convertConcentration, type REFERENCE_TEMPERATURE, type Unit } from './units.js';

/** Options of {@link hourlySeriesByStation}. */
export interface StationSeriesOptions {
  /** Unit of the series. Default µg/m³ (CO in mg/m³). */
  readonly unit?: (pollutant: Pollutant) => Unit;
  /** Reference temperature for ppb ↔ µg/m³: `eu` (293.15 K, default) or `us` (298.15 K). */
  readonly temperature?: keyof typeof REFERENCE_TEMPERATURE | number;
}

/** Hourly series of one station, by pollutant. */
export type StationSeries = Map<Pollutant, HourlySeries>;

/** The default unit: mg/m³ for CO, µg/m³ otherwise (as in EU limit values). */
export function euUnit(pollutant: Pollutant): Unit {
  return pollutant === 'co' ? 'mg/m3' : 'ug/m3';
}

/**
 * Groups hourly measurements (`averaging: 'hour'`) into one {@link HourlySeries} per station and
 * pollutant, converted to one unit. Measurements of other averaging periods are left out and
 * counted in `skipped`.
 * @example
 * const { series } = hourlySeriesByStation(data.measurements);
 * series.get('FR09015')?.get('no2'); // { start, values: Float64Array […] }
 */
export function hourlySeriesByStation(
  measurements: Iterable<Measurement>,
  options: StationSeriesOptions = {},
): { series: Map<string, StationSeries>; skipped: number } {
  const unitOf = options.unit ?? euUnit;
  const temperature = options.temperature ?? 'eu';
  const points = new Map<string, Map<Pollutant, { start: number; value: number }[]>>();
  let skipped = 0;
  for (const m of measurements) {
    if (m.averaging !== 'hour') {
      skipped++;
      continue;
    }
    let byPollutant = points.get(m.stationId);
    if (!byPollutant) {
      byPollutant = new Map();
      points.set(m.stationId, byPollutant);
    }
    let list = byPollutant.get(m.pollutant);
    if (!list) {
      list = [];
      byPollutant.set(m.pollutant, list);
    }
    const value =
      m.unit === unitOf(m.pollutant)
        ? m.value
        : convertConcentration(m.value, m.unit, unitOf(m.pollutant), m.pollutant, { temperature });
    list.push({ start: m.start, value });
  }
  const series = new Map<string, StationSeries>();
  for (const [station, byPollutant] of points) {
    const out: StationSeries = new Map();
    for (const [pollutant, list] of byPollutant) out.set(pollutant, hourlySeries(list));
    series.set(station, out);
  }
  return { series, skipped };
}
