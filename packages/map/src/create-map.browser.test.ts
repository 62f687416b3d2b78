import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  BLUE,
  boundaries,
  EVIL_NAME,
  GREEN,
  idle,
  MAP_OPTIONS,
  pixelAt,
  RED,
  settle,
  stations,
  useMapHost,
  withValues,
} from '../test/browser-helpers.js';
import { airQualityZonesLayer } from './air-quality-zones.js';
import { choroplethLayer } from './choropleth-layer.js';
import { createMap } from './create-map.js';
import type { DataMap } from './create-map-options.js';
import { pointLayer } from './point-layer.js';

// Real MapLibre in headless Chromium (WebGL on SwiftShader); assertions read the drawn pixels.

const { mount, track } = useMapHost();
let dataMap: DataMap | undefined;

describe('createMap: choropleth', () => {
  it('draws each département in its class colour and lists the classes in the legend', async () => {
    const container = mount();
    dataMap = createMap(container, {
      center: [1.4, 47.2],
      zoom: 5.6,
      language: 'fr',
      mapOptions: MAP_OPTIONS,
      layers: [
        choroplethLayer({
          id: 'energy',
          title: 'Consommation (GWh)',
          data: withValues,
          property: 'v',
          breaks: [10, 30, 50, 70],
          colors: [RED, GREEN, BLUE],
          opacity: 1,
          nameProperty: 'nom',
          attribution: 'IGN – ADMIN EXPRESS, via france-geojson (Licence Ouverte)',
        }),
      ],
    });
    track(dataMap);
    await dataMap.ready;
    await idle(dataMap.map);
    // Bourges (Cher, 10 → class 1, red), Châteauroux (Indre, 30 → class 2, green),
    // Poitiers (Vienne, 70 = highest, in the last class, blue): towns well inside each polygon.
    expect(pixelAt(dataMap.map, [2.4, 47.08])).toEqual([255, 0, 0, 255]);
    expect(pixelAt(dataMap.map, [1.69, 46.81])).toEqual([0, 255, 0, 255]);
    expect(pixelAt(dataMap.map, [0.34, 46.58])).toEqual([0, 0, 255, 255]);

    const items = [...container.querySelectorAll('.datacites-legend li')].map(
      (li) => li.textContent,
    );
    expect(items).toEqual(['10 – 30', '30 – 50', '50 – 70']);
    const swatch = container.querySelector<HTMLElement>('.datacites-legend li .datacites-swatch');
    expect(getComputedStyle(swatch!).backgroundColor).toBe('rgb(255, 0, 0)');
    expect(container.querySelector('.datacites-legend h2')?.textContent).toBe('Légende');
    // The attribution names the data source and its licence.
    expect(container.querySelector('.maplibregl-ctrl-attrib')?.textContent).toContain(
      'IGN – ADMIN EXPRESS, via france-geojson (Licence Ouverte)',
    );
    await settle();
    await page.screenshot({ path: '__screenshots__/choropleth-legend.png', element: container });
  });
});

