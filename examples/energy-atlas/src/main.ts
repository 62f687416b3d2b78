import type { LoadOptions, LoadReport } from '@datacites/core';
import {
  type ConsumptionRecord,
  type Eco2mixLoad,
  type LinkyCsvLoad,
  loadCurveIndicators,
  loadEco2mix,
  loadLinkyCsv,
  loadOdreAnnualConsumption,
  loadOdreTemperatures,
  loadOreConsumption,
} from '@datacites/energy';
import { acceptFiles } from '@datacites/example-shared/drop-zone';
import { fetchFile } from '@datacites/example-shared/fetch-progress';
import { applyPageTexts } from '@datacites/example-shared/i18n';
import { renderIssues } from '@datacites/example-shared/issues-view';
import { statusLine } from '@datacites/example-shared/status-view';
import { createMap, type DataMap, territoryChoroplethLayer } from '@datacites/map';
import type { FeatureCollection } from 'geojson';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import {
  carbonChart,
  degreeDayChart,
  trendChart,
  typicalDayChart,
  typicalWeekChart,
} from './charts.js';
import {
  type ConsumptionChoice,
  consumptionByDepartement,
  sharedBreaks,
  yearsOf,
} from './consumption.js';
import { messagesOf, pageLanguage, type SectorChoice } from './i18n.js';
import { MAP_ATTRIBUTION, renderSources } from './sources.js';
import { weatherTrend } from './weather-trend.js';

const language = pageLanguage();
const text = messagesOf(language);
const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

applyPageTexts(language, text);
renderSources($('#sources ul'));

/** Fetches a bundled file with a progress line, then reads it with its loader. */
async function loadBundled<T extends LoadReport>(
  path: string,
  loader: (file: File, options: LoadOptions) => Promise<T>,
): Promise<T> {
  const line = statusLine($('#status'), path.replace('data/', ''));
  try {
    const file = await fetchFile(path, ({ loaded, total }) =>
      line.downloading(total ? loaded / total : undefined),
    );
    const result = await loader(file, { onProgress: (p) => line.reading(p) });
    line.done(text.rows(result.account.rowsKept));
    return result;
  } catch (error) {
    line.failed(String(error));
    throw error;
  }
}

// ── Map: consumption by département ────────────────────────────────────────────────────────────
const boundariesPromise = fetch(new URL('data/departements.geojson', document.baseURI)).then(
  (r) => r.json() as Promise<FeatureCollection>,
);
let records: ConsumptionRecord[] = [];
let dataMap: DataMap | undefined;
const carrierSelect = $<HTMLSelectElement>('#carrier');
const sectorSelect = $<HTMLSelectElement>('#sector');
const yearSelect = $<HTMLSelectElement>('#year');
for (const [value, label] of Object.entries(text.carriers))
  carrierSelect.add(new Option(label, value));
for (const [value, label] of Object.entries(text.sectors))
  sectorSelect.add(new Option(label, value));

function currentChoice(): ConsumptionChoice {
  return {
    carrier: carrierSelect.value as ConsumptionChoice['carrier'],
    sector: sectorSelect.value as SectorChoice,
    year: Number(yearSelect.value),
  };
}

function showConsumption(boundaries: FeatureCollection): void {
  const choice = currentChoice();
  const years = yearsOf(records);
  const breaks = sharedBreaks(
    years.map((year) =>
      consumptionByDepartement(records, { ...choice, year }).values.map((v) => v.value ?? NaN),
    ),
  );
  const { values } = consumptionByDepartement(records, choice);
  const layer = territoryChoroplethLayer(values, {
    id: 'consumption',
    title: text.layerTitle(text.carriers[choice.carrier], text.sectors[choice.sector], choice.year),
    boundaries,
    ramp: choice.carrier === 'gaz' ? 'PuBu' : 'YlOrRd',
    opacity: 1,
    attribution: MAP_ATTRIBUTION,
    ...(breaks.length > 1 ? { breaks } : {}),
  });
  const key = `${choice.carrier}-${choice.sector}-${choice.year}`;
  document.body.removeAttribute('data-view');
  Object.assign(window, { energyAtlas: { dataMap, breaks, values, choice } });
  const markDrawn = () =>
    dataMap?.map.once('idle', () => document.body.setAttribute('data-view', key));
  if (!dataMap) {
    dataMap = createMap($('#map'), {
      land: boundaries,
      landAttribution: 'IGN – ADMIN EXPRESS (Licence Ouverte)',
      bounds: [-5.2, 41.3, 9.6, 51.2],
      language,
      workerUrl,
      layers: [layer],
      controls: { layerSwitcher: false, timeSlider: false },
      mapOptions: { canvasContextAttributes: { preserveDrawingBuffer: true }, fadeDuration: 0 },
    });
    Object.assign(window, { energyAtlas: { dataMap, breaks, values, choice } });
    void dataMap.ready.then(markDrawn);
  } else {
    dataMap.removeLayer('consumption');
    dataMap.addLayer(layer);
    markDrawn();
  }
}

