import type { FeatureCollection, Point } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { FRENCH_CRS } from './french-crs.js';
import { registerFrenchCrs } from './register.js';
import {
  createReprojector,
  reproject,
  reprojectBBox,
  reprojectFeatures,
  reprojectPoint,
  reprojectPositions,
} from './reproject.js';

// Reference values: PROJ 9.1.1 (Debian proj-bin), the reference implementation, run as
//   echo "<lat> <lon>" | cs2cs -f %.4f EPSG:4326 EPSG:<code>
// PROJ picks EPSG's transformation for each pair: a null shift RGF93/RGFG95/RGR92/RGAF09/RGM04/
// RGSPM06/RGNC91-93 ↔ WGS 84 (accuracy 1 m), and "RGPF to WGS 84 (1)" (7-parameter Helmert) for
// the Polynésie zones. Tolerance: 1 mm in metres (proj4js and PROJ use the same formulas; the
// differences measured are below 0.1 mm).
const PROJ_REFERENCE: Record<string, [lon: number, lat: number, x: number, y: number][]> = {
  'EPSG:2154': [
    [2.3499, 48.853, 652296.9731, 6861636.3585], // Paris
    [0.3404, 46.5802, 496374.4362, 6612336.2873], // Poitiers
    [7.262, 43.7102, 1043410.1597, 6299400.043], // Nice
    [-4.4861, 48.3904, 146632.9785, 6836262.3267], // Brest
  ],
  'EPSG:9793': [[2.3499, 48.853, 652296.9731, 6861636.3585]],
  'EPSG:9794': [[0.3404, 46.5802, 496374.4362, 6612336.2873]],
  'EPSG:3942': [[1.4, 42.2, 1567872.8659, 1223447.7055]],
  'EPSG:3943': [[1.8, 43.2, 1602479.8603, 2222913.5924]],
  'EPSG:3944': [[2.2, 44.2, 1636057.0597, 3222531.0966]],
  'EPSG:3945': [[2.6, 45.2, 1668573.8037, 4222302.4631]],
  'EPSG:3946': [[3.0, 46.2, 1700000.0, 5222228.7999]],
  'EPSG:3947': [[3.4, 47.2, 1730306.1501, 6222310.0744]],
  'EPSG:3948': [[3.8, 48.2, 1759463.377, 7222545.1132]],
  'EPSG:3949': [[4.2, 49.2, 1787443.453, 8222931.6049]],
  'EPSG:3950': [[4.6, 50.2, 1814218.8281, 9223466.1075]],
  'EPSG:9822': [[3.1, 41.7, 1708323.2792, 1166686.4391]],
  'EPSG:9823': [[3.1, 42.7, 1708193.0662, 2166680.623]],
  'EPSG:9824': [[3.1, 43.7, 1708060.3434, 3166674.784]],
  'EPSG:9825': [[3.1, 44.7, 1707925.1505, 4166668.9292]],
  'EPSG:9826': [[3.1, 45.7, 1707787.5277, 5166663.0656]],
  'EPSG:9827': [[3.1, 46.7, 1707647.5162, 6166657.2004]],
  'EPSG:9828': [[3.1, 47.7, 1707505.1577, 7166651.3409]],
  'EPSG:9829': [[3.1, 48.7, 1707360.4949, 8166645.494]],
  'EPSG:9830': [[3.1, 49.7, 1707213.5712, 9166639.6671]],
  'EPSG:9842': [[2.6, 42.35, 1667044.2446, 1238950.7362]],
  'EPSG:9843': [[2.6, 43.35, 1667571.6451, 2238957.7722]],
  'EPSG:9844': [[2.6, 44.35, 1668108.9818, 3238964.7308]],
  'EPSG:9845': [[2.6, 45.35, 1668656.0946, 4238971.6034]],
  'EPSG:9846': [[2.6, 46.35, 1669212.8203, 5238978.3817]],
  'EPSG:9847': [[2.6, 47.35, 1669778.9924, 6238985.0575]],
  'EPSG:9848': [[2.6, 48.35, 1670354.4417, 7238991.6225]],
  'EPSG:9849': [[2.6, 49.35, 1670938.9956, 8238998.0687]],
  'EPSG:9850': [[2.6, 50.35, 1671532.4788, 9239004.3882]],
  'EPSG:2972': [[-52.3263, 4.9224, 352943.6805, 544232.5879]], // Cayenne
  'EPSG:2975': [[55.4504, -20.8821, 338811.025, 7690123.5003]], // Saint-Denis
  'EPSG:5490': [
    [-61.0588, 14.6161, 709096.3158, 1616759.7331], // Fort-de-France
    [-61.5331, 16.2411, 656770.8974, 1796166.1758], // Pointe-à-Pitre
  ],
  'EPSG:4471': [[45.2279, -12.7806, 524735.3747, 8587115.8115]], // Mamoudzou
  'EPSG:4467': [[-56.1773, 46.7811, 562801.1017, 5181167.597]], // Saint-Pierre
  'EPSG:3163': [[166.4572, -22.2758, 447118.8915, 214034.1406]], // Nouméa
  'EPSG:3296': [[-151.35, -22.45, 669788.081, 7516429.6381]], // Austral islands
  'EPSG:3297': [[-149.5585, -17.5516, 228399.3042, 8057593.4452]], // Papeete
  'EPSG:3298': [[-140.1, -8.91, 598950.2359, 9014978.1435]], // Nuku Hiva
  'EPSG:3857': [[2.3499, 48.853, 261589.6714, 6249955.2785]],
};

