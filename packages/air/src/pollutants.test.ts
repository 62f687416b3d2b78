import { describe, expect, it } from 'vitest';
import { pollutantFrom } from './pollutants.js';

describe('pollutantFrom', () => {
  it('maps EEA codes and vocabulary URIs (Eionet aq/pollutant: 1 SO2, 5 PM10, 7 O3, 8 NO2, 10 CO, 6001 PM2.5)', () => {
    expect(['1', '5', '7', '8', '10', '6001'].map((c) => pollutantFrom(c))).toEqual([
      'so2',
      'pm10',
      'o3',
      'no2',
      'co',
      'pm25',
    ]);
    expect(pollutantFrom('http://dd.eionet.europa.eu/vocabulary/aq/pollutant/6001')).toBe('pm25');
    expect(pollutantFrom(38)).toBeUndefined(); // NO, not one of the six
  });
  it('maps OpenAQ parameters and export names', () => {
    expect(pollutantFrom('pm25')).toBe('pm25');
    expect(pollutantFrom('PM2.5')).toBe('pm25');
    expect(pollutantFrom('O3')).toBe('o3');
    expect(pollutantFrom('no2')).toBe('no2');
    expect(pollutantFrom('pm1')).toBeUndefined();
  });
  it('maps French labels as AASQA write them (Grand Poitiers `nom_pll`)', () => {
    expect(pollutantFrom("Dioxyde d'azote")).toBe('no2');
    expect(pollutantFrom('Dioxyde d’azote')).toBe('no2');
    expect(pollutantFrom('Ozone')).toBe('o3');
    expect(pollutantFrom('Particules PM10')).toBe('pm10');
    expect(pollutantFrom('Particules fines PM2,5')).toBe('pm25');
  });
});
