import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonOverlaps } from './polygon-overlap.js';

const box = (x0: number, y0: number, x1: number, y1: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  },
});

describe('polygonOverlaps', () => {
  it('gives the shares of lon/lat rectangles (hand calculation on the sphere)', () => {
    // On a sphere the area between two parallels is proportional to the longitude span, so
    // [0.5, 1] × [0, 1] is exactly half of [0, 1] × [0, 1]; and [0.5, 1.5] × [0, 1] has the
    // same area as the source: both shares are ½. The far rectangle shares nothing.
    const result = polygonOverlaps([box(0, 0, 1, 1)], [box(0.5, 0, 1.5, 1), box(5, 5, 6, 6)]);
    expect(result.overlaps).toHaveLength(1);
    const [overlap] = result.overlaps;
    expect(overlap).toMatchObject({ source: 0, target: 0 });
    expect(overlap!.shareOfSource).toBeCloseTo(0.5, 6);
    expect(overlap!.shareOfTarget).toBeCloseTo(0.5, 6);
    // Area of [0,1]×[0,1] on the sphere: R²·Δλ·(sin φ1 − sin φ0) with R = 6 371 008.8 m →
    // 6371008.8² × (π/180) × sin(1°) = 12 363 718 145 m² (hand calculation, python3).
    expect(result.sourceAreas[0]! / 12_363_718_145).toBeCloseTo(1, 3);
  });

  it('splits every commune of Indre among the others only along borders: self-share ≈ 1', () => {
    const indre = JSON.parse(
      readFileSync(
        new URL('../../test/fixtures/communes-36-indre.geojson', import.meta.url),
        'utf8',
      ),
    ) as FeatureCollection<Polygon>;
    const some = indre.features.slice(0, 20);
    const { overlaps, issues } = polygonOverlaps(some, some);
    expect(issues).toEqual([]);
    // Communes tile the territory: each overlaps itself fully and its neighbours by slivers of
    // simplification only (under 1 % of its area).
    for (let i = 0; i < some.length; i++) {
      const self = overlaps.find((o) => o.source === i && o.target === i);
      expect(self!.shareOfSource).toBeCloseTo(1, 9);
      const others = overlaps.filter((o) => o.source === i && o.target !== i);
      for (const other of others) expect(other.shareOfSource).toBeLessThan(0.01);
    }
  });

  it('reports features that are not polygons', () => {
    const point = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [0, 0] },
    };
    const result = polygonOverlaps([point as unknown as Feature<Polygon>], [box(0, 0, 1, 1)]);
    expect(result.issues).toMatchObject([{ code: 'not_a_polygon', line: 1 }]);
    expect(result.sourceAreas[0]).toBeNaN();
  });
});
