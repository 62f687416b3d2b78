import { describe, expect, it } from 'vitest';
import { type EaqiPollutant, eaqi, eaqiSubIndex } from './eaqi.js';

/**
 * Band limits (µg/m³) as published by the EEA: 2024 revision (airindex.eea.europa.eu, ETC HE
 * Report 2024/17) and the 2017 table it replaced. Written again here from the published tables.
 */
const BANDS_2024: Record<EaqiPollutant, number[]> = {
  pm25: [5, 15, 50, 90, 140],
  pm10: [15, 45, 120, 195, 270],
  no2: [10, 25, 60, 100, 150],
  o3: [60, 100, 120, 160, 180],
  so2: [20, 40, 125, 190, 275],
};
const BANDS_2017: Record<EaqiPollutant, number[]> = {
  pm25: [10, 20, 25, 50, 75],
  pm10: [20, 40, 50, 100, 150],
  no2: [40, 90, 120, 230, 340],
  o3: [50, 100, 130, 240, 380],
  so2: [100, 200, 350, 500, 750],
};
const LABELS = ['Good', 'Fair', 'Moderate', 'Poor', 'Very poor', 'Extremely poor'];

describe.each([
  [2024, BANDS_2024],
  [2017, BANDS_2017],
] as const)('EAQI %i bands', (version, bands) => {
  for (const [pollutant, limits] of Object.entries(bands) as [EaqiPollutant, number[]][]) {
    it(`${pollutant}: on, just below and just above every limit, and far above the top`, () => {
      limits.forEach((limit, i) => {
        // On the limit: the lower band (convention stated in eaqi.ts); 0.01 above: the next one.
        expect(eaqiSubIndex(pollutant, limit, { version })?.level).toBe(i + 1);
        expect(eaqiSubIndex(pollutant, limit - 0.01, { version })?.level).toBe(i + 1);
        expect(eaqiSubIndex(pollutant, limit + 0.01, { version })?.label).toBe(LABELS[i + 1]);
      });
      expect(eaqiSubIndex(pollutant, 0, { version })?.label).toBe('Good');
      expect(eaqiSubIndex(pollutant, 10_000, { version })?.level).toBe(6);
    });
  }
});

describe('eaqi', () => {
  it('uses the 2024 bands by default; NO2 45 µg/m³ is Moderate in 2024 but Fair in 2017', () => {
    expect(eaqi({ no2: 45 })?.label).toBe('Moderate');
    expect(eaqi({ no2: 45 }, { version: 2017 })?.label).toBe('Fair');
  });
  it('takes the worst pollutant as the overall level', () => {
    // PM2.5 12 → Fair (5–15); NO2 30 → Moderate (25–60); O3 70 → Fair (60–100).
    const index = eaqi({ pm25: 12, no2: 30, o3: 70 });
    expect(index).toMatchObject({ level: 3, dominant: 'no2', color: '#F0E641' });
    expect(index?.value).toBeUndefined();
  });
  it('ignores negative and missing values, and is undefined with nothing valid', () => {
    expect(eaqi({ pm25: -3, o3: 61 })).toMatchObject({ level: 2, dominant: 'o3' });
    expect(eaqi({ pm25: Number.NaN })).toBeUndefined();
  });
});
