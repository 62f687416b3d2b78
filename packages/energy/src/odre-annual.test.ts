import { describe, expect, it } from 'vitest';
import { loadOdreAnnualConsumption } from './odre-annual.js';

describe('loadOdreAnnualConsumption', () => {
  // Hand-written in the ODRÉ layout (../shared/data/energy/SOURCES.md §6): BOM, a quoted GeoJSON
  // column with doubled quotes and commas, Corse without gas.
  const header =
    'Année;Région;Code INSEE région;Consommation brute gaz (GWh PCS 0°C) - NaTran;Statut - NaTran;Consommation brute gaz (GWh PCS 0°C) - Teréga;Statut - Teréga;Consommation brute électricité (GWh) - RTE;Consommation brute gaz totale (GWh PCS 0°C);Statut - RTE;Consommation brute totale (GWh);Géo-shape région;Géo-point région';
  const shape =
    '"{""type"": ""Polygon"", ""coordinates"": [[[1.0, 46.0], [1.1, 46.1], [1.0, 46.0]]]}"';
  const csv = `\uFEFF${header}\n2014;Île-de-France;11;68009;Définitif;;;71003;68009;Définitif;139012;${shape};48.7, 2.5\n2014;Corse;94;;;;;2200;;Définitif;2200;${shape};42.1, 9.1\n2015;Occitanie;76;20000;Définitif;10000;Définitif;38000;30000;Définitif;68001;${shape};43.7, 2.1\n`;

  it('gives electricity and per-operator PCS gas records and checks the totals', async () => {
    const r = await loadOdreAnnualConsumption(new TextEncoder().encode(csv));
    expect(r.account).toMatchObject({ rowsRead: 3, rowsKept: 3, rowsRejected: 0 });
    expect(
      r.records.map((x) => [
        x.territoryCode,
        x.year,
        x.carrier,
        x.operator,
        x.value,
        x.heatingValue,
      ]),
    ).toEqual([
      ['11', 2014, 'electricite', 'RTE', 71003, undefined],
      ['11', 2014, 'gaz', 'NaTran', 68009, 'PCS'],
      ['94', 2014, 'electricite', 'RTE', 2200, undefined],
      ['76', 2015, 'electricite', 'RTE', 38000, undefined],
      ['76', 2015, 'gaz', 'NaTran', 20000, 'PCS'],
      ['76', 2015, 'gaz', 'Teréga', 10000, 'PCS'],
    ]);
    expect(r.records.every((x) => x.unit === 'GWh' && x.territoryLevel === 'region')).toBe(true);
    // 20000 + 10000 + 38000 = 68000 ≠ 68001 → one mismatch warning
    expect(r.issues.filter((i) => i.code === 'total_mismatch').length).toBe(1);
  });
});