describe('createMap: popups, keyboard and accessibility', () => {
  const evil = EVIL_NAME;

  it('shows data text escaped in the popup opened from the table with the keyboard', async () => {
    const container = mount();
    const selected: unknown[] = [];
    dataMap = createMap(container, {
      center: [0.34, 46.58],
      zoom: 12,
      language: 'en',
      mapOptions: MAP_OPTIONS,
      onSelect: (selection) => selected.push(selection),
      layers: [
        pointLayer({
          id: 'stations',
          title: 'Stations',
          data: stations,
          nameProperty: 'name',
          fields: [{ property: 'trafic', label: { fr: 'Trafic', en: 'Traffic' } }],
          color: '#ff0000',
          radius: 10,
        }),
      ],
    });
    track(dataMap);
    await dataMap.ready;
    await idle(dataMap.map);

    const summary = container.querySelector<HTMLElement>('.datacites-table summary')!;
    expect(summary.textContent).toBe('Map data as a table');
    summary.focus();
    await userEvent.keyboard('{Enter}');
    const button = container.querySelector<HTMLButtonElement>('.datacites-table tbody button')!;
    button.focus();
    await userEvent.keyboard('{Enter}');

    const popup = document.querySelector('.maplibregl-popup .datacites-popup');
    expect(popup).not.toBeNull();
    expect(popup!.querySelector('h3')!.textContent).toBe(evil);
    expect(popup!.querySelector('img')).toBeNull();
    expect(popup!.textContent).toContain('Traffic');
    expect(popup!.textContent).toContain('1,234');
    expect((window as { __datacitesXss?: number }).__datacitesXss).toBeUndefined();
    expect(selected).toMatchObject([{ layerId: 'stations', featureIndex: 0 }]);
    // Hovering the other station shows its name in a tooltip, as text (once the popup is closed:
    // no tooltip covers an open popup).
    document.querySelector<HTMLButtonElement>('.maplibregl-popup-close-button')!.click();
    const other = dataMap.map.project([0.3404, 46.5802]);
    await userEvent.hover(dataMap.map.getCanvas(), { position: { x: other.x, y: other.y } });
    await expect
      .poll(() => document.querySelector('.datacites-tooltip')?.textContent)
      .toBe('Hôtel de Ville');
    expect(dataMap.map.getCanvas().style.cursor).toBe('pointer');
    // The table cell shows the same text, escaped too.
    expect(container.querySelector('tbody td')!.textContent).toBe(evil);
    expect(container.querySelector('tbody img')).toBeNull();

    await idle(dataMap.map);
    // The selected station is drawn red at 0.9 opacity (the point layer's default) over the
    // offline background #dfe7ee: 0.9·(255, 0, 0) + 0.1·(223, 231, 238) = (251.8, 23.1, 23.8).
    const [r, g, b] = pixelAt(dataMap.map, [0.3334, 46.5818]);
    expect(Math.abs(r! - 251.8)).toBeLessThanOrEqual(1);
    expect(Math.abs(g! - 23.1)).toBeLessThanOrEqual(1);
    expect(Math.abs(b! - 23.8)).toBeLessThanOrEqual(1);
    await settle();
    await page.screenshot({ path: '__screenshots__/popup-escaped.png', element: container });
  });

  it('zooms with the keyboard on the focused map and toggles layers with the switcher', async () => {
    const container = mount();
    dataMap = createMap(container, {
      center: [1.4, 47.2],
      zoom: 6,
      mapOptions: MAP_OPTIONS,
      layers: [
        choroplethLayer({
          id: 'c',
          title: 'Choroplèthe',
          data: withValues,
          property: 'v',
          breaks: [10, 40, 70],
          colors: [RED, BLUE],
          opacity: 1,
        }),
        pointLayer({ id: 'p', title: 'Points', data: stations }),
      ],
    });
    track(dataMap);
    await dataMap.ready;
    await idle(dataMap.map);
    const canvas = dataMap.map.getCanvas();
    expect(canvas.getAttribute('aria-label')).toBe('Carte interactive');
    canvas.focus();
    expect(document.activeElement).toBe(canvas);
    const before = dataMap.map.getZoom();
    const moved = new Promise((resolve) => dataMap!.map.once('moveend', resolve));
    await userEvent.keyboard('=');
    await moved;
    expect(dataMap.map.getZoom()).toBeCloseTo(before + 1, 5);

    const checkbox = container.querySelector<HTMLInputElement>('input[data-layer="c"]')!;
    expect(checkbox.closest('label')!.textContent).toContain('Choroplèthe');
    checkbox.focus();
    await userEvent.keyboard(' ');
    expect(dataMap.isLayerVisible('c')).toBe(false);
    expect(dataMap.map.getLayoutProperty('c-fill', 'visibility')).toBe('none');
    // Focus stays on the (re-rendered) checkbox, and the legend no longer lists the layer.
    expect((document.activeElement as HTMLInputElement).dataset.layer).toBe('c');
    expect(container.querySelector('.datacites-legend')!.textContent).not.toContain('Choroplèthe');
    await idle(dataMap.map);
    // Bourges is now the offline background colour (#dfe7ee), not red.
    expect(pixelAt(dataMap.map, [2.4, 47.08])).toEqual([0xdf, 0xe7, 0xee, 255]);
  });

  it('animates data by time: arrow keys on the slider show the next date only', async () => {
    const container = mount();
    // Two readings at the same place on two days: red on the 1st, blue on the 2nd.
    const readings: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        ['2024-01-01', '#ff0000'],
        ['2024-01-02', '#0000ff'],
      ].map(([day, color]) => ({
        type: 'Feature',
        properties: { day, color },
        geometry: { type: 'Point', coordinates: [1.4, 47.2] },
      })),
    };
    dataMap = createMap(container, {
      center: [1.4, 47.2],
      zoom: 8,
      language: 'fr',
      mapOptions: MAP_OPTIONS,
      layers: [
        pointLayer({
          id: 'r',
          title: 'Relevés',
          data: readings,
          timeProperty: 'day',
          color: { property: 'color', categories: { '#ff0000': '#ff0000', '#0000ff': '#0000ff' } },
          radius: 12,
          opacity: 1,
        }),
      ],
    });
    track(dataMap);
    await dataMap.ready;
    await idle(dataMap.map);
    const slider = container.querySelector<HTMLInputElement>('.datacites-time input')!;
    // Dates in French, as Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' }) writes them.
    expect(slider.getAttribute('aria-valuetext')).toBe('1 janv. 2024');
    expect(pixelAt(dataMap.map, [1.4, 47.2])).toEqual([255, 0, 0, 255]);
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(slider.getAttribute('aria-valuetext')).toBe('2 janv. 2024');
    expect(container.querySelector('.datacites-time-section output')?.textContent).toBe(
      '2 janv. 2024',
    );
    await idle(dataMap.map);
    expect(pixelAt(dataMap.map, [1.4, 47.2])).toEqual([0, 0, 255, 255]);
    const play = container.querySelector<HTMLButtonElement>('.datacites-time__play')!;
    expect(play.textContent).toBe('Lecture');
    play.click();
    expect(play.getAttribute('aria-pressed')).toBe('true');
    expect(play.textContent).toBe('Pause');
  });
});

