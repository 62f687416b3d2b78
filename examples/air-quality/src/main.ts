import {
  type AirData,
  ATMO_LEVELS,
  type AtmoIndexData,
  EAQI_LEVELS,
  loadAtmoIndexCsv,
  loadOpenAqLatestCsv,
  loadSensorCommunityCsv,
} from '@datacites/air';
import { acceptFiles } from '@datacites/example-shared/drop-zone';
import { fetchFile } from '@datacites/example-shared/fetch-progress';
import { applyPageTexts } from '@datacites/example-shared/i18n';
import { type IssueSummary, renderIssues } from '@datacites/example-shared/issues-view';
import { statusLine } from '@datacites/example-shared/status-view';
import { airStationsLayer, choroplethLayer, createMap, type DataMap } from '@datacites/map';
import type { FeatureCollection } from 'geojson';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { communeConcentrationChart, sensorChart, stationValueChart } from './charts.js';
import { type IndexChoice, messagesOf, pageLanguage } from './i18n.js';
import { sensorHours } from './sensor.js';
import { MAP_ATTRIBUTION, renderSources } from './sources.js';
import { stationLevels } from './stations.js';

const language = pageLanguage();
const text = messagesOf(language);
const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

applyPageTexts(language, text);
renderSources($('#sources ul'));

async function loadBundled<T extends { account: { rowsKept: number } }>(
  path: string,
  loader: (file: File) => Promise<T>,
): Promise<T> {
  const line = statusLine($('#status'), path.replace('data/', ''));
  const file = await fetchFile(path, ({ loaded, total }) =>
    line.downloading(total ? loaded / total : undefined),
  );
  const result = await loader(file);
  line.done(text.rows(result.account.rowsKept));
  return result;
}

const choiceSelect = $<HTMLSelectElement>('#index-choice');
for (const [value, label] of Object.entries(text.choices))
  choiceSelect.add(new Option(label, value));

let atmo: AtmoIndexData | undefined;
let stations: AirData | undefined;
let dataMap: DataMap | undefined;

// ATMO levels 1–6 as manual classes [1,2) [2,3) … [6,7], in the colours of the arrêté's notice.
const ATMO_BREAKS = [1, 2, 3, 4, 5, 6, 7];
const ATMO_COLORS = ATMO_LEVELS.slice(0, 6).map((l) => l.color.toLowerCase());

function atmoLayer(communes: FeatureCollection, data: AtmoIndexData, choice: IndexChoice) {
  const byCode = new Map(data.records.map((r) => [r.zoneCode, r]));
  const features = communes.features.map((feature) => {
    const record = byCode.get(String(feature.properties?.code));
    const level = record
      ? choice === 'overall'
        ? record.level
        : record.subIndices[choice]
      : undefined;
    return {
      ...feature,
      properties: {
        ...feature.properties,
        level: level !== undefined && level >= 1 && level <= 6 ? level : null,
        label: record?.label ?? null,
      },
    };
  });
  const layer = choroplethLayer({
    id: 'atmo',
    title: text.atmoLayer(text.choices[choice], data.records[0]?.date ?? ''),
    data: { type: 'FeatureCollection', features },
    property: 'level',
    breaks: ATMO_BREAKS,
    colors: ATMO_COLORS,
    opacity: 1,
    nameProperty: 'nom',
    attribution: MAP_ATTRIBUTION,
  });
  // Name the classes by their ATMO level instead of the numeric range.
  const legend = layer.legend.map((item) => {
    const level = ATMO_LEVELS.find((l) => l.level === item.from);
    return level && !item.noData
      ? { ...item, label: { fr: level.label, en: level.labelEn } }
      : item;
  });
  return { ...layer, legend };
}

function stationsLayer(data: AirData) {
  const { stations: list, values, stale } = stationLevels(data);
  const chart = $('#stations-chart');
  chart.replaceChildren(
    stationValueChart(
      values,
      EAQI_LEVELS.map((l) => l.color),
      language,
      chart,
    ),
  );
  $('#stations-note').textContent = text.stationsNote(list.length, stale);
  return airStationsLayer(list, {
    id: 'stations',
    title: text.stationsLayer,
    index: 'eaqi',
    radius: 6,
  });
}

