import { describe, expect, it } from 'vitest';
import type { DpeRecord } from './dpe.js';
import { summariseDpeByArea } from './dpe-areas.js';

const dpe = (
  id: string,
  lon: number | null,
  lat: number | null,
  label: string | null,
  kwh: number | null,
): DpeRecord => ({
  id,
  energyLabel: label,
  ghgLabel: null,
  primaryEnergyPerM2: kwh,
  ghgPerM2: null,
  floorArea: null,
  constructionYear: null,
  lon,
  lat,
  positionSource: lon === null ? null : 'geopoint',
});

const square = (name: string, x0: number, y0: number, size: number) => ({
  type: 'Feature' as const,
  properties: { name },
  geometry: {
    type: 'Polygon' as const,
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

describe('summariseDpeByArea', () => {
  it('counts labels, mean kWh/m² and F+G share per polygon, and accounts for every record', () => {
    // Two hand-made 0.1° squares near Limoges; expected values by hand.
    const polygons = {
      type: 'FeatureCollection' as const,
      features: [square('west', 1.2, 45.8, 0.1), square('east', 1.3, 45.8, 0.1)],
    };
    const records = [
      dpe('a', 1.22, 45.82, 'F', 300), // west
      dpe('b', 1.25, 45.83, 'C', 100), // west
      dpe('c', 1.26, 45.85, 'G', null), // west, no kWh
      dpe('d', 1.35, 45.85, 'D', 200), // east
      dpe('e', 2.0, 45.85, 'B', 90), // outside
      dpe('f', null, null, 'E', 250), // no position
    ];
    const r = summariseDpeByArea(records, polygons);
    expect(r).toMatchObject({ total: 6, located: 4, outside: 1, withoutPosition: 1 });
    expect([...r.areaOf]).toEqual([0, 0, 0, 1, -1, -1]);
    // west: 3 certificates, labels F, C, G → F+G share 2/3; mean kWh (300 + 100) / 2 = 200
    expect(r.areas[0]).toEqual({
      count: 3,
      labels: { F: 1, C: 1, G: 1 },
      meanPrimaryEnergyPerM2: 200,
      shareFG: 2 / 3,
    });
    expect(r.areas[1]).toEqual({
      count: 1,
      labels: { D: 1 },
      meanPrimaryEnergyPerM2: 200,
      shareFG: 0,
    });
  });
});
