import { ATMO_LEVELS, type AtmoIndexRecord } from '@datacites/air';
import { chartFormats } from '@datacites/example-shared/chart-format';
import type { Language } from '@datacites/example-shared/i18n';
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
 * the sub-index; numbers written the `language` way.
 *
 * @example
 * ```ts
 * container.replaceChildren(communeConcentrationChart(records, 'fr', container));
 * ```
 */
export function communeConcentrationChart(
  records: readonly AtmoIndexRecord[],
  language: Language,
  container: HTMLElement,
) {
  const format = chartFormats(language);
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
    x: { label: 'µg/m³', grid: true, tickFormat: format.quantity },
    y: { label: null },
    color: { type: 'ordinal', domain: ATMO_CODES, range: ATMO_COLORS },
    marks: [
      Plot.dot(data, {
        x: 'value',
        y: 'pollutant',
        fill: 'level',
        stroke: '#33333388',
        r: 4,
        tip: { format: { x: format.quantity } },
        channels: { commune: 'commune' },
      }),
    ],
  });
}

/**
 * Each station's latest value per pollutant, coloured by its EAQI level colour; numbers written
 * the `language` way.
 */
export function stationValueChart(
  values: readonly StationValue[],
  levelColors: readonly string[],
  language: Language,
  container: HTMLElement,
) {
  const format = chartFormats(language);
  return Plot.plot({
    width: widthOf(container),
    height: 200,
    marginLeft: 56,
    x: { label: 'µg/m³', grid: true, tickFormat: format.quantity },
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
          tip: { format: { x: format.quantity } },
          channels: { station: 'station' },
        },
      ),
    ],
  });
}

/** Hourly PM2.5 and PM10 means of a citizen sensor; hours and numbers written the `language` way. */
export function sensorChart(
  hours: readonly SensorHour[],
  language: Language,
  container: HTMLElement,
) {
  const format = chartFormats(language);
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
    x: { label: null, type: 'utc', tickFormat: format.instant },
    y: { label: 'µg/m³', grid: true, zero: true, tickFormat: format.quantity },
    color: { legend: true, domain: ['PM2.5', 'PM10'], range: ['#e63946', '#457b9d'] },
    marks: [
      Plot.lineY(data, {
        x: 'time',
        y: 'value',
        stroke: 'pollutant',
        strokeWidth: 2,
        tip: { format: { y: format.quantity } },
      }),
    ],
  });
}