describe('reprojection against PROJ 9.1.1', () => {
  for (const [code, cases] of Object.entries(PROJ_REFERENCE)) {
    it(`${code}: WGS84 → projected and back within 1 mm / 1e-8°`, () => {
      for (const [lon, lat, x, y] of cases) {
        const [px, py] = reprojectPoint([lon, lat], 'EPSG:4326', code);
        expect(Math.abs(px! - x)).toBeLessThan(0.001);
        expect(Math.abs(py! - y)).toBeLessThan(0.001);
        const [blon, blat] = reprojectPoint([x, y], code, 'EPSG:4326');
        expect(Math.abs(blon! - lon)).toBeLessThan(1e-8);
        expect(Math.abs(blat! - lat)).toBeLessThan(1e-8);
      }
    });
  }

  it('covers every projected CRS of the registry (NTF apart)', () => {
    const projected = FRENCH_CRS.filter((crs) => crs.kind === 'projected').map((c) => c.code);
    const untested = projected.filter((code) => !(code in PROJ_REFERENCE));
    // NTF Lambert II étendu is tested in ntf.test.ts (with and without IGN's grid).
    expect(untested).toEqual(['EPSG:27572']);
  });

  it('geographic RGF93 v1/v2/v2b equal WGS84 (EPSG null transformation, as cs2cs prints)', () => {
    // echo "48.853 2.3499" | cs2cs -f %.10f EPSG:4326 EPSG:4171 → 48.8530000000 2.3499000000
    for (const code of ['EPSG:4171', 'EPSG:9777', 'EPSG:9782']) {
      const [lon, lat] = reprojectPoint([2.3499, 48.853], 4326, code);
      expect(lon).toBeCloseTo(2.3499, 9);
      expect(lat).toBeCloseTo(48.853, 9);
    }
  });
});

describe('IOGP Guidance Note 7-2 worked example', () => {
  it('Popular Visualisation Pseudo-Mercator (EPSG:3857), section 1.3.3.2', () => {
    // GN 7-2 example: φ = 24°22'54.433"N, λ = 100°20'00.000"W → E = −11 169 055.58 m,
    // N = 2 800 000.00 m (cs2cs prints the same values).
    const lat = 24 + 22 / 60 + 54.433 / 3600;
    const lon = -(100 + 20 / 60);
    const [x, y] = reprojectPoint([lon, lat], 'EPSG:4326', 'EPSG:3857');
    expect(x).toBeCloseTo(-11169055.58, 2);
    expect(y).toBeCloseTo(2800000.0, 2);
  });
});

