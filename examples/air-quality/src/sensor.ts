import { type AirData, eaqiSubIndex, hourlyMeansOfReadings } from '@datacites/air';
import type { AirStationLike } from '@datacites/map';

/** One hour of a citizen sensor: mean PM2.5 and PM10 and the indicative EAQI level of PM2.5. */
export interface SensorHour {
  /** Start of the hour, ISO 8601 UTC (the archive's clock). */
  readonly time: string;
  readonly pm25: number | null;
  readonly pm10: number | null;
  /** EAQI (2024 bands) level of the hourly PM2.5 mean; the index proper uses 24-hour means. */
  readonly level: number | null;
}

/**
 * Hourly means of a Sensor.Community sensor's raw readings (`hourlyMeansOfReadings`), with the
 * EAQI level of each hour's PM2.5 — indicative: low-cost optical sensors read high in humid air,
 * and the EAQI is defined on 24-hour PM means.
 *
 * @example
 * ```ts
 * const { hours, points } = sensorHours(await loadSensorCommunityCsv(file));
 * ```
 */
export function sensorHours(data: AirData): { hours: SensorHour[]; points: AirStationLike[] } {
  const station = data.stations[0];
  const byHour = new Map<number, { pm25?: number; pm10?: number }>();
  for (const m of hourlyMeansOfReadings(data.measurements)) {
    if (m.pollutant !== 'pm25' && m.pollutant !== 'pm10') continue;
    const entry = byHour.get(m.start) ?? {};
    entry[m.pollutant] = m.value;
    byHour.set(m.start, entry);
  }
  const hours = [...byHour]
    .sort((a, b) => a[0] - b[0])
    .map(([start, v]) => ({
      time: new Date(start).toISOString(),
      pm25: v.pm25 ?? null,
      pm10: v.pm10 ?? null,
      level: v.pm25 === undefined ? null : (eaqiSubIndex('pm25', v.pm25)?.level ?? null),
    }));
  const points =
    station?.latitude === undefined || station.longitude === undefined
      ? []
      : hours.map((h) => ({
          id: station.id,
          name: station.name ?? station.id,
          latitude: station.latitude as number,
          longitude: station.longitude as number,
          level: h.level,
          time: h.time,
          pm25: h.pm25 === null ? null : Math.round(h.pm25 * 10) / 10,
        }));
  return { hours, points };
}
