import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as root from '../index.js';
import * as measure from './measure.js';

describe('@datacites/geo/measure', () => {
  it('measures great-circle distances (haversine, R = 6 371 008.8 m)', () => {
    // python3 (math module, same formula written independently): Paris (2.3499, 48.853) →
    // Poitiers (0.3404, 46.5802) = 294 032.247 m; one degree of a meridian = R·π/180 = 111 195.080 m.
    expect(measure.haversineDistance(2.3499, 48.853, 0.3404, 46.5802)).toBeCloseTo(294_032.247, 2);
    expect(measure.haversineDistance(0, 0, 0, 1)).toBeCloseTo(111_195.08, 2);
    expect(measure.EARTH_RADIUS).toBe(6_371_008.8);
  });

  it('gives bounding boxes', () => {
    expect(
      measure.bboxOfPositions([
        [2, 48],
        [3, 47],
      ]),
    ).toEqual([2, 47, 3, 48]);
    expect(measure.bboxContains([2, 47, 3, 48], 2.5, 47.5)).toBe(true);
  });

  it('exports the very functions of the root entry', () => {
    expect(measure.haversineDistance).toBe(root.haversineDistance);
    expect(measure.boxAround).toBe(root.boxAround);
    expect(measure.bboxOf).toBe(root.bboxOf);
  });

  it('imports nothing at run time beyond its own two files (no turf, jsts, proj4)', () => {
    const runtimeImports = (file: string) =>
      [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/^import (?!type )/gm)]
        .length;
    expect(runtimeImports('../distance.ts')).toBe(0);
    expect(runtimeImports('../bbox.ts')).toBe(0);
  });
});
