import { describe, expect, it } from 'vitest';
import {
  convertEnergy,
  convertHeatingValue,
  convertPower,
  integrateMeanPower,
  isEnergyUnit,
  isPowerUnit,
  meanPowerToEnergy,
} from './units.js';

describe('convertEnergy', () => {
  it('converts watt-hour multiples by powers of 1000 (SI prefixes)', () => {
    expect(convertEnergy(2500, 'kWh', 'MWh')).toBe(2.5);
    expect(convertEnergy(1, 'TWh', 'GWh')).toBe(1000);
    expect(convertEnergy(3, 'GWh', 'Wh')).toBe(3e9);
  });

  it('uses 1 toe = 41.868 GJ = 11.63 MWh (IEA/Eurostat definition; 41.868 / 3.6 = 11.63)', () => {
    expect(convertEnergy(1, 'toe', 'MWh')).toBeCloseTo(11.63, 12);
    // 1 GWh = 1000 MWh / 11.63 MWh/toe = 85.985 toe (hand calculation)
    expect(convertEnergy(1, 'GWh', 'toe')).toBeCloseTo(85.984522785898, 9);
    expect(convertEnergy(2, 'Mtoe', 'TWh')).toBeCloseTo(23.26, 9);
    expect(convertEnergy(1, 'ktoe', 'toe')).toBeCloseTo(1000, 9);
  });
});

describe('convertPower', () => {
  it('converts W…GW', () => {
    expect(convertPower(46_970, 'MW', 'GW')).toBeCloseTo(46.97, 12);
    expect(convertPower(540, 'W', 'kW')).toBeCloseTo(0.54, 12);
  });
});

describe('unit guards', () => {
  it('recognises units and rejects others', () => {
    expect(isEnergyUnit('MWh')).toBe(true);
    expect(isEnergyUnit('MW')).toBe(false);
    expect(isPowerUnit('kW')).toBe(true);
    expect(isPowerUnit('toString')).toBe(false);
  });
});

describe('meanPowerToEnergy', () => {
  it('integrates mean power over any step (E = P × minutes / 60)', () => {
    // Linky example from the Data Connect docs: 540 W over PT30M = 540 × 0.5 = 270 Wh
    expect(meanPowerToEnergy(540, 'W', 30)).toBe(270);
    // éCO2mix 15-min MW value: 46 970 × 0.25 = 11 742.5 MWh
    expect(meanPowerToEnergy(46_970, 'MW', 15)).toBe(11742.5);
    // 10-min step in kWh: 1200 W × 1/6 h = 200 Wh = 0.2 kWh
    expect(meanPowerToEnergy(1200, 'W', 10, 'kWh')).toBeCloseTo(0.2, 12);
  });
});

describe('integrateMeanPower', () => {
  it('sums regular steps and skips missing values without counting them as zero', () => {
    // (500 + 700) W × 0.5 h = 600 Wh = 0.6 kWh; NaN skipped
    expect(integrateMeanPower([500, Number.NaN, 700], 'W', 30, 'kWh')).toEqual({
      energy: 0.6,
      used: 2,
      skipped: 1,
    });
  });

  it('accepts one duration per value (irregular steps)', () => {
    // 100 W × 60 min + 200 W × 15 min = 100 + 50 = 150 Wh
    expect(integrateMeanPower([100, 200], 'W', [60, 15]).energy).toBe(150);
  });

  it('rejects mismatched lengths', () => {
    expect(() => integrateMeanPower([1, 2], 'W', [10])).toThrow(RangeError);
  });
});

describe('convertHeatingValue', () => {
  it('divides PCS by 1.11 to get PCI for natural gas, and back', () => {
    expect(convertHeatingValue(111, 'PCS', 'PCI')).toBeCloseTo(100, 12);
    expect(convertHeatingValue(100, 'PCI', 'PCS')).toBeCloseTo(111, 12);
    expect(convertHeatingValue(5, 'PCI', 'PCI')).toBe(5);
    expect(convertHeatingValue(109, 'PCS', 'PCI', 1.09)).toBeCloseTo(100, 12);
  });
});
