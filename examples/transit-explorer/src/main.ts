import { acceptFiles } from '@datacites/example-shared/drop-zone';
import { fetchFile } from '@datacites/example-shared/fetch-progress';
import { applyPageTexts } from '@datacites/example-shared/i18n';
import { renderIssues } from '@datacites/example-shared/issues-view';
import { type StatusLine, statusLine } from '@datacites/example-shared/status-view';
import {
  callsBetween,
  type GtfsFeed,
  loadGtfs,
  routesToGeoJSON,
  serviceDates,
} from '@datacites/gtfs';
import {
  createMap,
  type DataLayer,
  type DataMap,
  lineLayer,
  type MapSelection,
  pointLayer,
} from '@datacites/map';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { catchmentWorker } from './catchment-client.js';
import { CATCHMENT_LAYER, catchmentLayer, placeBeneath } from './catchment-layer.js';
import { departuresPerHourChart, stopDeparturesChart } from './charts.js';
import { messagesOf, pageLanguage } from './i18n.js';
import { clock, type ServiceDay, serviceDay, stopsBounds } from './service.js';
import { FEEDS, renderSources } from './sources.js';

const language = pageLanguage();
const text = messagesOf(language);
const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

applyPageTexts(language, text);
renderSources($('#sources ul'));

const feedSelect = $<HTMLSelectElement>('#feed');
const dateInput = $<HTMLInputElement>('#date');
const frequentSelect = $<HTMLSelectElement>('#frequent');
for (const feed of FEEDS) feedSelect.add(new Option(feed.name, feed.file));
for (const minutes of [10, 15, 20, 30])
  frequentSelect.add(new Option(`${minutes} min`, String(minutes)));
frequentSelect.value = '30';

let feed: GtfsFeed | undefined;
let day: ServiceDay | undefined;
let dataMap: DataMap | undefined;
/** Departures of the busiest date's busiest stop: the largest circle, whatever the date shown. */
let maxDepartures = 1;
/** Radius of the area around frequent stops, metres. */
const CATCHMENT_RADIUS = 400;
/** Computes that area off the main thread. */
const areas = catchmentWorker();
/** Number of the latest area asked for: an answer to an earlier one is not shown. */
let catchmentRequest = 0;
/** The area's status line (computing, or what went wrong), taken off by the next request. */
let catchmentLine: StatusLine | undefined;

/** Routes and stops: the layers drawn at once (the area around frequent stops comes later). */
function layersOf(current: GtfsFeed, service: ServiceDay): DataLayer[] {
  const routes = routesToGeoJSON(current);
  for (const f of routes.features) {
    const p = f.properties as {
      route_short_name?: string;
      route_long_name?: string;
      label?: string;
    };
    p.label = p.route_short_name?.trim() || p.route_long_name || '';
  }
  return [
    lineLayer({
      id: 'routes',
      title: text.routesLayer,
      data: routes,
      colorProperty: 'route_color',
      legendLabelProperty: 'label',
      nameProperty: 'label',
      width: 3,
    }),
    pointLayer({
      id: 'stops',
      title: text.stopsLayer,
      data: service.stops,
      color: '#e63946',
      opacity: 1,
      radius: { property: 'departures', domain: [0, maxDepartures], range: [2, 14] },
      nameProperty: 'stop_name',
      fields: [
        { property: 'departures', label: { fr: 'Départs', en: 'Departures' } },
        {
          property: 'mean_headway',
          label: { fr: 'Intervalle moyen (min)', en: 'Mean headway (min)' },
        },
      ],
    }),
  ];
}

function showStop(stopId: string): void {
  if (!feed || !day) return;
  const stats = day.statsByStop.get(stopId);
  const feature = day.stops.features.find((f) => f.properties?.stop_id === stopId);
  const name = String(feature?.properties?.stop_name ?? stopId);
  const times = callsBetween(feed, day.date, {
    from: 0,
    to: '48:00',
    stopIds: [stopId],
    boardingOnly: true,
  })
    .filter((call) => call.serviceDate === day?.date)
    .map((call) => call.serviceTime);
  const departures = stats?.numDepartures ?? 0;
  $('#stop-summary').textContent =
    stats && Number.isFinite(stats.meanHeadway)
      ? text.stopSummary(name, departures, stats.meanHeadway, stats.minHeadway, stats.maxHeadway)
      : text.noHeadway(name, departures);
  const chart = $('#stop-chart');
  chart.replaceChildren(stopDeparturesChart(times, language, chart));
  $('#stop-times').textContent = `${text.departuresLabel} : ${times.map(clock).join(' · ')}`;
  document.body.dataset.stop = stopId;
}

/**
 * Asks the worker for the area within 400 m of the frequent stops of `service` and draws it
 * beneath routes and stops when it arrives, saying so in the status line meanwhile. Only the
 * latest call's area is drawn; a worker error becomes a failed status line.
 */
async function drawCatchment(map: DataMap, service: ServiceDay, view: string): Promise<void> {
  const request = ++catchmentRequest;
  const title = text.catchmentLayer(Number(frequentSelect.value));
  catchmentLine?.remove();
  const line =
    service.frequentPoints.length > 0
      ? statusLine($('#status'), text.computingCatchment)
      : undefined;
  catchmentLine = line;
  try {
    const result = await areas.compute(service.frequentPoints, CATCHMENT_RADIUS);
    await map.ready;
    if (result === 'superseded' || request !== catchmentRequest) return;
    placeBeneath(map, catchmentLayer(result.area, title));
    if (result.issues.length > 0) line?.failed(text.catchmentSkipped(result.issues.length));
    else line?.remove();
    map.map.once('idle', () => {
      if (request === catchmentRequest) document.body.dataset.catchment = view;
    });
  } catch (error) {
    if (request !== catchmentRequest) return;
    const reason = error instanceof Error ? error.message : String(error);
    catchmentLine = line ?? statusLine($('#status'), text.computingCatchment);
    catchmentLine.failed(text.catchmentFailed(reason));
  }
}

