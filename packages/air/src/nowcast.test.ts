import { describe, expect, it } from 'vitest';
import { nowcast, nowcastSeries } from './nowcast.js';
import { usAqiSubIndex } from './us-aqi.js';

describe('nowcast', () => {
  it('reproduces the EPA PM2.5 training example (NowCast 17.4 µg/m³, AQI 66 with 2024 breakpoints)', () => {
    // EPA "Computing the NowCast" training slides: 50 80 75 90 82 53 64 74 21 10 16 13 (oldest
    // first); range 80/90 → w = 0.11 → 0.5; NowCast 17.414 (python3 check: 17.41391941…).
    const hours = [50, 80, 75, 90, 82, 53, 64, 74, 21, 10, 16, 13];
    const value = nowcast(hours, 'pm25')!;
    expect(value).toBeCloseTo(17.41392, 5);
    expect(usAqiSubIndex('pm25_24h', value)?.value).toBe(66);
  });
  it('reproduces the AirNow 2016 ozone example (8 hours, no minimum weight)', () => {
    // AirNow forum: 63 69 80 74 60 – 35 22 ppb (newest first, one missing): w = 22/80 = 0.275,
    // numerator 89.925 → 65.27 ppb with the missing hour left out of both sums; truncated 65 ppb
    // → 8-h O3 AQI 84 ((49/0.015)×0.010+51 = 83.7).
    const newestFirst = [63, 69, 80, 74, 60, null, 35, 22];
    const value = nowcast([...newestFirst].reverse(), 'o3')!;
    expect(value).toBeCloseTo(65.272, 3);
    expect(usAqiSubIndex('o3_8h', value / 1000)?.value).toBe(84);
  });
  it('needs 2 valid values among the 3 most recent hours', () => {
    expect(nowcast([10, 12, 14, null, 15, null], 'pm25')).toBeUndefined();
    expect(nowcast([10, 12, 14, null, 15, -1], 'pm25')).toBeUndefined(); // negative = invalid
    expect(nowcast([10, 12, 14, 15, null, 16], 'pm25')).toBeDefined();
  });
  it('uses only the last 12 hours for PM', () => {
    const tail = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
    expect(nowcast([1000, ...tail], 'pm10')).toBe(5);
  });
});

describe('nowcastSeries', () => {
  it('equals the NowCast of the window ending at each hour', () => {
    const values = [50, 80, 75, 90, 82, 53, 64, 74, 21, 10, 16, 13, 30];
    const out = nowcastSeries({ start: 0, values: Float64Array.from(values) }, 'pm25');
    expect(out[11]).toBeCloseTo(nowcast(values.slice(0, 12), 'pm25')!, 12);
    expect(out[12]).toBeCloseTo(nowcast(values.slice(1, 13), 'pm25')!, 12);
    expect(out[0]).toBeNaN(); // one hour: fewer than 2 of the last 3
  });
});
