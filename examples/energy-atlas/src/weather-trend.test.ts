import { loadOdreAnnualConsumption, loadOdreTemperatures } from '@datacites/energy';
import { describe, expect, it } from 'vitest';
import { weatherTrend } from './weather-trend.js';

const data = new URL('../public/data/', import.meta.url).pathname;

describe('weatherTrend', () => {
  it('normalises Centre-Val de Loire gas like an independent least-squares fit', async () => {
    const annual = await loadOdreAnnualConsumption(
      `${data}odre-consommation-annuelle-centre-val-de-loire.csv`,
    );
    const temperatures = await loadOdreTemperatures(
      `${data}odre-temperature-centre-val-de-loire.csv`,
    );
    const gas = annual.records.filter((r) => r.carrier === 'gaz' && r.territoryCode === '24');
    const trend = weatherTrend(gas, temperatures.series.get('24') ?? []);

    // Expected values from python3 + numpy over the same two files, written independently:
    // DJU per year = Σ max(0, 18 − (TMin+TMax)/2) over the days present, divided by the share of
    // days present (years under 95 % dropped); reference = mean DJU of the complete years
    // 2016–2020; numpy.linalg.lstsq of gas on [1, DJU, year − 2000] over 2016–2024; normalised =
    // gas − slope × (DJU − reference).
    expect(trend.years.map((y) => y.year)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect(trend.reference).toBeCloseTo(2270.089, 3);
    expect(trend.slope).toBeCloseTo(3.36666774, 6);
    expect(trend.years.map((y) => y.missingDays)).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 11]);
    const expected = [
      15616.305, 15803.778, 15992.872, 15585.842, 14787.203, 14844.2, 13518.666, 12767.194,
      12462.812,
    ];
    for (const [i, y] of trend.years.entries()) {
      expect(y.normalised).toBeCloseTo(expected[i] as number, 2);
    }
    expect(trend.years[8]?.degreeDays).toBeCloseTo(2141.234, 2);
  });
});
