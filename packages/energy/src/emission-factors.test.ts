import { describe, expect, it } from 'vitest';
import { DPE_EMISSION_FACTORS, emissionFactor, emissions } from './emission-factors.js';

describe('DPE emission factors', () => {
  it('carry the arrêté values with unit, year, PCI basis and source', () => {
    // Values: arrêtés of 31 March 2021 and 3 November 2022 (table in ../shared/notes/energy.md §2.4)
    const gas = emissionFactor('dpe-2023/gaz-naturel');
    expect(gas).toMatchObject({ value: 0.227, unit: 'kgCO2e/kWh', year: 2023, basis: 'PCI' });
    expect(gas?.source).toMatch(/Arrêté du 3 novembre 2022/);
    expect(emissionFactor('dpe-2021/fioul-domestique')?.value).toBe(0.324);
    expect(emissionFactor('dpe-2021/charbon')?.value).toBe(0.385);
    expect(emissionFactor('dpe-2023/charbon')?.value).toBe(0.384);
    expect(emissionFactor('nope')).toBeUndefined();
    expect(new Set(DPE_EMISSION_FACTORS.map((f) => f.id)).size).toBe(DPE_EMISSION_FACTORS.length);
  });
});

describe('emissions', () => {
  const gas = emissionFactor('dpe-2023/gaz-naturel')!;

  it('converts PCS consumption to PCI before applying a PCI factor', () => {
    // 111 MWh PCS / 1.11 = 100 MWh PCI = 100 000 kWh × 0.227 = 22 700 kg
    expect(emissions(111, 'MWh', gas, { basis: 'PCS' })).toBeCloseTo(22_700, 6);
    // same amount declared PCI: 111 000 × 0.227 = 25 197 kg
    expect(emissions(111, 'MWh', gas)).toBeCloseTo(25_197, 6);
    expect(emissions(1, 'GWh', gas, { basis: 'PCI' })).toBeCloseTo(227_000, 6);
  });

  it('applies final-energy factors without heating-value conversion', () => {
    const elec = {
      id: 'user/elec',
      label: 'Électricité (user-supplied)',
      carrier: 'electricite' as const,
      value: 0.05,
      unit: 'kgCO2e/kWh' as const,
      year: 2023,
      basis: 'final' as const,
      source: 'test',
    };
    // 2 000 kWh × 0.05 = 100 kg, PCS flag ignored for electricity
    expect(emissions(2000, 'kWh', elec, { basis: 'PCS' })).toBeCloseTo(100, 12);
  });
});
