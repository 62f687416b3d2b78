import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';

describe('@datacites/geo main entry', () => {
  it('has no side effect on import: CRS are registered on first use', async () => {
    const geo = await import('./index.js');
    expect(proj4.defs('EPSG:2154')).toBeUndefined();
    // First use registers them. PROJ 9.1.1 (cs2cs EPSG:2154 → EPSG:4326): Paris.
    const [lon, lat] = geo.reprojectPoint([652296.9731, 6861636.3585], 2154, 4326);
    expect(lon).toBeCloseTo(2.3499, 8);
    expect(lat).toBeCloseTo(48.853, 8);
    expect(proj4.defs('EPSG:2154')).toBeDefined();
  });
});
