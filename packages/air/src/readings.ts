/**
 * Hourly means of raw readings (citizen sensors report every few minutes).
 * @packageDocumentation
 */
import type { Measurement } from './model.js';

const HOUR_MS = 3_600_000;

/** Options of {@link hourlyMeansOfReadings}. */
export interface HourlyMeansOptions {
  /** Minimum readings in an hour for a mean. Default 1. */
  readonly minReadings?: number;
}

/**
 * Averages raw readings (`averaging: 'raw'`) into hourly means per station, pollutant and clock
 * hour (UTC), keeping the first reading's unit and zone. Other measurements pass unchanged.
 * @example
 * const hourly = hourlyMeansOfReadings(sensorData.measurements, { minReadings: 18 });
 */
export function hourlyMeansOfReadings(
  measurements: readonly Measurement[],
  options: HourlyMeansOptions = {},
): Measurement[] {
  const minReadings = options.minReadings ?? 1;
  const out: Measurement[] = [];
  const groups = new Map<
    string,
    { first: Measurement; sum: number; count: number; hour: number }
  >();
  for (const m of measurements) {
    if (m.averaging !== 'raw') {
      out.push(m);
      continue;
    }
    const hour = Math.floor(m.start / HOUR_MS) * HOUR_MS;
    const key = `${m.stationId}|${m.pollutant}|${m.unit}|${hour}`;
    const g = groups.get(key);
    if (g) {
      g.sum += m.value;
      g.count++;
    } else groups.set(key, { first: m, sum: m.value, count: 1, hour });
  }
  for (const { first, sum, count, hour } of groups.values()) {
    if (count < minReadings) continue;
    out.push({ ...first, start: hour, end: hour + HOUR_MS, value: sum / count, averaging: 'hour' });
  }
  return out;
}
