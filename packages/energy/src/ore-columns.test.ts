import { describe, expect, it } from 'vitest';
import { loadOreConsumption } from './ore.js';
import { loadOreConsumptionColumns, SECTORS } from './ore-columns.js';

const FIXTURE = new URL(
  '../test/fixtures/ore-conso-elec-gaz-departement-excerpt.csv',
  import.meta.url,
).pathname;

// Independent check: the columnar loader must give the same records as the object loader
// (itself checked against awk totals in ore.test.ts), field by field.
const core = (r: Record<string, unknown>) => ({
  territoryCode: r.territoryCode,
  territoryLevel: r.territoryLevel,
  sector: r.sector,
  carrier: r.carrier,
  year: r.year,
  value: r.value,
  deliveryPoints: r.deliveryPoints,
  mask: r.mask,
  operator: r.operator,
  heatingValue: r.heatingValue,
});

describe('loadOreConsumptionColumns', () => {
  it('equals the object loader on the real ORE excerpt', async () => {
    const objects = await loadOreConsumption(FIXTURE);
    const columns = await loadOreConsumptionColumns(FIXTURE);
    expect(columns.length).toBe(objects.records.length);
    expect(columns.account).toEqual(objects.account);
    for (let i = 0; i < columns.length; i++) {
      expect(core(columns.record(i) as never)).toEqual(core(objects.records[i] as never));
    }
    // awk: 2019 résidentiel total of the excerpt = 7 048 807.12 MWh
    let residential = 0;
    for (let i = 0; i < columns.length; i++) {
      if (columns.year[i] === 2019 && SECTORS[columns.sector[i]!] === 'residentiel') {
        residential += columns.value[i]!;
      }
    }
    expect(residential).toBeCloseTo(7048807.12, 2);
  });

  it('equals the object loader on a long SDES-style file with masks and rejections', async () => {
    const csv = new TextEncoder().encode(
      [
        '"ID";"OPERATEUR";"ANNEE";"IRIS_CODE";"IRIS_LIBELLE";"FILIERE";"CODE_GRAND_SECTEUR";"CONSO";"PDL"',
        '"0103C";"A";"2021";"010310000";"x";"C";"X";"6249";"12"',
        '"0201C";"B";"2021";"026910210";"y";"C";"R";"secret";"secret"',
        '"0105C";"C";"2021";"013440000";"z";"C";"nd";"nd";"nd"',
        '"0106Z";"D";"2021";"013440000";"z";"Z";"T";"1";"1"',
        '"0107C";"E";"2021";"013440000";"z";"C";"Q";"1";"1"',
      ].join('\n'),
    );
    const objects = await loadOreConsumption(csv);
    const columns = await loadOreConsumptionColumns(csv);
    expect(columns.account).toEqual(objects.account);
    expect(columns.account).toMatchObject({ rowsRead: 5, rowsKept: 3, rowsRejected: 2 });
    expect(
      Array.from({ length: columns.length }, (_, i) => core(columns.record(i) as never)),
    ).toEqual(objects.records.map((r) => core(r as never)));
  });
});
