import { describe, expect, it } from 'vitest';
import { convertConcentration, molarVolume, parseUnit } from './units.js';

describe('convertConcentration', () => {
  it('matches the Defra/EEA factors at 20 °C (NO2 1.91, O3 2.00, SO2 2.66 µg/m³ per ppb; CO 1.16 mg/m³ per ppm)', () => {
    // Defra conversion-factor table (uk-air.defra.gov.uk FAQ 27), given to 2 decimals.
    expect(convertConcentration(1, 'ppb', 'ug/m3', 'no2', { temperature: 'eu' })).toBeCloseTo(
      1.91,
      2,
    );
    expect(convertConcentration(1, 'ppb', 'ug/m3', 'o3', { temperature: 'eu' })).toBeCloseTo(
      2.0,
      2,
    );
    expect(convertConcentration(1, 'ppb', 'ug/m3', 'so2', { temperature: 'eu' })).toBeCloseTo(
      2.66,
      2,
    );
    expect(convertConcentration(1, 'ppm', 'mg/m3', 'co', { temperature: 'eu' })).toBeCloseTo(
      1.16,
      2,
    );
  });
  it('matches the 25 °C factors (NO2 1.88, O3 1.96, SO2 2.62, CO 1.145)', () => {
    // NSW EPA units and conversion factors table at 25 °C.
    expect(convertConcentration(1, 'ppb', 'ug/m3', 'no2', { temperature: 'us' })).toBeCloseTo(
      1.88,
      2,
    );
    expect(convertConcentration(1, 'ppb', 'ug/m3', 'o3', { temperature: 'us' })).toBeCloseTo(
      1.96,
      2,
    );
    expect(convertConcentration(1, 'ppb', 'ug/m3', 'so2', { temperature: 'us' })).toBeCloseTo(
      2.62,
      2,
    );
    expect(convertConcentration(1, 'ppm', 'mg/m3', 'co', { temperature: 'us' })).toBeCloseTo(
      1.145,
      3,
    );
  });
  it('gives values computed independently with python3 (M / (R·T/P))', () => {
    // python3: 100*46.0055/(8.314462618*293.15/101.325) = 191.2504…
    expect(convertConcentration(100, 'ppb', 'ug/m3', 'no2', { temperature: 'eu' })).toBeCloseTo(
      191.2504,
      3,
    );
    // python3: 40/(46.0055/(8.314462618*298.15/101.325)) = 21.2717…
    expect(convertConcentration(40, 'ug/m3', 'ppb', 'no2', { temperature: 298.15 })).toBeCloseTo(
      21.2717,
      3,
    );
    // python3: 0.070 ppm O3 at 293.15 K → 70*47.9982/24.0551… = 139.674 µg/m³
    expect(convertConcentration(0.07, 'ppm', 'ug/m3', 'o3', { temperature: 'eu' })).toBeCloseTo(
      139.671,
      2,
    );
    expect(molarVolume(293.15)).toBeCloseTo(24.055, 3);
    expect(molarVolume(298.15)).toBeCloseTo(24.465, 3);
  });
  it('scales within mass or volume units without a temperature, and round-trips', () => {
    expect(convertConcentration(1.5, 'mg/m3', 'ug/m3', 'pm10')).toBe(1500);
    expect(convertConcentration(250, 'ppb', 'ppm', 'co')).toBe(0.25);
    const there = convertConcentration(57, 'ug/m3', 'ppb', 'so2', { temperature: 'eu' });
    expect(convertConcentration(there, 'ppb', 'ug/m3', 'so2', { temperature: 'eu' })).toBeCloseTo(
      57,
      10,
    );
  });
  it('refuses conversions that have no meaning', () => {
    expect(() => convertConcentration(10, 'ug/m3', 'ppb', 'pm25', { temperature: 'eu' })).toThrow(
      RangeError,
    );
    expect(() => convertConcentration(10, 'ug/m3', 'ppb', 'no2')).toThrow(/reference temperature/);
  });
});

describe('parseUnit', () => {
  it('reads the spellings of the shared sources', () => {
    expect(parseUnit('µg/m³')).toBe('ug/m3'); // OpenAQ export
    expect(parseUnit('ug.m-3')).toBe('ug/m3'); // Grand Poitiers, EEA metadata
    expect(parseUnit('µg-m3')).toBe('ug/m3'); // LCSQA FR_E2
    expect(parseUnit('ppbv')).toBe('ppb'); // EEA metadata
    expect(parseUnit('mg.m-3')).toBe('mg/m3');
    expect(parseUnit('ug.m-2.day-1')).toBeUndefined(); // a deposition, not a concentration
  });
});
