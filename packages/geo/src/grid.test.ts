import { area } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { reprojectPoint } from './crs/reproject.js';
import { hexGrid, squareGrid } from './grid.js';
import { PolygonIndex } from './join/polygon-index.js';

// The Lambert-93 rectangle x 500 100…502 900, y 6 600 100…6 601 900 in WGS84, corners from
//   cs2cs -f %.9f EPSG:2154 EPSG:4326 (PROJ 9.1.1).
const parcel: Feature<Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0.394296776, 46.471198361],
        [0.430768933, 46.472024391],
        [0.430005542, 46.488223961],
        [0.393522564, 46.487397687],
        [0.394296776, 46.471198361],
      ],
    ],
  },
};

describe('squareGrid', () => {
  it('aligns 1 km Lambert-93 cells on round kilometres (hand count: 3 × 2 cells)', () => {
    const cells = squareGrid([parcel], 1000);
    // x 500 100…502 900 → columns 500…502; y 6 600 100…6 601 900 → rows 6600…6601.
    expect(cells.features.map((c) => c.properties.id)).toEqual([
      '6600_500',
      '6600_501',
      '6600_502',
      '6601_500',
      '6601_501',
      '6601_502',
    ]);
    const first = cells.features[0]!.properties;
    expect([first.x, first.y]).toEqual([500500, 6600500]);
    // Centre in WGS84: cs2cs gives 0.399335353, 46.474916940 for (500 500, 6 600 500).
    expect(first.lon).toBeCloseTo(0.399335353, 8);
    expect(first.lat).toBeCloseTo(46.47491694, 8);
    // Lambert-93 shrinks distances by 0.99905 at 46.5°N (scale factor), so a 1 km² map cell is
    // 1/0.99905² ≈ 1.0019 km² on the ground; turf's sphere adds up to ±0.3 %: tolerance 1 %.
    for (const cell of cells.features) expect(area(cell) / 1e6).toBeCloseTo(1, 1);
  });

  it('keeps only cells whose centre is in the mask', () => {
    const cells = squareGrid([parcel], 500, { mask: [parcel] });
    // 500 m cells: x 500 000…503 000 (6 columns), y 6 600 000…6 602 000 (4 rows); centres
    // inside x 500 100…502 900 and y 6 600 100…6 601 900: all 6 × 4 = 24.
    expect(cells.features).toHaveLength(24);
    const [x, y] = reprojectPoint(
      [cells.features[23]!.properties.lon, cells.features[23]!.properties.lat],
      4326,
      2154,
    );
    expect(x).toBeCloseTo(502750, 3);
    expect(y).toBeCloseTo(6601750, 3);
    expect(() => squareGrid([parcel], 0)).toThrow(RangeError);
  });
});

describe('hexGrid', () => {
  it('tiles the extent with hexagons of area 3√3/2·s², each point in exactly one', () => {
    const hexes = hexGrid([parcel], 500);
    // 3√3/2 × 500² = 649 519.05 m² on the map; on the ground ×1/0.99905² (see above): 1 %.
    for (const hex of hexes.features) expect(area(hex) / 649_519.05).toBeCloseTo(1, 1);
    // Adjacent centres in a row are √3·s = 866.03 m apart.
    const [a, b] = hexes.features;
    expect(b!.properties.x - a!.properties.x).toBeCloseTo(866.0254, 3);
    const index = new PolygonIndex(hexes);
    let seed = 9;
    for (let i = 0; i < 300; i++) {
      seed = (seed * 48271) % 2147483647;
      const lon = 0.3945 + (seed / 2147483647) * 0.035;
      seed = (seed * 48271) % 2147483647;
      const lat = 46.4715 + (seed / 2147483647) * 0.0155;
      expect(index.locateAll(lon, lat)).toHaveLength(1);
    }
  });
});
