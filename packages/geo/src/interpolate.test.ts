import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS } from './distance.js';
import { idw, idwToPolygons } from './interpolate.js';

const degreesEast = (metres: number) => (metres / EARTH_RADIUS) * (180 / Math.PI);

describe('idw', () => {
  it('weights by inverse squared distance (hand calculation)', () => {
    // On the equator, samples 1° east (10) and 2° west (40) of 0°E: weights 1/1² and 1/2²,
    // value = (10·1 + 40·¼) / (1 + ¼) = 20 / 1.25 = 16.
    const result = idw(
      [
        [1, 0, 10],
        [-2, 0, 40],
      ],
      [[0, 0]],
    );
    expect(result.values[0]).toBeCloseTo(16, 10);
    // power 1: (10·1 + 40·½) / 1.5 = 20.
    expect(
      idw(
        [
          [1, 0, 10],
          [-2, 0, 40],
        ],
        [[0, 0]],
        { power: 1 },
      ).values[0],
    ).toBeCloseTo(20, 10);
  });

  it('takes a sample value on the sample, and NaN out of reach', () => {
    const samples = [
      [0, 0, 5],
      [degreesEast(1000), 0, 7],
    ];
    const result = idw(
      samples,
      [
        [0, 0],
        [degreesEast(10_000), 0],
      ],
      { maxDistance: 5000 },
    );
    expect(result.values[0]).toBe(5);
    expect(result.values[1]).toBeNaN();
    // neighbours: 1 → the nearest sample only.
    expect(idw(samples, [[degreesEast(900), 0]], { neighbours: 1 }).values[0]).toBe(7);
  });

  it('reads values from properties and reports unusable samples', () => {
    const features = [
      { no2: 12, at: [1, 0] },
      { no2: null, at: [3, 0] },
      { no2: 30, at: [-1, 0] },
    ].map(({ no2, at }) => ({
      type: 'Feature' as const,
      properties: { no2 },
      geometry: { type: 'Point' as const, coordinates: at },
    }));
    const result = idw({ type: 'FeatureCollection', features }, [[0, 0]], {
      value: (p) => p?.no2,
      source: 'stations.json',
    });
    expect(result.samples).toBe(2);
    expect(result.issues).toMatchObject([
      { code: 'invalid_sample', line: 2, source: 'stations.json' },
    ]);
    // Equal distances: the mean, 21.
    expect(result.values[0]).toBeCloseTo(21, 10);
  });

  it('interpolates at polygon centroids', () => {
    const square: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-1, -1],
            [1, -1],
            [1, 1],
            [-1, 1],
            [-1, -1],
          ],
        ],
      },
    };
    // Centroid (0, 0): same samples as the first test → 16.
    const result = idwToPolygons(
      [
        [1, 0, 10],
        [-2, 0, 40],
      ],
      [square],
    );
    expect(result.values[0]).toBeCloseTo(16, 10);
  });
});
