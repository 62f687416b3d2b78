import { offlineStyle } from '@datacites/map';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { ATTRIBUTION, SOURCES } from './sources.js';

type Boundaries = FeatureCollection<Polygon | MultiPolygon, { code: string; nom: string }>;

setWorkerUrl(workerUrl);

async function loadJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const [regions, departements] = await Promise.all([
  loadJson<Boundaries>('data/regions.geojson'),
  loadJson<Boundaries>('data/departements-centre-val-de-loire.geojson'),
]);

/** A figure panel (energy, climate, air) beside the map. */
const panel = (id: string) => document.querySelector(`#${id}`) as HTMLElement;

const map = new MapLibreMap({
  container: 'map',
  style: offlineStyle({ land: regions, landAttribution: ATTRIBUTION }),
  bounds: [
    [0.05, 46.3],
    [3.13, 48.95],
  ],
  fitBoundsOptions: { padding: 12 },
  fadeDuration: 0,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});

// Exposed for the end-to-end test and for people exploring in the browser console.
Object.assign(window, { dashboardMap: map });

map.on('load', () => {
  map.addSource('departements', { type: 'geojson', data: departements });
  map.addLayer({
    id: 'departements',
    type: 'fill',
    source: 'departements',
    paint: { 'fill-color': '#2a9d8f', 'fill-opacity': 0.55 },
  });
  map.addLayer({
    id: 'departements-outline',
    type: 'line',
    source: 'departements',
    paint: { 'line-color': '#1d3557', 'line-width': 1.2 },
  });
  map.once('idle', () => {
    document.body.setAttribute('data-map-ready', 'true');
    // The figures (and their loaders and chart library, a separate chunk) load once the map has
    // drawn, so they do not delay it.
    import('./figures.js')
      .then(({ renderFigures }) =>
        renderFigures({ energy: panel('energy'), climate: panel('climate'), air: panel('air') }),
      )
      .then(
        () => document.body.setAttribute('data-figures-ready', 'true'),
        (error) => console.error(error),
      );
  });
});

const list = document.querySelector<HTMLUListElement>('#departements');
for (const feature of [...departements.features].sort((a, b) =>
  a.properties.code.localeCompare(b.properties.code),
)) {
  const item = document.createElement('li');
  item.textContent = `${feature.properties.code} — ${feature.properties.nom}`;
  list?.append(item);
}

const footer = document.querySelector('#sources');
if (footer) {
  footer.textContent = `Sources : ${SOURCES.map((s) => `${s.name} — ${s.source}, ${s.licence}`).join(' ; ')}`;
}
