import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { reprojectPoint } from './crs/reproject.js';
import { squareGrid } from './grid.js';
import { PolygonIndex } from './join/polygon-index.js';

// The same code in headless Chromium: no Node built-in is needed. Expected values as in the
// Node tests (PROJ 9.1.1 cs2cs for Paris in Lambert-93; hand-counted grid and classes).
describe('in a browser', () => {
  it('reprojects Lambert-93 to WGS84 (PROJ reference, 1 mm)', () => {
    const [x, y] = reprojectPoint([2.3499, 48.853], 'EPSG:4326', 'EPSG:2154');
    expect(Math.abs(x! - 652296.9731)).toBeLessThan(0.001);
    expect(Math.abs(y! - 6861636.3585)).toBeLessThan(0.001);
  });

  it('builds a grid, indexes it and classifies values', () => {
    // 1 km Lambert-93 cells over x 500 100…502 900, y 6 600 100…6 601 900 (corners from cs2cs).
    const cells = squareGrid([0.394296776, 46.471198361, 0.430768933, 46.488223961], 1000);
    expect(cells.features.length).toBeGreaterThanOrEqual(6);
    const index = new PolygonIndex(cells);
    const first = cells.features[0]!.properties;
    expect(index.locate(first.lon, first.lat)).toBe(0);
    expect(classify([1, 2, 3, 10, 11, 12], { method: 'jenks', classes: 2 }).breaks).toEqual([
      1, 10, 12,
    ]);
  });
});
