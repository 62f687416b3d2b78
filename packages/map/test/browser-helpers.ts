// Shared set-up of the browser tests: the départements fixture with values, pure colours,
// MapLibre options that keep the drawing buffer readable, and pixel reading.
import type { FeatureCollection } from 'geojson';
import { afterEach, beforeAll } from 'vitest';
import { page } from 'vitest/browser';
import type { DataMap } from '../src/create-map-options.js';
import departements from './fixtures/departements-centre-val-de-loire-vienne.geojson?raw';

export const boundaries = JSON.parse(departements) as FeatureCollection;
// Values by département: Cher 10, Eure-et-Loir 20, Indre 30, Indre-et-Loire 40,
// Loir-et-Cher 50, Loiret 60, Vienne 70.
const VALUES: Record<string, number> = { 18: 10, 28: 20, 36: 30, 37: 40, 41: 50, 45: 60, 86: 70 };
export const withValues: FeatureCollection = {
  ...boundaries,
  features: boundaries.features.map((feature) => ({
    ...feature,
    properties: { ...feature.properties, v: VALUES[feature.properties?.code as string] },
  })),
};
// Three pure colours so a pixel says which class was drawn.
export const RED = '#ff0000';
export const GREEN = '#00ff00';
export const BLUE = '#0000ff';

export const MAP_OPTIONS = {
  fadeDuration: 0,
  canvasContextAttributes: { preserveDrawingBuffer: true },
};

export const EVIL_NAME = '<img src=x onerror="window.__datacitesXss=1">Gare & "Centre"';
/** Two stations in Poitiers, one named with markup. */
export const stations: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: EVIL_NAME, trafic: 1234 },
      geometry: { type: 'Point', coordinates: [0.3334, 46.5818] },
    },
    {
      type: 'Feature',
      properties: { name: 'Hôtel de Ville', trafic: 56 },
      geometry: { type: 'Point', coordinates: [0.3404, 46.5802] },
    },
  ],
};

/**
 * Registers a wide viewport and clean-up of the map and its host after each test; returns
 * `mount()` (a host element in the page) and `track()` (the map to destroy afterwards).
 */
export function useMapHost() {
  let dataMap: DataMap | undefined;
  let host: HTMLElement | undefined;
  beforeAll(async () => {
    await page.viewport(800, 900);
  });
  afterEach(() => {
    dataMap?.destroy();
    host?.remove();
    dataMap = undefined;
    host = undefined;
  });
  return {
    mount(width = 480, height = 400): HTMLElement {
      host = document.createElement('div');
      host.style.cssText = `width:${width}px;--datacites-height:${height}px`;
      document.body.append(host);
      return host;
    },
    track(map: DataMap): DataMap {
      dataMap = map;
      return map;
    },
  };
}

/** The RGBA pixel drawn at a position (needs `preserveDrawingBuffer`). */
export function pixelAt(map: DataMap['map'], lngLat: [number, number]): number[] {
  const canvas = map.getCanvas();
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGL2RenderingContext;
  const ratio = gl.drawingBufferWidth / canvas.clientWidth;
  const point = map.project(lngLat);
  const pixel = new Uint8Array(4);
  const x = Math.round(point.x * ratio);
  const y = gl.drawingBufferHeight - 1 - Math.round(point.y * ratio);
  gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  return [...pixel];
}

/** Waits for the map to be idle after a repaint. */
export const idle = (map: DataMap['map']) =>
  new Promise((resolve) => {
    map.once('idle', resolve);
    map.triggerRepaint();
  });

/** Waits a few frames, so a screenshot shows what WebGL drew. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