describe('createMap: air-quality zones', () => {
  it('fills each zone with its ATMO level colour', async () => {
    const container = mount();
    dataMap = createMap(container, {
      center: [1.4, 47.2],
      zoom: 5.6,
      language: 'fr',
      mapOptions: MAP_OPTIONS,
      layers: [
        airQualityZonesLayer(
          [
            { zoneCode: '18', level: 1 },
            { zoneCode: '86', level: 4 },
          ],
          { id: 'atmo', title: 'Indice ATMO', boundaries, opacity: 1 },
        ),
      ],
    });
    track(dataMap);
    await dataMap.ready;
    await idle(dataMap.map);
    // ATMO colours (Atmo France notice): Bon #50f0e6 = (80, 240, 230), Mauvais #ff5050 =
    // (255, 80, 80); Indre has no record: "Indisponible" #dddddd = (221, 221, 221).
    expect(pixelAt(dataMap.map, [2.4, 47.08])).toEqual([80, 240, 230, 255]);
    expect(pixelAt(dataMap.map, [0.34, 46.58])).toEqual([255, 80, 80, 255]);
    expect(pixelAt(dataMap.map, [1.69, 46.81])).toEqual([221, 221, 221, 255]);
    const legend = [...container.querySelectorAll('.datacites-legend li')].map(
      (li) => li.textContent,
    );
    expect(legend).toEqual([
      'Bon',
      'Moyen',
      'Dégradé',
      'Mauvais',
      'Très mauvais',
      'Extrêmement mauvais',
      'Indisponible',
    ]);
    await settle();
    await page.screenshot({ path: '__screenshots__/atmo-zones.png', element: container });
  });
});
