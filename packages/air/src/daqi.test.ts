import { describe, expect, it } from 'vitest';
import { type DaqiPollutant, daqi, daqiSubIndex } from './daqi.js';

/**
 * Defra UK-AIR DAQI table (upper limits of indices 1–9 in whole µg/m³; 10 above), written again
 * here from the published table.
 */
const DEFRA: Record<DaqiPollutant, number[]> = {
  no2: [67, 134, 200, 267, 334, 400, 467, 534, 600],
  o3: [33, 66, 100, 120, 140, 160, 187, 213, 240],
  pm25: [11, 23, 35, 41, 47, 53, 58, 64, 70],
  pm10: [16, 33, 50, 58, 66, 75, 83, 91, 100],
  so2: [88, 177, 266, 354, 443, 532, 710, 887, 1064],
};

describe('daqiSubIndex on the Defra bands', () => {
  for (const [pollutant, limits] of Object.entries(DEFRA) as [DaqiPollutant, number[]][]) {
    it(`${pollutant}: each upper limit, the next whole value, and values that round across`, () => {
      limits.forEach((limit, i) => {
        expect(daqiSubIndex(pollutant, limit)?.value).toBe(i + 1);
        expect(daqiSubIndex(pollutant, limit + 1)?.value).toBe(i + 2);
        expect(daqiSubIndex(pollutant, limit + 0.49)?.value).toBe(i + 1);
        expect(daqiSubIndex(pollutant, limit + 0.5)?.value).toBe(i + 2);
      });
      expect(daqiSubIndex(pollutant, 0)?.value).toBe(1);
      expect(daqiSubIndex(pollutant, 100_000)).toMatchObject({ value: 10, label: 'Very High' });
    });
  }
  it('names the bands Low 1–3, Moderate 4–6, High 7–9, Very High 10', () => {
    const labels = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(
      (i) => daqiSubIndex('no2', i === 1 ? 0 : DEFRA.no2[i - 2]! + 1)?.label,
    );
    expect(labels).toEqual([
      'Low',
      'Low',
      'Low',
      'Moderate',
      'Moderate',
      'Moderate',
      'High',
      'High',
      'High',
      'Very High',
    ]);
  });
});

describe('daqi', () => {
  it('reports the highest pollutant index', () => {
    // PM2.5 40 → 4 (36–41); NO2 120 → 2 (68–134).
    expect(daqi({ no2: 120, pm25: 40 })).toMatchObject({
      value: 4,
      dominant: 'pm25',
      label: 'Moderate',
    });
  });
});
