import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOpenAqLocations, readOpenAqMeasurements } from './openaq-v3.js';

// Fixtures written to the documented v3 response schema (docs.openaq.org API reference);
// see test/fixtures/SOURCES.md.
const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('readOpenAqLocations', () => {
  const locations = readOpenAqLocations(fixture('openaq-v3-locations.json'));
  it('reads one station per location with its time zone and position', () => {
    expect(locations.stations).toEqual([
      expect.objectContaining({
        id: '1001',
        name: 'Example roadside',
        latitude: 48.8566,
        longitude: 2.3522,
        timeZone: 'Europe/Paris',
        source: 'openaq',
      }),
      expect.objectContaining({ id: '1002', name: 'Example low-cost sensor' }),
    ]);
  });
  it('maps sensors to locations, pollutants and units (temperature has no pollutant)', () => {
    expect(locations.sensors).toEqual([
      { id: 5001, locationId: '1001', parameter: 'pm25', pollutant: 'pm25', unit: 'ug/m3' },
      { id: 5002, locationId: '1001', parameter: 'no2', pollutant: 'no2', unit: 'ppb' },
      { id: 5003, locationId: '1001', parameter: 'temperature' },
      { id: 6001, locationId: '1002', parameter: 'pm10', pollutant: 'pm10', unit: 'ug/m3' },
    ]);
  });
});

describe('readOpenAqMeasurements', () => {
  const data = readOpenAqMeasurements(fixture('openaq-v3-sensor-hours.json'), {
    sensor: { id: 5001, locationId: '1001' },
  });
  it('keeps valid hours with UTC periods and the local offset', () => {
    expect(data.account).toEqual({ rowsRead: 4, rowsKept: 2, rowsRejected: 2 });
    expect(data.measurements[0]).toEqual({
      stationId: '1001',
      pollutant: 'pm25',
      start: Date.UTC(2024, 5, 1, 0),
      end: Date.UTC(2024, 5, 1, 1),
      timeZone: '+02:00',
      value: 12.3,
      unit: 'ug/m3',
      averaging: 'hour',
    });
  });
  it('keeps flagged values with a warning and rejects negative and null values', () => {
    expect(data.issueCounts).toEqual([
      { code: 'flagged_value', severity: 'warning', count: 1 },
      { code: 'negative_value', severity: 'error', count: 1 },
      { code: 'missing_value', severity: 'error', count: 1 },
    ]);
  });
});

describe('readOpenAqMeasurements on a /days response', () => {
  it('reads the daily period as day averaging', () => {
    const json = {
      results: [
        {
          value: 9.8,
          flagInfo: { hasFlags: false },
          parameter: { id: 2, name: 'pm25', units: 'µg/m³', displayName: 'PM2.5' },
          period: {
            label: '1day',
            interval: '24:00:00',
            datetimeFrom: { utc: '2024-06-01T22:00:00Z', local: '2024-06-02T00:00:00+02:00' },
            datetimeTo: { utc: '2024-06-02T22:00:00Z', local: '2024-06-03T00:00:00+02:00' },
          },
        },
      ],
    };
    const data = readOpenAqMeasurements(json, { sensor: { id: 5001, locationId: '1001' } });
    expect(data.measurements[0]).toMatchObject({
      averaging: 'day',
      value: 9.8,
      timeZone: '+02:00',
    });
  });
});
