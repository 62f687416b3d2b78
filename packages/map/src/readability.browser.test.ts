import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  EVIL_NAME,
  idle,
  MAP_OPTIONS,
  settle,
  stations,
  useMapHost,
  withValues,
} from '../test/browser-helpers.js';
import { choroplethLayer } from './choropleth-layer.js';
import { createMap } from './create-map.js';
import { LINE_CASING_DARK } from './line-layer.js';
import { pointLayer } from './point-layer.js';
import { transitRoutesLayer } from './transit-adapters.js';

// Real MapLibre in headless Chromium (WebGL on SwiftShader); assertions read the drawn pixels.

const { mount, track } = useMapHost();

/** RGBA pixels of the column through a CSS point, from `dy = -half` to `+half` CSS pixels. */
function column(map: ReturnType<typeof createMap>['map'], x: number, y: number, half: number) {
  const canvas = map.getCanvas();
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGL2RenderingContext;
  const ratio = gl.drawingBufferWidth / canvas.clientWidth;
  const out: { dy: number; rgba: number[] }[] = [];
  for (let dy = -half; dy <= half; dy += 1 / ratio) {
    const pixel = new Uint8Array(4);
    const px = Math.round(x * ratio);
    const py = gl.drawingBufferHeight - 1 - Math.round((y + dy) * ratio);
    gl.readPixels(px, py, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    out.push({ dy, rgba: [...pixel] });
  }
  return out;
}

const close = (a: number[], b: number[], tolerance: number) =>
  a.slice(0, 3).every((value, i) => Math.abs(value - b[i]!) <= tolerance);

describe('lines: contrasting casing', () => {
  it('draws a white route (Caltrain "Local", FFFFFF) with a dark casing on the offline background', async () => {
    const container = mount();
    const dataMap = track(
      createMap(container, {
        center: [0.5, 46.6],
        zoom: 8,
        language: 'en',
        mapOptions: MAP_OPTIONS,
        layers: [
          transitRoutesLayer(
            [
              {
                route_id: 'L1',
                route_short_name: 'Local',
                route_color: 'FFFFFF',
                path: [
                  [0, 46.6],
                  [1, 46.6],
                ],
              },
            ],
            { id: 'routes', title: 'Routes' },
          ),
        ],
      }),
    );
    await dataMap.ready;
    await idle(dataMap.map);
    const { x, y } = dataMap.map.project([0.5, 46.6]);
    const pixels = column(dataMap.map, x, y, 8);
    const at = (dy: number) =>
      pixels.reduce((a, b) => (Math.abs(b.dy - dy) < Math.abs(a.dy - dy) ? b : a)).rgba;
    // Centre: the white line (3 px wide). Far above and below: the offline background #dfe7ee.
    expect(close(at(0), [255, 255, 255], 2)).toBe(true);
    expect(close(at(-8), [0xdf, 0xe7, 0xee], 2)).toBe(true);
    expect(close(at(8), [0xdf, 0xe7, 0xee], 2)).toBe(true);
    // Beside the line, on both sides (1.5 px of casing out of 6 px drawn, edges anti-aliased): at
    // least one pixel of the casing colour #3a3a3a.
    const dark = [0x3a, 0x3a, 0x3a];
    const above = pixels.filter((p) => p.dy < -1 && p.dy > -4 && close(p.rgba, dark, 24));
    const below = pixels.filter((p) => p.dy > 1 && p.dy < 4 && close(p.rgba, dark, 24));
    expect(above.length, JSON.stringify(pixels)).toBeGreaterThan(0);
    expect(below.length, JSON.stringify(pixels)).toBeGreaterThan(0);
    expect(dataMap.map.getLayer('routes-casing')).toBeDefined();

    // The legend swatch of the white line has a visible border.
    const swatch = container.querySelector<HTMLElement>(
      '.datacites-legend .datacites-swatch--line',
    )!;
    const style = getComputedStyle(swatch);
    expect(style.backgroundColor).toBe('rgb(255, 255, 255)');
    expect(style.borderTopStyle).toBe('solid');
    expect(style.borderTopWidth).toBe('1px');
    expect(style.borderBottomWidth).toBe('1px');
    expect(style.borderTopColor).toBe('rgba(0, 0, 0, 0.6)');
    expect(LINE_CASING_DARK).toBe('#3a3a3a');
    await settle();
    await page.screenshot({ path: '__screenshots__/white-route-casing.png', element: container });
  });
});

describe('tooltip and popup', () => {
  it('hides the hover tooltip while a popup is open, and shows it again once closed', async () => {
    const container = mount();
    const dataMap = track(
      createMap(container, {
        center: [0.337, 46.581],
        zoom: 14,
        language: 'en',
        mapOptions: MAP_OPTIONS,
        layers: [
          pointLayer({
            id: 'stations',
            title: 'Stations',
            data: stations as FeatureCollection,
            nameProperty: 'name',
            color: '#ff0000',
            radius: 10,
          }),
        ],
      }),
    );
    await dataMap.ready;
    await idle(dataMap.map);
    const canvas = dataMap.map.getCanvas();
    const other = dataMap.map.project([0.3404, 46.5802]);
    const tooltip = () => document.querySelector('.datacites-tooltip');

    await userEvent.hover(canvas, { position: { x: other.x, y: other.y } });
    await expect.poll(() => tooltip()?.textContent).toBe('Hôtel de Ville');

    // A click opens the popup of the station: the tooltip goes at once.
    await userEvent.click(canvas, { position: { x: other.x, y: other.y } });
    await expect
      .poll(() => document.querySelector('.datacites-popup h3')?.textContent)
      .toBe('Hôtel de Ville');
    expect(tooltip()).toBeNull();
    // Moving over the feature again while the popup is open shows no tooltip.
    await userEvent.hover(canvas, { position: { x: other.x + 2, y: other.y + 1 } });
    await settle();
    expect(tooltip()).toBeNull();
    expect(canvas.style.cursor).toBe('pointer');
    await page.screenshot({
      path: '__screenshots__/popup-without-tooltip.png',
      element: container,
    });

    // Once the popup is closed, hovering shows the tooltip again.
    document.querySelector<HTMLButtonElement>('.maplibregl-popup-close-button')!.click();
    await userEvent.hover(canvas, { position: { x: other.x, y: other.y } });
    await expect.poll(() => tooltip()?.textContent).toBe('Hôtel de Ville');
  });
});

describe('choropleth class labels', () => {
  it('shows class labels as text in the legend and the table alternative', async () => {
    const container = mount();
    const dataMap = track(
      createMap(container, {
        center: [1.4, 47.2],
        zoom: 5.6,
        language: 'en',
        mapOptions: MAP_OPTIONS,
        layers: [
          choroplethLayer({
            id: 'energy',
            title: 'Consumption',
            data: withValues,
            property: 'v',
            breaks: [10, 30, 50, 70],
            classLabels: [EVIL_NAME, 'Medium', 'High'],
            nameProperty: 'nom',
            fields: [{ property: 'v', label: 'Value' }],
          }),
        ],
      }),
    );
    await dataMap.ready;
    await idle(dataMap.map);
    const items = [...container.querySelectorAll('.datacites-legend li')].map(
      (li) => li.textContent,
    );
    expect(items).toEqual([EVIL_NAME, 'Medium', 'High']);
    const headers = [...container.querySelectorAll('.datacites-table th')].map(
      (th) => th.textContent,
    );
    expect(headers).toEqual(['nom', 'Value', 'Class', 'Show on map']);
    const classes = [...container.querySelectorAll('.datacites-table tbody tr')].map(
      (row) => row.querySelectorAll('td')[2]?.textContent,
    );
    expect(classes).toContain(EVIL_NAME);
    expect(classes).toContain('High');
    expect(container.querySelector('img')).toBeNull();
    expect((window as { __datacitesXss?: number }).__datacitesXss).toBeUndefined();
  });
});
