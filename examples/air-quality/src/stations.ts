import { type AirData, type EaqiPollutant, eaqiSubIndex } from '@datacites/air';
import type { AirStationLike } from '@datacites/map';

const EAQI_POLLUTANTS = new Set(['no2', 'o3', 'pm10', 'pm25', 'so2']);
const DAY_MS = 86_400_000;

/** A station's latest value of one pollutant and its EAQI level. */
export interface StationValue {
  readonly station: string;
  readonly pollutant: string;
  readonly value: number;
  readonly level: number;
}

/**
 * Each station's latest value per pollutant and the European index (EEA EAQI 2024 bands) of the
 * worst of them. Stations whose newest value is more than `staleDays` older than the newest of
 * the file get no level (null): an old value says nothing about today. The EAQI is defined on
 * hourly NO₂/O₃/SO₂ and 24-hour PM means; an hourly PM value gives an indicative level only.
 *
 * @example
 * ```ts
 * const { stations } = stationLevels(await loadOpenAqLatestCsv(file));
 * ```
 */
export function stationLevels(
  data: AirData,
  staleDays = 7,
): { stations: AirStationLike[]; values: StationValue[]; stale: number } {
  const latest = new Map<string, Map<string, { end: number; value: number }>>();
  let newest = Number.NEGATIVE_INFINITY;
  for (const m of data.measurements) {
    newest = Math.max(newest, m.end);
    const byPollutant = latest.get(m.stationId) ?? new Map();
    const previous = byPollutant.get(m.pollutant);
    if (!previous || m.end > previous.end)
      byPollutant.set(m.pollutant, { end: m.end, value: m.value });
    latest.set(m.stationId, byPollutant);
  }
  const values: StationValue[] = [];
  const stations: AirStationLike[] = [];
  let stale = 0;
  for (const station of data.stations) {
    if (station.latitude === undefined || station.longitude === undefined) continue;
    const byPollutant = latest.get(station.id) ?? new Map();
    const lastEnd = Math.max(...[...byPollutant.values()].map((v) => v.end));
    const fresh = newest - lastEnd <= staleDays * DAY_MS;
    if (!fresh) stale++;
    let level = 0;
    for (const [pollutant, { value }] of byPollutant) {
      if (!EAQI_POLLUTANTS.has(pollutant)) continue;
      const sub = eaqiSubIndex(pollutant as EaqiPollutant, value);
      if (sub && fresh) {
        level = Math.max(level, sub.level);
        values.push({ station: station.id, pollutant, value, level: sub.level });
      }
    }
    stations.push({
      id: station.id,
      name: station.name ?? station.id,
      latitude: station.latitude,
      longitude: station.longitude,
      level: fresh && level > 0 ? level : null,
    });
  }
  return { stations, values, stale };
}
