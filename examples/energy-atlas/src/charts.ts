import type { TypicalProfile } from '@datacites/energy';
import { chartFormats } from '@datacites/example-shared/chart-format';
import * as Plot from '@observablehq/plot';
import type { Language, Messages } from './i18n.js';
import type { WeatherTrend } from './weather-trend.js';

const widthOf = (container: HTMLElement) => Math.max(280, Math.min(640, container.clientWidth));

/**
 * Raw and weather-normalised annual consumption (GWh) as two lines, numbers written the
 * `language` way (years stay plain: `2021`).
 *
 * @example
 * ```ts
 * container.replaceChildren(trendChart(trend, messages, 'fr', container));
 * ```
 */
export function trendChart(
  trend: WeatherTrend,
  text: Messages,
  language: Language,
  container: HTMLElement,
) {
  const format = chartFormats(language);
  const data = trend.years.flatMap((y) => [
    { year: y.year, gwh: y.raw, series: text.raw },
    { year: y.year, gwh: y.normalised, series: text.normalised },
  ]);
  return Plot.plot({
    width: widthOf(container),
    height: 240,
    marginLeft: 56,
    x: { label: null, tickFormat: 'd' },
    y: { label: 'GWh', grid: true, zero: false, tickFormat: format.quantity },
    color: { legend: true, domain: [text.raw, text.normalised], range: ['#9aa5b1', '#d7301f'] },
    marks: [
      Plot.line(data, { x: 'year', y: 'gwh', stroke: 'series', strokeWidth: 2 }),
      Plot.dot(data, {
        x: 'year',
        y: 'gwh',
        fill: 'series',
        tip: { format: { x: 'd', y: format.quantity } },
      }),
    ],
  });
}

/** Heating degree days per year as bars, numbers written the `language` way. */
export function degreeDayChart(
  trend: WeatherTrend,
  text: Messages,
  language: Language,
  container: HTMLElement,
) {
  const format = chartFormats(language);
  return Plot.plot({
    width: widthOf(container),
    height: 140,
    marginLeft: 56,
    x: { label: null, tickFormat: 'd', type: 'band' },
    y: { label: text.degreeDays, grid: true, tickFormat: format.quantity },
    marks: [
      Plot.barY(trend.years, {
        x: 'year',
        y: 'degreeDays',
        fill: (d: { missingDays: number }) => (d.missingDays > 0 ? '#c6dbef' : '#6baed6'),
        tip: { format: { x: 'd', y: format.quantity } },
      }),
      Plot.ruleY([trend.reference], { stroke: '#08519c', strokeDasharray: '4 3' }),
    ],
  });
}

/** A typical day: mean power per half-hour slot, numbers written the `language` way. */
export function typicalDayChart(
  profile: TypicalProfile,
  language: Language,
  container: HTMLElement,
) {
  const format = chartFormats(language);
  const data = profile.slotStartMinutes.map((start, i) => ({
    hour: start / 60,
    watts: profile.meanPower[i] ?? Number.NaN,
  }));
  return Plot.plot({
    width: widthOf(container),
    height: 200,
    marginLeft: 48,
    x: { label: 'h', domain: [0, 24], ticks: 8, tickFormat: format.quantity },
    y: { label: 'W', grid: true, tickFormat: format.quantity },
    marks: [
      Plot.areaY(data, { x: 'hour', y: 'watts', fill: '#fdae6b', curve: 'step-after' }),
      Plot.lineY(data, { x: 'hour', y: 'watts', stroke: '#e6550d', curve: 'step-after' }),
    ],
  });
}

/** A typical week: mean power per weekday and slot, Monday first, numbers written the `language` way. */
export function typicalWeekChart(
  profile: TypicalProfile,
  text: Messages,
  language: Language,
  container: HTMLElement,
) {
  const format = chartFormats(language);
  const slots = profile.slotStartMinutes.length;
  const data = profile.meanPower.map((watts, i) => ({
    t: Math.floor(i / slots) * 24 + (profile.slotStartMinutes[i % slots] ?? 0) / 60,
    watts,
  }));
  return Plot.plot({
    width: widthOf(container),
    height: 200,
    marginLeft: 48,
    x: {
      label: null,
      domain: [0, 168],
      ticks: [0, 24, 48, 72, 96, 120, 144].map((h) => h + 12),
      tickFormat: (h: number) => text.weekdays[Math.floor(h / 24)] ?? '',
    },
    y: { label: 'W', grid: true, tickFormat: format.quantity },
    marks: [
      Plot.ruleX([24, 48, 72, 96, 120, 144], { stroke: '#ddd' }),
      Plot.lineY(data, { x: 't', y: 'watts', stroke: '#e6550d' }),
    ],
  });
}

/** Carbon intensity (g CO₂/kWh) over time, dates and numbers written the `language` way. */
export function carbonChart(
  timestamps: ArrayLike<number>,
  rates: ArrayLike<number>,
  language: Language,
  container: HTMLElement,
) {
  const format = chartFormats(language);
  const data = Array.from({ length: timestamps.length }, (_, i) => ({
    time: new Date(timestamps[i] as number),
    rate: rates[i] as number,
  })).filter((d) => Number.isFinite(d.rate));
  return Plot.plot({
    width: widthOf(container),
    height: 200,
    marginLeft: 48,
    x: { label: null, type: 'utc', tickFormat: format.instant },
    y: { label: 'g CO₂/kWh', grid: true, zero: true, tickFormat: format.quantity },
    marks: [
      Plot.areaY(data, { x: 'time', y: 'rate', fill: '#a1d99b' }),
      Plot.lineY(data, { x: 'time', y: 'rate', stroke: '#238b45' }),
    ],
  });
}
