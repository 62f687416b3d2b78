import { fileURLToPath } from 'node:url';
import { openArchive, readTable } from '@datacites/core';
import { area, booleanPointInPolygon, featureCollection, union } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bboxOf } from './bbox.js';
import {
  type AreaFeature,
  bufferPoints,
  catchment,
  coverage,
  polygonCoverage,
  populationCoverage,
  unionAll,
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

// The reference for the grouped union: the same circles (bufferPoints) merged by one plain turf
// `union` of them all, in input order, as a user would write it.
function plainUnion(points: Position[], metres: number): AreaFeature | null {
  const circles = bufferPoints(points, metres).circles.features;
  return circles.length === 0 ? null : (union(featureCollection(circles)) as AreaFeature | null);
}

/** Points of a `side` × `side` grid over the box of `shape`, a little wider than it. */
function probes(shape: AreaFeature, side: number): Position[] {
  const [minX, minY, maxX, maxY] = bboxOf(shape)!;
  const padX = (maxX - minX) * 0.05;
  const padY = (maxY - minY) * 0.05;
  const out: Position[] = [];
  for (let i = 0; i < side; i++) {
    for (let j = 0; j < side; j++) {
      // Offsets by irrational fractions of a step keep probes off the circles' vertices.
      out.push([
        minX - padX + ((i + Math.SQRT1_2) / side) * (maxX - minX + 2 * padX),
        minY - padY + ((j + Math.PI / 4) / side) * (maxY - minY + 2 * padY),
      ]);
    }
  }
  return out;
}

/**
 * Asserts that `ours` covers the same set as the plain union: same turf area to a relative
 * 1e-9 (both sweep the same vertices; the gaps seen are below 1e-11, polyclip's rounding), and
 * the same inside/outside answer of turf's `booleanPointInPolygon` on a grid of probes.
 */
function expectSameCover(ours: AreaFeature | null, reference: AreaFeature | null, side = 40) {
  if (reference === null) {
    expect(ours).toBeNull();
    return;
  }
  expect(ours).not.toBeNull();
  expect(Math.abs(area(ours!) / area(reference) - 1)).toBeLessThan(1e-9);
  const grid = probes(reference, side);
  const inside = grid.map((p) => booleanPointInPolygon(p, reference));
  expect(grid.map((p) => booleanPointInPolygon(p, ours!))).toEqual(inside);
  // The probes must see both sides, or the comparison would prove nothing.
  expect(inside).toContain(true);
  expect(inside).toContain(false);
}

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential generator). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('catchment union: same cover as one plain turf union of the same circles', () => {
  it('disjoint groups become one MultiPolygon without merging them', () => {
    // Three clusters of three stops 200 m apart, clusters 5 km apart: three separate areas.
    const points: Position[] = [];
    for (const x of [0, 5000, 10_000]) {
      points.push([east(x), 0], [east(x + 200), 0], [east(x + 100), east(150)]);
    }
    const ours = catchment(points, 300).area;
    const reference = plainUnion(points, 300);
    expect(ours!.geometry.type).toBe('MultiPolygon');
    expect(ours!.geometry.coordinates).toHaveLength(3);
    expect(reference!.geometry.coordinates).toHaveLength(3);
    expectSameCover(ours, reference);
  });

  it('circles whose boxes meet but which do not overlap stay two polygons', () => {
    // Diagonal neighbours 700 m apart (each axis 495 m < 2r = 600 m, distance > 600 m): one
    // group for the box test, still two pieces after the union.
    const points: Position[] = [
      [0, 0],
      [east(495), east(495)],
    ];
    const ours = catchment(points, 300).area;
    expect(ours!.geometry.type).toBe('MultiPolygon');
    expect(ours!.geometry.coordinates).toHaveLength(2);
    expectSameCover(ours, plainUnion(points, 300));
  });

  it('a chain of overlapping circles becomes one polygon', () => {
    // 40 stops 500 m apart on the equator, r = 300 m: each overlaps the next (500 < 600).
    const points: Position[] = Array.from({ length: 40 }, (_, i) => [east(500 * i), 0]);
    const ours = catchment(points, 300).area;
    expect(ours!.geometry.type).toBe('Polygon');
    expectSameCover(ours, plainUnion(points, 300), 80);
  });

  it('circles in shuffled order give the cover of the ordered ones', () => {
    // 150 stops scattered over a 3 km square, then the same stops shuffled.
    const next = random(42);
    const points: Position[] = Array.from({ length: 150 }, () => [
      east(3000 * next()),
      east(3000 * next()),
    ]);
    const shuffled = [...points];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const reference = plainUnion(points, 250);
    expectSameCover(catchment(points, 250).area, reference);
    expectSameCover(catchment(shuffled, 250).area, reference);
  });

  it('repeated and nearly repeated stops (a circle inside another)', () => {
    // The same stop three times, one 1 m away, one 250 m away, and a pair 2 m apart 5 km off.
    const points: Position[] = [
      [0, 0],
      [0, 0],
      [east(1), 0],
      [0, 0],
      [east(250), 0],
      [east(5000), 0],
      [east(5002), 0],
    ];
    const ours = catchment(points, 300).area;
    expect(ours!.geometry.coordinates).toHaveLength(2);
    expectSameCover(ours, plainUnion(points, 300));
  });

  it('a single point gives its circle, no point and invalid points give null', () => {
    const single = catchment([[2.35, 48.85]], 400);
    expect(single.area).toEqual(single.circles.features[0]);
    expect(catchment([], 400)).toMatchObject({ area: null, issues: [] });
    const invalid = catchment([[Number.NaN, 1]], 400);
    expect(invalid.area).toBeNull();
    expect(invalid.issues).toMatchObject([{ code: 'invalid_point', line: 1 }]);
    expect(unionAll([])).toBeNull();
  });

  it('the 416 real stops of Cairns (gtfs fixture) give the cover of one plain union', async () => {
    // TransLink Queensland's Cairns feed from gtfs_kit, committed as a @datacites/gtfs fixture
    // (MIT, see packages/gtfs/test/fixtures/SOURCES.md); every stop has a position.
    const zip = fileURLToPath(new URL('../../gtfs/test/fixtures/cairns_gtfs.zip', import.meta.url));
    const archive = await openArchive(zip);
    const { rows } = await readTable(archive.open('stops.txt'));
    const points = rows.map((row) => [Number(row.stop_lon), Number(row.stop_lat)]);
    expect(points).toHaveLength(416);
    const ours = catchment(points, 400);
    expect(ours.issues).toEqual([]);
    expectSameCover(ours.area, plainUnion(points, 400), 60);
  });
});
