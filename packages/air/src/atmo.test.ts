import { describe, expect, it } from 'vitest';
import { type AtmoPollutant, atmoSubIndex, indiceAtmo } from './atmo.js';

/**
 * Arrêté du 10 juillet 2020, Annexe I: upper limits (µg/m³, inclusive) of classes 1–5.
 * Written again here from the published table.
 */
const ANNEXE_I: Record<AtmoPollutant, number[]> = {
  so2: [100, 200, 350, 500, 750],
  no2: [40, 90, 120, 230, 340],
  o3: [50, 100, 130, 240, 380],
  pm10: [20, 40, 50, 100, 150],
  pm25: [10, 20, 25, 50, 75],
};
const QUALIFICATIFS = ['Bon', 'Moyen', 'Dégradé', 'Mauvais', 'Très mauvais', 'Extrêmement mauvais'];

describe('atmoSubIndex on the limits of the arrêté', () => {
  for (const [pollutant, limits] of Object.entries(ANNEXE_I) as [AtmoPollutant, number[]][]) {
    it(`${pollutant}: a limit is in its class ("≤"), 0.1 above is in the next`, () => {
      limits.forEach((limit, i) => {
        expect(atmoSubIndex(pollutant, limit)?.label).toBe(QUALIFICATIFS[i]);
        expect(atmoSubIndex(pollutant, limit - 0.1)?.level).toBe(i + 1);
        expect(atmoSubIndex(pollutant, limit + 0.1)?.level).toBe(i + 2);
      });
      expect(atmoSubIndex(pollutant, 5000)?.label).toBe('Extrêmement mauvais');
    });
  }
});

describe('indiceAtmo', () => {
  it('reproduces Lig’Air published rows (fixture fr-ligair-indice-atmo, 2022-11-09)', () => {
    // RAYMOND (18191): conc 17.8 / 0 / 64.9 / 6.1 / 3.6 → codes 1 1 2 1 1, code_qual 2 Moyen #50ccaa.
    const raymond = indiceAtmo({ no2: 17.8, so2: 0, o3: 64.9, pm10: 6.1, pm25: 3.6 });
    expect(raymond).toMatchObject({ level: 2, label: 'Moyen', dominant: 'o3' });
    expect(raymond?.color.toLowerCase()).toBe('#50ccaa');
    expect(raymond?.subIndices.map((s) => s.level)).toEqual([1, 1, 2, 1, 1]);
  });
  it('gives the English label beside the French one', () => {
    expect(indiceAtmo({ pm10: 45 })).toMatchObject({ label: 'Dégradé', labelEn: 'Degraded' });
  });
});
