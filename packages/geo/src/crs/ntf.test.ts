import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { useNtfGrid, useNtfHelmert } from './register.js';
import { reprojectPoint } from './reproject.js';

// NTF (Paris) / Lambert zone II étendu (EPSG:27572). References from PROJ 9.1.1 (cs2cs), with
// the Lambert II definition L2 = "+proj=lcc +lat_1=46.8 +lat_0=46.8 +lon_0=0 +k_0=0.99987742
// +x_0=600000 +y_0=2200000 +ellps=clrk80ign +pm=paris +units=m +no_defs":
//   3-parameter shift:  cs2cs -f %.4f +proj=longlat +datum=WGS84 +to L2 +towgs84=-168,-60,320
//     (this is also what `cs2cs EPSG:4326 EPSG:27572` prints: EPSG "NTF to WGS 84 (1)")
//   IGN grid:           cs2cs -f %.4f +proj=longlat +ellps=GRS80 +towgs84=0,0,0 +to L2
//                         +nadgrids=ntf_r93.gsb
const PARIS = [2.3499, 48.853] as const;
const POITIERS = [0.3404, 46.5802] as const;
const HELMERT = { paris: [600983.4957, 2428295.3086], poitiers: [447029.8819, 2177518.3522] };
const GRID = { paris: [600982.1302, 2428294.9961], poitiers: [447030.4952, 2177518.7375] };

function expectNear(actual: readonly number[], expected: readonly number[], tolerance: number) {
  expect(Math.abs(actual[0]! - expected[0]!)).toBeLessThan(tolerance);
  expect(Math.abs(actual[1]! - expected[1]!)).toBeLessThan(tolerance);
}

afterAll(() => useNtfHelmert());

describe('NTF Lambert II étendu', () => {
  it('uses the 3-parameter shift by default (PROJ reference, 1 mm)', () => {
    expectNear(reprojectPoint([...PARIS], 4326, 27572), HELMERT.paris, 0.001);
    expectNear(reprojectPoint([...POITIERS], 4326, 27572), HELMERT.poitiers, 0.001);
    expectNear(reprojectPoint(HELMERT.paris, 27572, 4326), PARIS, 1e-8);
  });

  it('NTF geographic (EPSG:4275) with the same shift', () => {
    // cs2cs -f %.10f +proj=longlat +datum=WGS84 +to +proj=longlat +ellps=clrk80ign
    //   +towgs84=-168,-60,320,0,0,0,0 → 2.3506230046 48.8530692542
    expectNear(reprojectPoint([...PARIS], 4326, 4275), [2.3506230046, 48.8530692542], 1e-9);
  });

  it("uses IGN's NTv2 grid ntf_r93.gsb once loaded (PROJ reference, 1 mm), and can go back", () => {
    const file = readFileSync(new URL('../../test/fixtures/ntf_r93.gsb', import.meta.url));
    useNtfGrid(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
    expectNear(reprojectPoint([...PARIS], 4326, 27572), GRID.paris, 0.001);
    expectNear(reprojectPoint([...POITIERS], 4326, 27572), GRID.poitiers, 0.001);
    expectNear(reprojectPoint(GRID.poitiers, 27572, 4326), POITIERS, 1e-8);
    // The grid moves Paris by hypot(1.3655, 0.3125) = 1.40 m (cs2cs values above) from the
    // 3-parameter shift: our own result must show the same move.
    const helmert = [600983.4957, 2428295.3086];
    const grid = reprojectPoint([...PARIS], 4326, 27572);
    expect(Math.hypot(grid[0]! - helmert[0]!, grid[1]! - helmert[1]!)).toBeCloseTo(1.4008, 3);
    useNtfHelmert();
    expectNear(reprojectPoint([...PARIS], 4326, 27572), HELMERT.paris, 0.001);
  });
});
