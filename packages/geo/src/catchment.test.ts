import { area } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  bufferPoints,
  catchment,
  coverage,
  polygonCoverage,
  populationCoverage,
} from './catchment.js';
import { EARTH_RADIUS } from './distance.js';

// Positions on the equator, `metres` east of 0°E (sphere of turf's radius).
const east = (metres: number) => (metres / EARTH_RADIUS) * (180 / Math.PI);
const square = (x0: number, y0: number, x1: number, y1: number): Feature<Polygon> => ({
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

describe('catchments', () => {
  it('a 300 m buffer has the area of a 64-gon inscribed in the circle (hand calculation)', () => {
    // (n/2)·r²·sin(2π/n) with n = 64, r = 300 m → 282 289.36 m² (python3); πr² = 282 743.34.
    const { circles, issues } = bufferPoints([[0, 0]], 300);
    expect(issues).toEqual([]);
    expect(area(circles.features[0]!) / 282_289.36).toBeCloseTo(1, 3);
  });

  it('the union of two overlapping buffers is two discs minus their lens (hand calculation)', () => {
    // Centres d = 300 m apart, r = 300 m: lens = 2r²·acos(d/2r) − (d/2)·√(4r² − d²) =
    // 110 553.27 m²; union = 2πr² − lens = 454 933.40 m² (python3). The 64-gon circles are
    // 0.16 % smaller: tolerance 0.5 %.
    const result = catchment(
      [
        [0, 0],
        [east(300), 0],
        [Number.NaN, 0],
      ],
      300,
    );
    expect(result.issues).toMatchObject([{ code: 'invalid_point', line: 3 }]);
    expect(result.area!.geometry.type).toBe('Polygon');
    expect(Math.abs(area(result.area!) / 454_933.4 - 1)).toBeLessThan(0.005);
  });

  it('coverage: share of a territory inside the catchment', () => {
    // A 2 km square centred on one 300 m buffer: covered = the buffer (282 289 m², above).
    const territory = square(-east(1000), -east(1000), east(1000), east(1000));
    const served = catchment([[0, 0]], 300).area;
    const result = coverage(served, territory);
    expect(result.covered / 282_289.36).toBeCloseTo(1, 3);
    expect(result.share).toBeCloseTo(result.covered / area(territory), 12);
    expect(result.share).toBeCloseTo(282_289.36 / 4_000_000, 3);
    const far = square(10, 10, 11, 11);
    expect(polygonCoverage(served, [territory, far]).map((c) => c.share)).toEqual([
      result.share,
      0,
    ]);
    expect(coverage(null, far).covered).toBe(0);
  });

  it('population coverage counts the cells whose point is inside', () => {
    const served = catchment([[0, 0]], 300).area;
    const cells = {
      type: 'FeatureCollection' as const,
      features: [
        [0, 0, 120],
        [east(200), 0, 30],
        [east(400), 0, 50],
        [east(100), 0, null],
      ].map(([x, y, population]) => ({
        type: 'Feature' as const,
        properties: { population },
        geometry: { type: 'Point' as const, coordinates: [x as number, y as number] },
      })),
    };
    const result = populationCoverage(served, cells, (p) => p?.population);
    // 120 + 30 inside, 50 outside (400 m > 300 m), one cell without population.
    expect(result).toMatchObject({ total: 200, covered: 150, share: 0.75 });
    expect(result.issues).toMatchObject([{ code: 'invalid_cell', line: 4 }]);
  });

  it('population coverage of polygon cells uses their centroid', () => {
    const served = catchment([[0, 0]], 300).area;
    // 100 m cells centred 0 m and 450 m east of the stop: only the first is served.
    const cell = (x: number, population: number) => ({
      ...square(east(x - 50), -east(50), east(x + 50), east(50)),
      properties: { population },
    });
    const result = populationCoverage(served, [cell(0, 80), cell(450, 20)], (p) => p?.population);
    expect(result).toMatchObject({ total: 100, covered: 80, share: 0.8 });
  });
});
