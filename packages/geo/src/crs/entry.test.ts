import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';

describe('@datacites/geo/crs entry', () => {
  it('registers the French CRS with proj4 when imported, and only then', async () => {
    // proj4js 2.22 predefines only EPSG:4326, 4269, 3857 and the WGS84 UTM zones.
    expect(proj4.defs('EPSG:2154')).toBeUndefined();
    await import('./index.js');
    expect(proj4.defs('EPSG:2154')).toBeDefined();
    expect(proj4.defs('EPSG:27572')).toBeDefined();
    // PROJ 9.1.1: echo "48.853 2.3499" | cs2cs -f %.4f EPSG:4326 EPSG:2154 → 652296.9731 6861636.3585
    const [x, y] = proj4('EPSG:4326', 'EPSG:2154', [2.3499, 48.853]);
    expect(x).toBeCloseTo(652296.9731, 3);
    expect(y).toBeCloseTo(6861636.3585, 3);
  });
});