function setRecords(next: ConsumptionRecord[], boundaries: FeatureCollection): void {
  records = next.filter((r) => r.territoryLevel === 'departement');
  const years = yearsOf(records);
  yearSelect.replaceChildren(...years.map((y) => new Option(String(y), String(y))));
  yearSelect.value = String(years[years.length - 1]);
  showConsumption(boundaries);
}

const mapReady = Promise.all([
  boundariesPromise,
  loadBundled('data/ore-conso-departement-2015-2019.csv', loadOreConsumption),
]).then(([boundaries, ore]) => {
  setRecords(ore.records, boundaries);
  for (const select of [carrierSelect, sectorSelect, yearSelect])
    select.addEventListener('change', () => showConsumption(boundaries));
  return boundaries;
});

// ── Weather-normalised regional trend ─────────────────────────────────────────────────────────
const trendReady = Promise.all([
  loadBundled('data/odre-consommation-annuelle-centre-val-de-loire.csv', loadOdreAnnualConsumption),
  loadBundled('data/odre-temperature-centre-val-de-loire.csv', loadOdreTemperatures),
]).then(([annual, temperatures]) => {
  const gas = annual.records.filter((r) => r.carrier === 'gaz' && r.territoryCode === '24');
  const trend = weatherTrend(gas, temperatures.series.get('24') ?? []);
  const container = $('#trend-chart');
  container.replaceChildren(
    trendChart(trend, text, language, container),
    degreeDayChart(trend, text, language, container),
  );
  const notes = [text.trendNote(trend.reference, trend.referenceFrom, trend.referenceTo)];
  for (const y of trend.years)
    if (y.missingDays > 0) notes.push(`${y.year} : ${text.missingDays(y.missingDays)}`);
  $('#trend-note').textContent = notes.join(' ');
});

// ── Linky load curve ──────────────────────────────────────────────────────────────────────────
function showLoadCurve(load: LinkyCsvLoad): void {
  const indicators = loadCurveIndicators(load.series);
  const day = $('#typical-day');
  const week = $('#typical-week');
  day.replaceChildren(typicalDayChart(indicators.typicalDay, language, day));
  week.replaceChildren(typicalWeekChart(indicators.typicalWeek, text, language, week));
  $('#base-load').textContent = text.baseLoad(
    indicators.baseLoad.percentile,
    indicators.meanPower,
    indicators.peak.value,
    indicators.energy / 1000,
  );
}
const curveReady = loadBundled('data/linky-courbe-de-charge-30min.csv', loadLinkyCsv).then(
  showLoadCurve,
);

// ── Carbon intensity ──────────────────────────────────────────────────────────────────────────
function showCarbon(mix: Eco2mixLoad): void {
  const rates = mix.columns.co2Rate;
  const finite = Array.from(rates).filter(Number.isFinite);
  const container = $('#carbon-chart');
  container.replaceChildren(carbonChart(mix.timestamps, rates, language, container));
  const mean = finite.reduce((a, b) => a + b, 0) / Math.max(1, finite.length);
  $('#carbon-note').textContent = text.carbonNote(mean, Math.min(...finite), Math.max(...finite));
}
const carbonReady = loadBundled('data/eco2mix-france-2025-03-24_2025-04-06.xls', loadEco2mix).then(
  showCarbon,
);

// ── The user's own file ───────────────────────────────────────────────────────────────────────
type FileKind = 'ore' | 'linky' | 'eco2mix' | undefined;
async function kindOf(file: File): Promise<FileKind> {
  const head = new TextDecoder('windows-1252').decode(await file.slice(0, 4096).arrayBuffer());
  if (/Identifiant PRM|Horodate/i.test(head)) return 'linky';
  if (/Taux de Co2|^P.rim.tre\t/im.test(head)) return 'eco2mix';
  if (/conso|Consommation/i.test(head)) return 'ore';
  return undefined;
}

acceptFiles($('#drop'), $<HTMLInputElement>('#file'), async (file) => {
  const issues = $('#issues');
  const line = statusLine($('#status'), file.name);
  const kind = await kindOf(file);
  const options: LoadOptions = { onProgress: (p) => line.reading(p) };
  let report: LoadReport;
  if (kind === 'linky') {
    const load = await loadLinkyCsv(file, options);
    if (load.series.values.length > 0) showLoadCurve(load);
    report = load;
  } else if (kind === 'eco2mix') {
    const load = await loadEco2mix(file, options);
    if (load.timestamps.length > 0) showCarbon(load);
    report = load;
  } else if (kind === 'ore') {
    const load = await loadOreConsumption(file, options);
    if (load.records.some((r) => r.territoryLevel === 'departement'))
      setRecords(load.records, await mapReady);
    report = load;
  } else {
    line.failed(text.unknownFile);
    issues.textContent = text.unknownFile;
    return;
  }
  line.done(text.rows(report.account.rowsKept));
  renderIssues(issues, file.name, report, text);
  document.body.dataset.dropped = file.name;
});

Promise.all([mapReady, trendReady, curveReady, carbonReady]).then(
  () => document.body.setAttribute('data-loaded', 'true'),
  (error) => console.error(error),
);
