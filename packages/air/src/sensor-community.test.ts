import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hourlyMeansOfReadings } from './readings.js';
import { loadSensorCommunityCsv } from './sensor-community.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url));

describe('loadSensorCommunityCsv on an SDS011 day (sensor 5331, 2018-11-06)', async () => {
  const data = await loadSensorCommunityCsv(
    fixture('sensor-community-2018-11-06_sds011_sensor_5331.csv'),
  );

  it('reads P1 as PM10 and P2 as PM2.5 for each of the 579 rows (awk sums 65320.64 and 22872.02)', () => {
    expect(data.account).toEqual({ rowsRead: 1158, rowsKept: 1158, rowsRejected: 0 });
    const sum = (p: string) =>
      data.measurements.filter((m) => m.pollutant === p).reduce((s, m) => s + m.value, 0);
    expect(sum('pm10')).toBeCloseTo(65320.64, 6);
    expect(sum('pm25')).toBeCloseTo(22872.02, 6);
    expect(data.stations).toEqual([
      expect.objectContaining({
        id: '3121',
        name: 'SDS011 5331',
        latitude: 57.138,
        longitude: -2.077,
      }),
    ]);
    expect(data.issues.map((i) => i.code)).toEqual(['ignored_column']); // durP1, ratioP1 …
  });

  it('averages readings into hours (awk over the 24 readings of 00:xx: PM10 111.244583, PM2.5 40.704583)', () => {
    const hourly = hourlyMeansOfReadings(data.measurements);
    const first = hourly.filter((m) => m.start === Date.UTC(2018, 10, 6, 0));
    expect(first.find((m) => m.pollutant === 'pm10')?.value).toBeCloseTo(111.244583, 5);
    expect(first.find((m) => m.pollutant === 'pm25')?.value).toBeCloseTo(40.704583, 5);
    expect(first[0]).toMatchObject({ averaging: 'hour', end: Date.UTC(2018, 10, 6, 1) });
  });
});

describe('loadSensorCommunityCsv on a BME280 file', () => {
  it('loads no pollutant and says why', async () => {
    const data = await loadSensorCommunityCsv(fixture('sensor-community-bme280-excerpt.csv'));
    expect(data.account).toEqual({ rowsRead: 0, rowsKept: 0, rowsRejected: 0 });
    expect(data.issues.map((i) => i.code)).toEqual(['ignored_column', 'no_pollutant_columns']);
  });
});

describe('loadSensorCommunityCsv on an SPS30 file', () => {
  it('takes P1 and P2 among the SPS30 columns and rejects the empty reading', async () => {
    const data = await loadSensorCommunityCsv(fixture('sensor-community-sps30-sample.csv'));
    expect(data.account).toEqual({ rowsRead: 6, rowsKept: 4, rowsRejected: 2 });
    expect(data.measurements.map((m) => [m.pollutant, m.value])).toEqual([
      ['pm10', 12.1],
      ['pm25', 10.4],
      ['pm10', 12.9],
      ['pm25', 10.9],
    ]);
    expect(data.issues[0]?.message).toContain('P4, P0, N10, N4, N25, N1, N05, TS');
  });
});