function redraw(communes: FeatureCollection, departements: FeatureCollection): void {
  if (!atmo) return;
  const choice = choiceSelect.value as IndexChoice;
  const layers = [
    atmoLayer(communes, atmo, choice),
    ...(stations ? [stationsLayer(stations)] : []),
  ];
  document.body.removeAttribute('data-view');
  const markDrawn = () =>
    dataMap?.map.once('idle', () => document.body.setAttribute('data-view', choice));
  if (!dataMap) {
    dataMap = createMap($('#map'), {
      land: departements,
      landAttribution: 'IGN – ADMIN EXPRESS (Licence Ouverte)',
      bounds: [0.05, 46.3, 3.13, 48.95],
      language,
      workerUrl,
      layers,
      controls: { timeSlider: false },
      mapOptions: { canvasContextAttributes: { preserveDrawingBuffer: true }, fadeDuration: 0 },
    });
    Object.assign(window, { airQuality: { dataMap } });
    void dataMap.ready.then(markDrawn);
  } else {
    for (const layer of layers) {
      dataMap.removeLayer(layer.id);
      dataMap.addLayer(layer);
    }
    markDrawn();
  }
  const first = atmo.records[0];
  $('#day-note').textContent = first
    ? text.dayNote(first.date, first.issued ?? '?', first.agency ?? '?')
    : '';
  const chart = $('#commune-chart');
  chart.replaceChildren(communeConcentrationChart(atmo.records, language, chart));
}

const json = (path: string) =>
  fetch(new URL(path, document.baseURI)).then((r) => r.json() as Promise<FeatureCollection>);

const ready = Promise.all([
  json('data/communes-indice-atmo.geojson'),
  json('data/departements-centre-val-de-loire.geojson'),
  loadBundled('data/ligair-indice-atmo-communes-2022-11-09.csv', (f) => loadAtmoIndexCsv(f)),
  loadBundled('data/openaq-latest-centre-val-de-loire-2023-02-27.csv', (f) =>
    loadOpenAqLatestCsv(f),
  ),
]).then(([communes, departements, atmoData, stationData]) => {
  atmo = atmoData;
  stations = stationData;
  redraw(communes, departements);
  choiceSelect.addEventListener('change', () => redraw(communes, departements));
  return { communes, departements };
});

// ── A citizen sensor, hour by hour, with the map's time slider ────────────────────────────────
let sensorMap: DataMap | undefined;
function showSensor(data: AirData): void {
  const { hours, points } = sensorHours(data);
  const chart = $('#sensor-chart');
  chart.replaceChildren(sensorChart(hours, language, chart));
  if (points.length === 0) return;
  const layer = airStationsLayer(points, {
    id: 'sensor',
    title: text.sensorLayer,
    index: 'eaqi',
    radius: 12,
    timeProperty: 'time',
    attribution: 'Sensor.Community (DbCL)',
  });
  const first = points[0] as { longitude: number; latitude: number };
  sensorMap?.destroy();
  sensorMap = createMap($('#sensor-map'), {
    // The sensor left of centre, clear of the legend panel on the right.
    center: [first.longitude + 0.045, first.latitude],
    zoom: 11,
    language,
    workerUrl,
    layers: [layer],
    controls: { layerSwitcher: false, dataTable: false },
    mapOptions: { canvasContextAttributes: { preserveDrawingBuffer: true }, fadeDuration: 0 },
  });
  Object.assign(window, { airSensor: { dataMap: sensorMap } });
  void sensorMap.ready.then(() =>
    sensorMap?.map.once('idle', () => document.body.setAttribute('data-sensor-ready', 'true')),
  );
}
const sensorReady = loadBundled('data/sensor-community-2018-11-06_sds011_sensor_5331.csv', (f) =>
  loadSensorCommunityCsv(f),
).then(showSensor);

acceptFiles($('#drop'), $<HTMLInputElement>('#file'), async (file) => {
  const { communes, departements } = await ready;
  const line = statusLine($('#status'), file.name);
  const head = await file.slice(0, 4096).text();
  let summary: IssueSummary;
  if (/code_qual/i.test(head)) {
    const data = await loadAtmoIndexCsv(file);
    if (data.records.length > 0) atmo = data;
    summary = data;
  } else if (/sensor_id/.test(head)) {
    const data = await loadSensorCommunityCsv(file);
    document.body.removeAttribute('data-sensor-ready');
    if (data.measurements.length > 0) showSensor(data);
    summary = data;
  } else if (/Coordinates/.test(head) && /Pollutant/.test(head)) {
    const data = await loadOpenAqLatestCsv(file);
    if (data.stations.length > 0) stations = data;
    summary = data;
  } else {
    line.failed(text.unknownFile);
    $('#issues').textContent = text.unknownFile;
    return;
  }
  line.done(text.rows(summary.account.rowsKept));
  redraw(communes, departements);
  renderIssues($('#issues'), file.name, summary, text);
  document.body.dataset.dropped = file.name;
});

Promise.all([ready, sensorReady]).then(
  () => document.body.setAttribute('data-loaded', 'true'),
  (error) => console.error(error),
);
