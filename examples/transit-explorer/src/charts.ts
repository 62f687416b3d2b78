import { chartFormats } from '@datacites/example-shared/chart-format';
import type { Language } from '@datacites/example-shared/i18n';
import type { IntensityBin } from '@datacites/gtfs';
import * as Plot from '@observablehq/plot';

const widthOf = (container: HTMLElement) => Math.max(280, Math.min(640, container.clientWidth));

/**
 * Boarding departures per hour of the service day (hours past 24 for trips after midnight),
 * numbers written the `language` way.
 *
 * @example
 * ```ts
 * container.replaceChildren(departuresPerHourChart(day.hours, 'fr', container));
 * ```
 */
export function departuresPerHourChart(
  hours: readonly IntensityBin[],
  language: Language,
  container: HTMLElement,
) {
  const format = chartFormats(language);
  const data = hours.map((bin) => ({ hour: bin.start / 3600, departures: bin.departures }));
  return Plot.plot({
    width: widthOf(container),
    height: 200,
    marginLeft: 44,
    x: { label: 'h', type: 'band', tickFormat: (h: number) => (h % 3 === 0 ? String(h) : '') },
    y: { label: null, grid: true, tickFormat: format.quantity },
    marks: [
      Plot.barY(data, {
        x: 'hour',
        y: 'departures',
        fill: '#457b9d',
        tip: { format: { y: format.quantity } },
      }),
    ],
  });
}

/**
 * Departure times at one stop as ticks along the day, the headway window shaded; hours written
 * the `language` way.
 */
export function stopDeparturesChart(
  times: readonly number[],
  language: Language,
  container: HTMLElement,
) {
  const format = chartFormats(language);
  const data = times.map((t) => ({ hour: t / 3600 }));
  return Plot.plot({
    width: widthOf(container),
    height: 70,
    x: {
      label: 'h',
      domain: [0, Math.max(24, ...data.map((d) => Math.ceil(d.hour)))],
      tickFormat: format.quantity,
    },
    marks: [
      Plot.rectX([{ from: 7, to: 19 }], { x1: 'from', x2: 'to', fill: '#f1faee' }),
      Plot.tickX(data, { x: 'hour', stroke: '#e63946', strokeWidth: 1.5 }),
    ],
  });
}
