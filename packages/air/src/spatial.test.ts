import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Station } from './model.js';
import { stationsToGrid, stationsToPolygons } from './spatial.js';

const station = (id: string, longitude?: number, latitude?: number): Station => ({
  id,
  ...(longitude === undefined ? {} : { longitude, latitude }),
  type: 'background',
  area: 'urban',
  source: 'test',
});
const stations = [station('A', 0.3, 46.55), station('B', 0.4, 46.55), station('C')];
const values = new Map([
  ['A', 10],
  ['B', 30],
  ['C', 99],
]);

const square = (lon: number, lat: number, r = 0.01): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon - r, lat - r],
        [lon + r, lat - r],
        [lon + r, lat + r],
        [lon - r, lat + r],
        [lon - r, lat - r],
      ],
    ],
  },
});

/** Great-circle distance on a sphere of radius 1 (IDW weights are ratios: the radius cancels). */
function angle(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * Math.asin(Math.sqrt(a));
}

describe('stationsToPolygons', () => {
  it('gives a polygon centred on a station its value, one halfway the mean, and reports C', () => {
    const { values: out, issues } = stationsToPolygons(stations, values, [
      square(0.3, 46.55),
      square(0.35, 46.55),
    ]);
    expect(out[0]).toBeCloseTo(10, 9);
    expect(out[1]).toBeCloseTo(20, 9); // equal distances: (10 + 30) / 2
    expect(issues.map((i) => i.code)).toEqual(['station_without_position']);
  });
});

describe('stationsToGrid', () => {
  it('interpolates at each cell centre with weights 1/d² (checked with an independent haversine)', () => {
    const { cells } = stationsToGrid(stations, values, [0.29, 46.54, 0.41, 46.56], 2000);
    expect(cells.features.length).toBeGreaterThan(4);
    for (const cell of cells.features) {
      const { lon, lat, value } = cell.properties;
      const wa = 1 / angle(lon, lat, 0.3, 46.55) ** 2;
      const wb = 1 / angle(lon, lat, 0.4, 46.55) ** 2;
      expect(value).toBeCloseTo((10 * wa + 30 * wb) / (wa + wb), 6);
    }
  });
});
