import { describe, expect, it } from 'vitest';
import type { Measurement } from './model.js';
import { hourlySeriesByStation } from './station-series.js';

const m = (over: Partial<Measurement>): Measurement => ({
  stationId: 'S1',
  pollutant: 'no2',
  start: Date.UTC(2024, 0, 1, 0),
  end: Date.UTC(2024, 0, 1, 1),
  timeZone: 'UTC',
  value: 10,
  unit: 'ug/m3',
  averaging: 'hour',
  ...over,
});

describe('hourlySeriesByStation', () => {
  it('groups hourly values by station and pollutant, converting ppb at 293.15 K', () => {
    const { series, skipped } = hourlySeriesByStation([
      m({}),
      m({ start: Date.UTC(2024, 0, 1, 2), unit: 'ppb', value: 10 }),
      m({ stationId: 'S2', pollutant: 'pm10', value: 33 }),
      m({ averaging: 'year', value: 25 }),
    ]);
    expect(skipped).toBe(1);
    const no2 = series.get('S1')?.get('no2');
    expect(no2?.start).toBe(Date.UTC(2024, 0, 1, 0));
    // 10 ppb NO2 at 293.15 K = 10 × 46.0055 / 24.0551 = 19.125 µg/m³ (python3).
    expect([...(no2?.values ?? [])].map((v) => (Number.isNaN(v) ? 'NaN' : v.toFixed(3)))).toEqual([
      '10.000',
      'NaN',
      '19.125',
    ]);
    expect(series.get('S2')?.get('pm10')?.values[0]).toBe(33);
  });
});
