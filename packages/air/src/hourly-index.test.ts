import { describe, expect, it } from 'vitest';
import { hourlyEaqi, nowcastAqi } from './hourly-index.js';
import type { StationSeries } from './station-series.js';

const T0 = Date.UTC(2024, 0, 1);
const series = (values: number[]) => ({ start: T0, values: Float64Array.from(values) });

describe('hourlyEaqi', () => {
  it('2024: each hour from its own hourly values', () => {
    // PM2.5 4 → Good, 16 → Moderate (15–50); NO2 12 → Fair (10–25).
    const station: StationSeries = new Map([
      ['pm25', series([4, 16])],
      ['no2', series([12, 12])],
    ]);
    const hours = hourlyEaqi(station);
    expect(hours.map((h) => [h.start - T0, h.index?.label, h.index?.dominant])).toEqual([
      [0, 'Fair', 'no2'],
      [3_600_000, 'Moderate', 'pm25'],
    ]);
  });
  it('2017: PM from the 24-hour running mean, undefined before 18 hours', () => {
    // PM10 30 for 24 hours: running mean from hour 17 (18 values) = 30 → Fair (20–40).
    const station: StationSeries = new Map([['pm10', series(Array(24).fill(30))]]);
    const hours = hourlyEaqi(station, { version: 2017 });
    expect(hours[16]?.index).toBeUndefined();
    expect(hours[17]?.index).toMatchObject({ label: 'Fair', dominant: 'pm10' });
  });
});

describe('nowcastAqi', () => {
  it('uses the NowCast of PM2.5 (EPA training example: 17.4 µg/m³ → 66 at the 12th hour)', () => {
    const station: StationSeries = new Map([
      ['pm25', series([50, 80, 75, 90, 82, 53, 64, 74, 21, 10, 16, 13])],
    ]);
    const hours = nowcastAqi(station);
    expect(hours).toHaveLength(12);
    expect(hours[11]?.index).toMatchObject({ value: 66, dominant: 'pm25' });
    expect(hours[0]?.index).toBeUndefined(); // one hour: no NowCast
  });
  it('converts NO2 µg/m³ to ppb at 25 °C', () => {
    // 100 µg/m³ → 100 / 1.88043 = 53.18 ppb → truncated 53 → AQI 50.
    const station: StationSeries = new Map([['no2', series([100])]]);
    expect(nowcastAqi(station)[0]?.index).toMatchObject({ value: 50, dominant: 'no2' });
  });
});