describe('helpers', () => {
  it('accepts codes as numbers, lower case and OGC URNs', () => {
    const expected = reprojectPoint([2.3499, 48.853], 'EPSG:4326', 'EPSG:2154');
    expect(reprojectPoint([2.3499, 48.853], 4326, 2154)).toEqual(expected);
    expect(reprojectPoint([2.3499, 48.853], 'urn:ogc:def:crs:OGC:1.3:CRS84', 'epsg:2154')).toEqual(
      expected,
    );
  });

  it('reprojectPositions converts interleaved coordinates like one-by-one calls', () => {
    const flat = new Float64Array([652296.9731, 6861636.3585, 496374.4362, 6612336.2873]);
    const out = reprojectPositions(flat, 2154, 4326);
    // Expected values from the PROJ table above (Paris, Poitiers).
    expect(out[0]).toBeCloseTo(2.3499, 8);
    expect(out[1]).toBeCloseTo(48.853, 8);
    expect(out[2]).toBeCloseTo(0.3404, 8);
    expect(out[3]).toBeCloseTo(46.5802, 8);
    const bad = reprojectPositions([Number.NaN, 6861636.3585, 652296.9731, Infinity], 2154, 4326);
    expect([...bad]).toEqual([Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
  });

  it('reprojectBBox spans the converted corners (cs2cs corners of a Lambert-93 box)', () => {
    // cs2cs -f %.9f EPSG:2154 EPSG:4326 on the corners of x 500 100…502 900,
    // y 6 600 100…6 601 900: SW 0.394296776 46.471198361, SE 0.430768933 46.472024391,
    // NE 0.430005542 46.488223961, NW 0.393522564 46.487397687. Edges bulge by < 1e-6°.
    const box = reprojectBBox([500100, 6600100, 502900, 6601900], 2154, 4326)!;
    const expected = [0.393522564, 46.471198361, 0.430768933, 46.488223961];
    box.forEach((value, i) => {
      expect(Math.abs(value - expected[i]!)).toBeLessThan(1e-6);
    });
    expect(reprojectBBox([Number.NaN, 0, Number.NaN, 0], 2154, 4326)).toBeUndefined();
  });

  it('registers the definitions with proj4 itself', () => {
    registerFrenchCrs();
    const [x] = proj4('EPSG:4326', 'EPSG:2154', [2.3499, 48.853]);
    expect(x).toBeCloseTo(652296.9731, 3);
  });

  it('throws on an unknown EPSG code', () => {
    expect(() => createReprojector('EPSG:999999', 'EPSG:4326')).toThrow(/Unknown CRS EPSG:999999/);
  });

  it('reproject copies GeoJSON, keeps properties and heights, drops stale bbox', () => {
    const collection: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      bbox: [0, 0, 1, 1],
      features: [
        {
          type: 'Feature',
          properties: { name: 'Paris' },
          geometry: { type: 'Point', coordinates: [652296.9731, 6861636.3585, 35] },
        },
      ],
    };
    const out = reproject(collection, 2154, 4326);
    expect(out.bbox).toBeUndefined();
    expect(out.features[0]!.properties).toEqual({ name: 'Paris' });
    const [lon, lat, h] = out.features[0]!.geometry.coordinates;
    expect(lon).toBeCloseTo(2.3499, 8);
    expect(lat).toBeCloseTo(48.853, 8);
    expect(h).toBe(35);
    expect(collection.features[0]!.geometry.coordinates[0]).toBe(652296.9731);
  });

  it('reprojectFeatures rejects features it cannot convert, with an issue, and loses none', () => {
    const collection: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [2, 48] } },
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Point', coordinates: [Number.NaN, 48] },
        },
      ],
    };
    const {
      collection: kept,
      rejected,
      issues,
    } = reprojectFeatures(collection, 4326, 2154, 'stations.geojson');
    expect(kept.features.length + rejected.length).toBe(2);
    expect(rejected).toHaveLength(1);
    expect(issues).toMatchObject([
      { code: 'unprojectable_position', severity: 'error', line: 2, source: 'stations.geojson' },
    ]);
  });
});
