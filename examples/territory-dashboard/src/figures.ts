import { ATMO_LEVELS, type AtmoIndexRecord, loadAtmoIndexCsv } from '@datacites/air';
import {
  type ConsumptionRecord,
  type DailyTemperature,
  degreeDays,
  loadOdreAnnualConsumption,
  loadOdreTemperatures,
} from '@datacites/energy';
import { chartFormats } from '@datacites/example-shared/chart-format';
import { fetchFile } from '@datacites/example-shared/fetch-progress';
import * as Plot from '@observablehq/plot';
import { type DataSource, SOURCES } from './sources.js';

/** Code INSEE of the territory shown. */
export const REGION_CODE = '24';

/** One year of the climate panel: heating degree days and mean temperature. */
export interface ClimateYear {
  readonly year: number;
  readonly degreeDays: number;
  readonly meanTemperature: number;
  /** Days of the year without temperature in the source (then the year is left out). */
  readonly missingDays: number;
}

/**
 * Heating degree days (base 18 °C, Météo-France method) and mean daily temperature of each
 * complete year of a daily series; incomplete years are left out rather than under-counted.
 *
 * @example
 * ```ts
 * climateYears(series.get('24')!); // [{ year: 2016, degreeDays: 2526.3, … }, …]
 * ```
 */
export function climateYears(series: readonly DailyTemperature[]): ClimateYear[] {
  const years = [...new Set(series.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => a - b);
  const out: ClimateYear[] = [];
  for (const year of years) {
    const days = series.filter((d) => d.date.startsWith(`${year}-`));
    const result = degreeDays(series, { from: `${year}-01-01`, to: `${year}-12-31` });
    const missingDays = result.expectedDays - result.daily.length;
    if (missingDays > 0) continue;
    const meanTemperature = days.reduce((s, d) => s + (d.tn + d.tx) / 2, 0) / days.length;
    out.push({ year, degreeDays: result.total, meanTemperature, missingDays });
  }
  return out;
}

const width = (el: HTMLElement) => Math.max(260, Math.min(520, el.clientWidth));

// The dashboard is written in French (<html lang="fr">, its key figures and source lines; English
// appears only beside the headings), so its charts write numbers the French way too.
const format = chartFormats('fr');

function sourceLine(source: DataSource | undefined): HTMLElement {
  const p = document.createElement('p');
  p.className = 'figure-source';
  if (!source) return p;
  const link = document.createElement('a');
  link.href = source.url;
  link.textContent = source.source;
  p.append('Source : ', link, ` — ${source.licence}`);
  return p;
}

function energyFigure(panel: HTMLElement, records: ConsumptionRecord[]): void {
  const data = records
    .filter((r) => r.territoryCode === REGION_CODE && r.value !== null)
    .map((r) => ({
      year: r.year,
      gwh: r.value as number,
      carrier: r.carrier === 'gaz' ? 'Gaz (GWh PCS)' : 'Électricité (GWh)',
    }))
    .sort((a, b) => a.year - b.year);
  const latest = Math.max(...data.map((d) => d.year));
  const total = data.filter((d) => d.year === latest).reduce((s, d) => s + d.gwh, 0);
  const key = document.createElement('p');
  key.className = 'key-figure';
  key.dataset.figure = 'energy';
  key.textContent = `${Math.round(total).toLocaleString('fr')} GWh consommés en ${latest} (électricité + gaz)`;
  const chart = Plot.plot({
    width: width(panel),
    height: 200,
    marginLeft: 52,
    x: { label: null, tickFormat: 'd' },
    y: { label: 'GWh', grid: true, zero: true, tickFormat: format.quantity },
    color: { legend: true, range: ['#1d3557', '#e76f51'] },
    marks: [
      Plot.lineY(data, { x: 'year', y: 'gwh', stroke: 'carrier', strokeWidth: 2 }),
      Plot.dot(data, {
        x: 'year',
        y: 'gwh',
        fill: 'carrier',
        tip: { format: { x: 'd', y: format.quantity } },
      }),
    ],
  });
  panel.append(key, chart, sourceLine(SOURCES.find((s) => s.id === 'odre-consommation')));
}

function climateFigure(panel: HTMLElement, years: ClimateYear[]): void {
  const key = document.createElement('p');
  key.className = 'key-figure';
  key.dataset.figure = 'climate';
  const first = years[0];
  const last = years[years.length - 1];
  key.textContent =
    first && last
      ? `${Math.round(last.degreeDays).toLocaleString('fr')} degrés-jours de chauffage en ${last.year} (${Math.round(first.degreeDays).toLocaleString('fr')} en ${first.year})`
      : '';
  const chart = Plot.plot({
    width: width(panel),
    height: 200,
    marginLeft: 52,
    x: { label: null, tickFormat: 'd', type: 'band' },
    y: { label: 'DJU (base 18 °C)', grid: true, tickFormat: format.quantity },
    marks: [
      Plot.barY(years, {
        x: 'year',
        y: 'degreeDays',
        fill: '#6baed6',
        tip: { format: { x: 'd', y: format.quantity } },
      }),
    ],
  });
  panel.append(key, chart, sourceLine(SOURCES.find((s) => s.id === 'odre-temperature')));
}

function airFigure(panel: HTMLElement, records: AtmoIndexRecord[]): void {
  const counts = ATMO_LEVELS.map((level) => ({
    label: level.label,
    color: level.color,
    communes: records.filter((r) => r.level === level.level).length,
  })).filter((c) => c.communes > 0);
  const date = records[0]?.date ?? '';
  const key = document.createElement('p');
  key.className = 'key-figure';
  key.dataset.figure = 'air';
  key.textContent = `Indice ATMO du ${date} : ${counts.map((c) => `${c.communes} communes « ${c.label} »`).join(', ')}`;
  const chart = Plot.plot({
    width: width(panel),
    height: 120,
    marginLeft: 60,
    x: { label: 'communes', grid: true, tickFormat: format.quantity },
    y: { label: null },
    marks: [
      Plot.barX(counts, { x: 'communes', y: 'label', fill: (d: { color: string }) => d.color }),
    ],
  });
  panel.append(key, chart, sourceLine(SOURCES.find((s) => s.id === 'ligair-atmo')));
}

/**
 * Loads the energy, climate and air files of the territory and fills the three figure panels.
 * Each panel shows a key figure, a chart and the source and licence of its data.
 *
 * @example
 * ```ts
 * await renderFigures({ energy, climate, air });
 * ```
 */
export async function renderFigures(panels: {
  energy: HTMLElement;
  climate: HTMLElement;
  air: HTMLElement;
}): Promise<void> {
  const [annual, temperatures, atmo] = await Promise.all([
    fetchFile('data/odre-consommation-annuelle-centre-val-de-loire.csv').then((f) =>
      loadOdreAnnualConsumption(f),
    ),
    fetchFile('data/odre-temperature-centre-val-de-loire.csv').then((f) => loadOdreTemperatures(f)),
    fetchFile('data/ligair-indice-atmo-communes-2022-11-09.csv').then((f) => loadAtmoIndexCsv(f)),
  ]);
  energyFigure(panels.energy, annual.records);
  climateFigure(panels.climate, climateYears(temperatures.series.get(REGION_CODE) ?? []));
  airFigure(panels.air, atmo.records);
}
