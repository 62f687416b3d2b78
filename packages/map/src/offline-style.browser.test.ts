import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { offlineStyle } from './offline-style.js';

// Renders a real MapLibre map in headless Chromium (WebGL through SwiftShader) and reads back the
// pixels it drew. The square polygon is red and the background blue: a pixel at the square's
// centre must be red, a pixel in a corner of the canvas must be the background colour.

const BACKGROUND = [0, 0, 255];
const SQUARE = [255, 0, 0];
const square: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'square' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [1, 46],
            [3, 46],
            [3, 48],
            [1, 48],
            [1, 46],
          ],
        ],
      },
    },
  ],
};

let map: maplibregl.Map | undefined;
afterEach(() => {
  map?.remove();
  map = undefined;
});

function readPixel(gl: WebGL2RenderingContext | WebGLRenderingContext, x: number, y: number) {
  const pixel = new Uint8Array(4);
  // WebGL's origin is the bottom-left corner.
  gl.readPixels(x, gl.drawingBufferHeight - 1 - y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  return [...pixel];
}

describe('MapLibre in headless Chromium', () => {
  it('draws a GeoJSON fill layer where the data is, over the offline background', async () => {
    const container = document.createElement('div');
    container.style.cssText = 'width: 400px; height: 300px;';
    document.body.append(container);
    map = new maplibregl.Map({
      container,
      style: offlineStyle({ background: 'rgb(0, 0, 255)' }),
      center: [2, 47],
      zoom: 5,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    await map.once('load');
    map.addSource('square', { type: 'geojson', data: square });
    map.addLayer({
      id: 'square',
      type: 'fill',
      source: 'square',
      paint: { 'fill-color': 'rgb(255, 0, 0)', 'fill-antialias': false },
    });
    await map.once('idle');

    const canvas = map.getCanvas();
    const gl = (canvas.getContext('webgl2') ??
      canvas.getContext('webgl')) as WebGL2RenderingContext;
    expect(gl).toBeTruthy();
    const ratio = gl.drawingBufferWidth / 400;
    const centre = map.project([2, 47]);
    expect(readPixel(gl, Math.round(centre.x * ratio), Math.round(centre.y * ratio))).toEqual([
      ...SQUARE,
      255,
    ]);
    expect(readPixel(gl, 2, 2)).toEqual([...BACKGROUND, 255]);
    // The square's east edge at 3°E: just inside is red, just outside is background.
    const edge = map.project([3, 47]);
    const y = Math.round(edge.y * ratio);
    expect(readPixel(gl, Math.round(edge.x * ratio) - 3, y)).toEqual([...SQUARE, 255]);
    expect(readPixel(gl, Math.round(edge.x * ratio) + 3, y)).toEqual([...BACKGROUND, 255]);
    expect(map.queryRenderedFeatures(centre, { layers: ['square'] })[0]?.properties).toEqual({
      name: 'square',
    });
    // For people to look at: a frame later the compositor has the map (see CONTRIBUTING).
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.screenshot({ path: '__screenshots__/offline-style-square.png', element: container });
  });
});
