import { readFileSync } from 'node:fs';
import { tag } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { pointsInPolygons } from './points-in-polygons.js';
import { PolygonIndex } from './polygon-index.js';

const square = (x0: number, y0: number, size: number, name: string): Feature<Polygon> => ({
  type: 'Feature',
  properties: { name },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x0 + size, y0],
        [x0 + size, y0 + size],
        [x0, y0 + size],
        [x0, y0],
      ],
    ],
  },
});
const point = (x: number, y: number, properties: Record<string, unknown> = {}): Feature<Point> => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [x, y] },
});

const indre = JSON.parse(
  readFileSync(new URL('../../test/fixtures/communes-36-indre.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<Polygon, { code: string; nom: string }>;

describe('PolygonIndex', () => {
  it('gives a point on a shared border to the first polygon in input order, as turf tag does', () => {
    const a = square(0, 0, 1, 'A');
    const b = square(1, 0, 1, 'B');
    expect(new PolygonIndex([a, b]).locate(1, 0.5)).toBe(0);
    expect(new PolygonIndex([b, a]).locate(1, 0.5)).toBe(0);
    expect(new PolygonIndex([a, b]).locateAll(1, 0.5)).toEqual([0, 1]);
    // turf's tag: the first polygon whose booleanPointInPolygon is true wins.
    const tagged = tag(
      { type: 'FeatureCollection', features: [point(1, 0.5)] },
      { type: 'FeatureCollection', features: [b, a] },
      'name',
      'in',
    );
    expect(tagged.features[0]!.properties!.in).toBe('B');
  });

  it('respects holes and reports non-polygons without indexing them', () => {
    const ring = square(0, 0, 4, 'ring');
    ring.geometry.coordinates.push([
      [1, 1],
      [1, 3],
      [3, 3],
      [3, 1],
      [1, 1],
    ]);
    const index = new PolygonIndex([ring, point(0, 0) as unknown as Feature<Polygon>], {
      source: 'zones.geojson',
    });
    expect(index.locate(0.5, 0.5)).toBe(0);
    expect(index.locate(2, 2)).toBe(-1);
    expect(index.locate(Number.NaN, 2)).toBe(-1);
    expect(index.indexed).toBe(1);
    expect(index.issues).toMatchObject([
      { code: 'not_a_polygon', line: 2, source: 'zones.geojson' },
    ]);
  });

  it('matches the naive turf tag loop on the 243 real communes of Indre, borders included', () => {
    // Points: a deterministic pseudo-random cloud over the département's box, plus every
    // vertex shared by two or more communes (points exactly on borders).
    const points: Feature<Point>[] = [];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 1500; i++)
      points.push(point(0.85 + random() * 1.35, 46.34 + random() * 0.85));
    const owners = new Map<string, Set<number>>();
    indre.features.forEach((feature, i) => {
      for (const [x, y] of feature.geometry.coordinates[0]!) {
        const key = `${x},${y}`;
        owners.set(key, (owners.get(key) ?? new Set()).add(i));
      }
    });
    const shared = [...owners].filter(([, set]) => set.size >= 2).slice(0, 500);
    for (const [key] of shared) {
      const [x, y] = key.split(',').map(Number);
      points.push(point(x!, y!));
    }
    const collection: FeatureCollection<Point> = { type: 'FeatureCollection', features: points };
    const expected = tag(collection, indre, 'code', 'code').features.map(
      (f) => f.properties!.code ?? null,
    );
    const index = new PolygonIndex(indre);
    const actual = points.map(
      ({
        geometry: {
          coordinates: [x, y],
        },
      }) => {
        const found = index.locate(x!, y!);
        return found < 0 ? null : indre.features[found]!.properties.code;
      },
    );
    expect(actual).toEqual(expected);
    // The sample does exercise borders and the outside of the département.
    expect(shared.length).toBe(500);
    expect(expected.filter((code) => code === null).length).toBeGreaterThan(100);
  });
});

describe('pointsInPolygons', () => {
  it('counts, sums, averages, weights and counts categories per polygon (hand calculation)', () => {
    const zones = [square(0, 0, 1, 'A'), square(1, 0, 1, 'B')];
    const points = [
      point(0.5, 0.5, { kw: 22, n: 1, type: 'T2' }),
      point(0.2, 0.2, { kw: 50, n: 3, type: 'CCS' }),
      point(0.7, 0.1, { kw: null, n: 2, type: 'T2' }),
      point(1.5, 0.5, { kw: 'lots', n: 1, type: 'T2' }),
      point(5, 5, { kw: 7, n: 1, type: 'T2' }),
      { type: 'Feature', properties: { kw: 1 }, geometry: null } as unknown as Feature<Point>,
    ];
    const result = pointsInPolygons({ type: 'FeatureCollection', features: points }, zones, {
      value: (p) => p?.kw as number,
      weight: (p) => p?.n as number,
      category: (p) => p?.type as string,
      source: 'irve.geojson',
    });
    expect([...result.polygonOf]).toEqual([0, 0, 0, 1, -1, -2]);
    expect(result).toMatchObject({ total: 6, matched: 4, unmatched: 1, invalid: 1 });
    const [a, b] = result.summaries;
    // A: values 22 and 50 (null not summed): sum 72, mean 36, weighted (22·1 + 50·3)/4 = 43.
    expect(a).toMatchObject({ count: 3, valueCount: 2, sum: 72, mean: 36, weightSum: 4 });
    expect(a!.weightedMean).toBe(43);
    expect(a!.categories).toEqual({ T2: 2, CCS: 1 });
    expect(b).toMatchObject({ count: 1, valueCount: 0, sum: 0 });
    expect(b!.mean).toBeNaN();
    expect(result.issues.counts).toEqual(
      expect.arrayContaining([
        { code: 'invalid_value', severity: 'warning', count: 1 },
        { code: 'outside_polygons', severity: 'info', count: 1 },
        { code: 'invalid_point', severity: 'error', count: 1 },
      ]),
    );
  });

  it('accepts bare positions and a prebuilt index', () => {
    const index = new PolygonIndex([square(0, 0, 1, 'A')]);
    const result = pointsInPolygons(
      [
        [0.5, 0.5],
        [2, 2],
      ],
      index,
    );
    expect([...result.polygonOf]).toEqual([0, -1]);
    expect([...index.locatePositions(new Float64Array([0.5, 0.5, 2, 2]))]).toEqual([0, -1]);
  });
});
