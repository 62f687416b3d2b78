import { ATMO_LEVELS, type AtmoIndexRecord } from '@datacites/air';
import * as Plot from '@observablehq/plot';
import type { SensorHour } from './sensor.js';
import type { StationValue } from './stations.js';

const widthOf = (container: HTMLElement) => Math.max(280, Math.min(640, container.clientWidth));
const LABELS: Record<string, string> = {
  no2: 'NO₂',
  o3: 'O₃',
  pm10: 'PM10',
  pm25: 'PM2.5',
  so2: 'SO₂',
};
const ATMO_COLORS = ATMO_LEVELS.map((l) => l.color);
const ATMO_CODES = ATMO_LEVELS.map((l) => l.level);

/**
 * Concentrations published with the ATMO index, one dot per commune and pollutant, coloured by
 * the sub-index.
 *
 * @example
 * ```ts
 * container.replaceChildren(communeConcentrationChart(records, container));
 * ```
 */
export function communeConcentrationChart(
  records: readonly AtmoIndexRecord[],
  container: HTMLElement,
) {
  const data = records.flatMap((r) =>
    Object.entries(r.concentrations).map(([pollutant, value]) => ({
      pollutant: LABELS[pollutant] ?? pollutant,
      value,
      level: r.subIndices[pollutant as keyof typeof r.subIndices] ?? 0,
      commune: r.zoneName ?? r.zoneCode,
    })),
  );
  return Plot.plot({
    width: widthOf(container),
    height: 220,
    marginLeft: 56,
    x: { label: 'µg/m³', grid: true },
    y: { label: null },
    color: { type: 'ordinal', domain: ATMO_CODES, range: ATMO_COLORS },
    marks: [
      Plot.dot(data, {
        x: 'value',
        y: 'pollutant',
        fill: 'level',
        stroke: '#33333388',
        r: 4,
        tip: true,
        channels: { commune: 'commune' },
      }),
    ],
  });
}

/** Each station's latest value per pollutant, coloured by its EAQI level colour. */
export function stationValueChart(
  values: readonly StationValue[],
  levelColors: readonly string[],
  container: HTMLElement,
) {
  return Plot.plot({
    width: widthOf(container),
    height: 200,
    marginLeft: 56,
    x: { label: 'µg/m³', grid: true },
    y: { label: null },
    color: { type: 'ordinal', domain: levelColors.map((_, i) => i + 1), range: [...levelColors] },
    marks: [
      Plot.dot(
        values.map((v) => ({ ...v, pollutant: LABELS[v.pollutant] ?? v.pollutant })),
        {
          x: 'value',
          y: 'pollutant',
          fill: 'level',
          stroke: '#33333388',
          r: 4,
          tip: true,
          channels: { station: 'station' },
        },
      ),
    ],
  });
}

/** Hourly PM2.5 and PM10 means of a citizen sensor. */
export function sensorChart(hours: readonly SensorHour[], container: HTMLElement) {
  const data = hours
    .flatMap((h) => [
      { time: new Date(h.time), value: h.pm25, pollutant: 'PM2.5' },
      { time: new Date(h.time), value: h.pm10, pollutant: 'PM10' },
    ])
    .filter((d) => d.value !== null);
  return Plot.plot({
    width: widthOf(container),
    height: 200,
    marginLeft: 44,
    x: { label: null, type: 'utc' },
    y: { label: 'µg/m³', grid: true, zero: true },
    color: { legend: true, domain: ['PM2.5', 'PM10'], range: ['#e63946', '#457b9d'] },
    marks: [
      Plot.lineY(data, { x: 'time', y: 'value', stroke: 'pollutant', strokeWidth: 2, tip: true }),
    ],
  });
}
