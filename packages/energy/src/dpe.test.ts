import { describe, expect, it } from 'vitest';
import { loadDpe } from './dpe.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('loadDpe', () => {
  it('converts Lambert-93 to WGS84 (checked against an independent LCC computation)', async () => {
    // Expected: python3 implementation of the Lambert conformal conic 2SP forward formulas
    // (GRS80, φ1 49°, φ2 44°, φ0 46.5°, λ0 3°E, X0 700 000, Y0 6 600 000 — the EPSG:2154
    // definition) gives (562229.38, 6526789.44) for 45.826810988352°N 1.2252910610416745°E
    // (the _geopoint of the first row of the real Limoges extract), and (700000, 6600000) for
    // the projection origin 46.5°N 3°E.
    const csv =
      'numero_dpe;etiquette_dpe;etiquette_ges;conso_5_usages_par_m2_ep;emission_ges_5_usages_par_m2;coordonnee_cartographique_x_ban;coordonnee_cartographique_y_ban;_geopoint;surface_habitable_logement;annee_construction\n' +
      '2687E0004562A;E;E;274;48.2;562229.38;6526789.44;45.826810988352,1.2252910610416745;117.9;\n' +
      '0000000000001;C;A;120;3;700000;6600000;;;1975\n' +
      '0000000000002;C;A;120;3;700000;6600000;45.8,1.2;;\n' +
      '0000000000003;D;B;180;9;;;45.83,1.25;;\n' +
      '0000000000004;H;B;180;9;;;;;\n' +
      '0000000000005;D;B;180;9;10;20;;;\n';
    const r = await loadDpe(bytes(csv));
    expect(r.account).toMatchObject({ rowsRead: 6, rowsKept: 5, rowsRejected: 1 }); // label H
    const [a, b, c, d, e] = r.records;
    expect(a?.lon).toBeCloseTo(1.2252910610416745, 6);
    expect(a?.lat).toBeCloseTo(45.826810988352, 6);
    expect(a).toMatchObject({
      energyLabel: 'E',
      primaryEnergyPerM2: 274,
      ghgPerM2: 48.2,
      floorArea: 117.9,
      constructionYear: null,
      positionSource: 'lambert93',
    });
    expect(b?.lon).toBeCloseTo(3, 9);
    expect(b?.lat).toBeCloseTo(46.5, 9);
    expect(b?.constructionYear).toBe(1975);
    expect(c?.positionSource).toBe('lambert93'); // kept, with a mismatch warning
    expect(d).toMatchObject({ lon: 1.25, lat: 45.83, positionSource: 'geopoint' });
    expect(e).toMatchObject({ lon: null, lat: null, positionSource: null });
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain('position_mismatch');
    expect(codes).toContain('position_out_of_bounds');
    expect(codes.filter((x) => x === 'position_mismatch').length).toBe(1);
  });
});
