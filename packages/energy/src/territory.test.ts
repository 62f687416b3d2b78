import { describe, expect, it } from 'vitest';
import type { ConsumptionRecord } from './model.js';
import { aggregateConsumption, perCapita, perDwelling } from './territory.js';

const rec = (
  territoryCode: string,
  value: number | null,
  extra: Partial<ConsumptionRecord> = {},
): ConsumptionRecord => ({
  territoryCode,
  territoryLevel: 'commune',
  sector: 'residentiel',
  carrier: 'electricite',
  year: 2021,
  value,
  unit: 'MWh',
  deliveryPoints: value === null ? null : 10,
  ...extra,
});

// Hand-made hierarchy: communes 86194 (Poitiers) and 86041 in EPCI 200069854, département 86,
// région 75; commune 37261 (Tours) in département 37, région 24.
const parents = new Map([
  ['86194', { epci: '200069854', departement: '86', region: '75' }],
  ['86041', { epci: '200069854', departement: '86', region: '75' }],
  ['37261', { departement: '37', region: '24' }],
]);

describe('aggregateConsumption', () => {
  const records = [
    rec('86194', 100),
    rec('86041', 20),
    rec('86041', null, { mask: 'secret' }),
    rec('37261', 3000, { unit: 'kWh' }), // 3 MWh
    rec('99999', 5),
    rec('86194', 7, { carrier: 'gaz', heatingValue: 'PCS' }),
  ];

  it('sums per target code, year, sector and carrier, and reports what it cannot place', () => {
    const r = aggregateConsumption(records, 'departement', parents);
    const elec86 = r.totals.find((t) => t.territoryCode === '86' && t.carrier === 'electricite');
    expect(elec86).toMatchObject({ value: 120, records: 3, maskedRecords: 1, deliveryPoints: 20 });
    const elec37 = r.totals.find((t) => t.territoryCode === '37');
    expect(elec37?.value).toBeCloseTo(3, 12);
    const gas86 = r.totals.find((t) => t.carrier === 'gaz');
    expect(gas86).toMatchObject({ value: 7, heatingValue: 'PCS' });
    expect(r.unmapped).toEqual(['99999']);
    expect(r.unmappedRecords).toBe(1);
    // every record accounted for: 5 summed + 1 unmapped
    expect(r.totals.reduce((s, t) => s + t.records, 0) + r.unmappedRecords).toBe(records.length);
  });

  it('leaves records without an EPCI unmapped at EPCI level', () => {
    const r = aggregateConsumption(records, 'epci', parents);
    expect(r.unmapped).toEqual(['37261', '99999']);
    expect(r.totals.find((t) => t.carrier === 'electricite')?.value).toBe(120);
  });
});

describe('aggregateConsumption to country level', () => {
  it('gives totals per year, sector and carrier without a mapping', () => {
    const r = aggregateConsumption(
      [
        rec('86194', 100),
        rec('37261', 20),
        rec('99999', null, { mask: 'secret' }),
        rec('86194', 5, { sector: 'tertiaire' }),
      ],
      'country',
    );
    expect(r.unmappedRecords).toBe(0);
    expect(
      r.totals.map((t) => [t.territoryCode, t.sector, t.value, t.records, t.maskedRecords]),
    ).toEqual([
      ['FR', 'residentiel', 120, 3, 1],
      ['FR', 'tertiaire', 5, 1, 0],
    ]);
  });
});

describe('perCapita / perDwelling', () => {
  it('divides by the denominator and lists territories without one', () => {
    const r = perCapita(
      [
        { territoryCode: '86', value: 4400 },
        { territoryCode: '37', value: 10 },
        { territoryCode: '18', value: null },
      ],
      new Map([
        ['86', 440],
        ['37', 0],
        ['18', 5],
      ]),
    );
    expect(r.values).toEqual([{ territoryCode: '86', value: 10 }]);
    expect(r.missing).toEqual(['37', '18']);
    expect(
      perDwelling([{ territoryCode: 'a', value: 9 }], new Map([['a', 3]])).values[0]?.value,
    ).toBe(3);
  });
});