function render(): void {
  if (!feed || !dateInput.value) return;
  day = serviceDay(feed, dateInput.value, Number(frequentSelect.value));
  $('#summary').textContent = text.summary(
    day.trips,
    day.departures,
    day.servedStops,
    day.frequentStops,
  );
  const chart = $('#hour-chart');
  chart.replaceChildren(departuresPerHourChart(day.hours, language, chart));
  const layers = layersOf(feed, day);
  const view = `${feedSelect.value}|${day.date}|${frequentSelect.value}`;
  document.body.removeAttribute('data-view');
  document.body.removeAttribute('data-catchment');
  const markDrawn = () =>
    dataMap?.map.once('idle', () => document.body.setAttribute('data-view', view));
  const bounds = stopsBounds(day.stops);
  if (!dataMap) {
    dataMap = createMap($('#map'), {
      bounds,
      language,
      workerUrl,
      layers,
      controls: { timeSlider: false },
      onSelect: (selection: MapSelection) => {
        if (selection.layerId === 'stops') showStop(String(selection.properties.stop_id));
      },
      mapOptions: { canvasContextAttributes: { preserveDrawingBuffer: true }, fadeDuration: 0 },
    });
    Object.assign(window, { transitExplorer: { dataMap } });
    // Fit again once loaded: the panel's final size is known by then.
    void dataMap.ready.then(() => {
      dataMap?.map.fitBounds(bounds, { padding: 24, duration: 0 });
      markDrawn();
    });
  } else {
    dataMap.removeLayer(CATCHMENT_LAYER);
    for (const layer of layers) {
      dataMap.removeLayer(layer.id);
      dataMap.addLayer(layer);
    }
    markDrawn();
  }
  void drawCatchment(dataMap, day, view);
  if (document.body.dataset.stop) showStop(document.body.dataset.stop);
}

async function useFeed(file: File, label: string): Promise<GtfsFeed> {
  const line = statusLine($('#status'), label);
  const loaded = await loadGtfs(file, { onProgress: (p) => line.reading(p) });
  const rows = loaded.report.reduce((sum, r) => sum + (r.account?.rowsKept ?? 0), 0);
  line.done(text.rows(rows));
  const dates = serviceDates(loaded);
  feed = loaded;
  if (dates.busiestDate) {
    maxDepartures = Math.max(
      1,
      ...serviceDay(loaded, dates.busiestDate, 0).stops.features.map(
        (f) => (f.properties?.departures as number) ?? 0,
      ),
    );
  }
  dateInput.min = dates.activeStart ?? '';
  dateInput.max = dates.activeEnd ?? '';
  dateInput.value = dates.busiestDate ?? dates.activeStart ?? '';
  delete document.body.dataset.stop;
  $('#stop-summary').textContent = text.stopHelp;
  $('#stop-chart').replaceChildren();
  $('#stop-times').textContent = '';
  if (dataMap)
    dataMap.map.fitBounds(stopsBounds(serviceDay(loaded, dateInput.value, 0).stops), {
      padding: 20,
      duration: 0,
    });
  render();
  return loaded;
}

async function useBundled(fileName: string): Promise<void> {
  const line = statusLine($('#status'), fileName);
  const file = await fetchFile(`data/${fileName}`, ({ loaded, total }) =>
    line.downloading(total ? loaded / total : undefined),
  );
  line.done(`${Math.round(file.size / 1024)} kB`);
  await useFeed(file, fileName);
}

function renderFiles(current: GtfsFeed): void {
  const table = $<HTMLTableElement>('#files');
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const label of text.fileColumns)
    head.append(Object.assign(document.createElement('th'), { textContent: label }));
  const body = table.createTBody();
  for (const report of current.report) {
    if (report.status === 'absent' || !report.account) continue;
    const row = body.insertRow();
    const { rowsRead, rowsKept, rowsRejected } = report.account;
    for (const cell of [report.file, rowsRead, rowsKept, rowsRejected])
      row.insertCell().textContent =
        typeof cell === 'number' ? cell.toLocaleString(language) : cell;
  }
}

feedSelect.addEventListener('change', () => void useBundled(feedSelect.value));
dateInput.addEventListener('change', render);
frequentSelect.addEventListener('change', render);

acceptFiles($('#drop'), $<HTMLInputElement>('#file'), async (file) => {
  feedSelect.add(new Option(`${text.yourFeed} : ${file.name}`, file.name));
  feedSelect.value = file.name;
  const loaded = await useFeed(file, file.name);
  const totals = loaded.report.reduce(
    (sum, r) => ({
      rowsRead: sum.rowsRead + (r.account?.rowsRead ?? 0),
      rowsKept: sum.rowsKept + (r.account?.rowsKept ?? 0),
      rowsRejected: sum.rowsRejected + (r.account?.rowsRejected ?? 0),
    }),
    { rowsRead: 0, rowsKept: 0, rowsRejected: 0 },
  );
  renderIssues(
    $('#issues'),
    file.name,
    { issues: loaded.issues, issueCounts: loaded.issueCounts, account: totals },
    text,
  );
  renderFiles(loaded);
  document.body.dataset.dropped = file.name;
});

useBundled(FEEDS[0]?.file ?? '').then(
  () => document.body.setAttribute('data-loaded', 'true'),
  (error) => console.error(error),
);
