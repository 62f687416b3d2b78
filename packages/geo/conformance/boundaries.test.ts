import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pointOnFeature, tag } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PolygonIndex, pointsInPolygons } from '../src/index.js';

// Real IGN Admin Express boundaries from ../shared/data/boundaries (2,050 communes of
// Centre-Val de Loire and Vienne, 96+ départements). Expected results come from turf's own
// naive loop (`tag`), an implementation independent of our index.
const folder = join(process.env.DATACITES_SHARED_DATA!, 'boundaries');
type Area = FeatureCollection<Polygon | MultiPolygon, { code: string; nom: string }>;
const read = (file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as Area;
const communes: Area = {
  type: 'FeatureCollection',
  features: readdirSync(folder)
    .filter((file) => file.startsWith('communes-'))
    .sort()
    .flatMap((file) => read(file).features),
};
const departements = read('departements-version-simplifiee.geojson');

const point = (x: number, y: number): Feature<Point> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates: [x, y] },
});

describe('points in the 2,050 real communes', () => {
  it('has the 2,050 communes the issue speaks of', () => {
    expect(communes.features).toHaveLength(2050);
  });

  it('gives the same commune as turf tag for random points and for shared border vertices', () => {
    let seed = 2026;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const points: Feature<Point>[] = [];
    for (let i = 0; i < 3000; i++) points.push(point(-0.2 + random() * 3.4, 46 + random() * 2.95));
    // Vertices of two or more communes, across département files too (borders of Vienne,
    // Indre, Cher…): points exactly on shared borders.
    const owners = new Map<string, number>();
    for (const feature of communes.features) {
      const rings =
        feature.geometry.type === 'Polygon'
          ? feature.geometry.coordinates
          : feature.geometry.coordinates.flat();
      for (const ring of rings) {
        for (const [x, y] of ring) owners.set(`${x},${y}`, (owners.get(`${x},${y}`) ?? 0) + 1);
      }
    }
    const shared = [...owners].filter(([, count]) => count >= 2);
    for (let i = 0; i < shared.length; i += Math.ceil(shared.length / 2000)) {
      const [x, y] = shared[i]![0].split(',').map(Number);
      points.push(point(x!, y!));
    }
    const collection: FeatureCollection<Point> = { type: 'FeatureCollection', features: points };
    const expected = tag(collection, communes, 'code', 'code').features.map(
      (f) => f.properties?.code ?? null,
    );
    const result = pointsInPolygons(collection, communes);
    const actual = Array.from(result.polygonOf, (i) =>
      i < 0 ? null : communes.features[i]!.properties.code,
    );
    expect(actual).toEqual(expected);
    expect(result.total).toBe(result.matched + result.unmatched + result.invalid);
    expect(points.length).toBeGreaterThan(4900);
  });

  it('puts a point of every commune in the département of its INSEE code', () => {
    const index = new PolygonIndex(departements);
    const wrong: string[] = [];
    for (const commune of communes.features) {
      const [x, y] = pointOnFeature(commune).geometry.coordinates;
      const found = index.locate(x!, y!);
      const code = found < 0 ? 'none' : departements.features[found]!.properties.code;
      if (code !== commune.properties.code.slice(0, 2))
        wrong.push(`${commune.properties.code}→${code}`);
    }
    // Communes and départements are simplified separately, yet pointOnFeature keeps every
    // commune's point well inside: none falls in another département.
    expect(wrong).toEqual([]);
  });
});
