import { describe, expect, it } from 'vitest';
import { dailyMax8hMeans, dailyMaxHourly, dailyMeans, runningMeans } from './averaging.js';
import type { HourlySeries } from './hourly-series.js';

const JAN_1 = Date.UTC(2024, 0, 1);
const series = (values: number[], start = JAN_1): HourlySeries => ({
  start,
  values: Float64Array.from(values),
});

describe('runningMeans', () => {
  it('averages the window ending at each hour, valid with 6 of 8 hours', () => {
    const means = runningMeans(series([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 8);
    expect(Number.isNaN(means[4]!)).toBe(true); // 5 hours only
    expect(means[5]).toBe(3.5); // (1+…+6)/6
    expect(means[7]).toBe(4.5); // (1+…+8)/8
    expect(means[9]).toBe(6.5); // (3+…+10)/8
  });
  it('skips missing hours and needs 75 % of them', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8];
    values[2] = Number.NaN;
    values[5] = Number.NaN;
    // 6 valid: (1+2+4+5+7+8)/6 = 4.5
    expect(runningMeans(series(values), 8)[7]).toBe(4.5);
    values[6] = Number.NaN;
    expect(Number.isNaN(runningMeans(series(values), 8)[7]!)).toBe(true);
  });
  it('matches a direct mean on a long series (no drift of the running sum)', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => ((i * 7919) % 101) / 7);
    const means = runningMeans(series(values), 24);
    const i = 9_999;
    const direct = values.slice(i - 23, i + 1).reduce((a, b) => a + b, 0) / 24;
    expect(means[i]).toBeCloseTo(direct, 10);
  });
});

describe('dailyMeans and dailyMaxHourly', () => {
  it('groups by local day and applies the 18-of-24 rule', () => {
    const day1 = Array.from({ length: 24 }, (_, h) => h); // mean 11.5, max 23
    const day2 = Array.from({ length: 24 }, (_, h) => (h < 17 ? 10 : Number.NaN)); // 17 valid
    const s = series([...day1, ...day2]);
    expect(dailyMeans(s)).toEqual([
      { date: '2024-01-01', value: 11.5, validCount: 24 },
      { date: '2024-01-02', value: Number.NaN, validCount: 17 },
    ]);
    expect(dailyMaxHourly(s)[0]).toEqual({ date: '2024-01-01', value: 23, validCount: 24 });
  });
  it('shifts days by the UTC offset (23:00 UTC is the next day at UTC+1)', () => {
    const s = series(Array.from({ length: 24 }, () => 5));
    const days = dailyMeans(s, { utcOffsetHours: 1, minValid: 1 });
    expect(days.map((d) => [d.date, d.validCount])).toEqual([
      ['2024-01-01', 23],
      ['2024-01-02', 1],
    ]);
  });
});

describe('dailyMax8hMeans', () => {
  // Three days: 100 from 17:00 to 23:00 on day 1, 0 otherwise. Hand computation:
  // EU (means assigned to the day they end): day 1 max = hours 16–23 = 700/8 = 87.5; day 2 max =
  // the mean ending 00:00–01:00 on day 2 = hours 17–00 = 700/8 = 87.5; day 3 = 0.
  // US (means assigned to the day they start, 07:00–23:00): day 1 = 87.5, day 2 = 0, day 3 has
  // only 12 of 17 valid means (those starting 19:00–23:00 have < 6 hours left) → invalid.
  const values = Array.from({ length: 72 }, (_, h) => (h >= 17 && h <= 23 ? 100 : 0));
  it('applies the EU rule (Directive 2008/50/EC Annex VII)', () => {
    expect(dailyMax8hMeans(series(values)).map((d) => d.value)).toEqual([87.5, 87.5, 0]);
  });
  it('applies the US rule (40 CFR 50 Appendix U: 13 of 17 periods)', () => {
    const days = dailyMax8hMeans(series(values), { convention: 'us' });
    expect(days.map((d) => d.value)).toEqual([87.5, 0, Number.NaN]);
    expect(days.map((d) => d.validCount)).toEqual([17, 17, 12]);
  });
});
