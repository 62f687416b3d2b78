import { describe, expect, it } from 'vitest';
import { dailyIndex } from './daily-index.js';
import type { StationSeries } from './station-series.js';

const JAN_1 = Date.UTC(2024, 0, 1);
const day = (f: (h: number) => number) => ({
  start: JAN_1,
  values: Float64Array.from({ length: 24 }, (_, h) => f(h)),
});

describe('dailyIndex', () => {
  // One day: NO2 peaks at 95 µg/m³ at 08:00 (20 otherwise); PM10 constant 30; O3 40 + h.
  const station: StationSeries = new Map([
    ['no2', day((h) => (h === 8 ? 95 : 20))],
    ['pm10', day(() => 30)],
    ['o3', day((h) => 40 + h)],
  ]);

  it('indice ATMO: daily max hourly of gases, daily mean of PM', () => {
    // NO2 max 95 → class 3 (90 < c ≤ 120); PM10 mean 30 → 2; O3 max 63 → 2. Overall 3, NO2.
    const [first] = dailyIndex(station, 'atmo');
    expect(first?.date).toBe('2024-01-01');
    expect(first?.index).toMatchObject({ level: 3, label: 'Dégradé', dominant: 'no2' });
  });

  it('UK DAQI: NO2 max hour, O3 max running 8-h mean, PM daily mean', () => {
    // NO2 95 → 2 (68–134); PM10 30 → 2 (17–33); O3 best 8-h mean = hours 16–23 = 40+19.5 = 59.5
    // → rounds to 60 → 2 (34–66). Overall 2; first pollutant at that value in input order: NO2.
    const [first] = dailyIndex(station, 'daqi');
    expect(first?.index).toMatchObject({ value: 2, dominant: 'no2' });
    expect(first?.index?.subIndices.find((s) => s.pollutant === 'o3')?.concentration).toBe(60);
  });

  it('US AQI: gases converted to ppb/ppm at 25 °C', () => {
    // NO2 95 µg/m³ → 95/1.88043 = 50.52 ppb → truncated 50 → AQI (50/53)×50 = 47.2 → 47.
    // PM10 30 → (50/54)×30 = 27.8 → 28. O3 daily max 8-h (US rule): only 1 day of data, the 17
    // periods from 07:00 have ≥ 6 hours only up to 18:00 → 12 periods < 13 → no O3 value.
    const [first] = dailyIndex(station, 'us-aqi');
    expect(first?.index).toMatchObject({ value: 47, dominant: 'no2' });
    expect(first?.index?.subIndices.map((s) => s.pollutant)).toEqual(['pm10', 'no2']);
  });

  it('EAQI 2024 and 2017: the worst hour', () => {
    // 2024: NO2 95 → 60 < 95 ≤ 100 → Poor (4). 2017: NO2 95 → 90 < 95 ≤ 120 →
    // Moderate (3); PM10 24-h running mean 30 → Fair (2).
    expect(dailyIndex(station, 'eaqi-2024')[0]?.index).toMatchObject({ level: 4, dominant: 'no2' });
    expect(dailyIndex(station, 'eaqi-2017')[0]?.index).toMatchObject({ level: 3, dominant: 'no2' });
  });
});
