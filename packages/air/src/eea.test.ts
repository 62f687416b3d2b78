import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEeaMeasurementsCsv } from './eea-measurements.js';
import { loadEeaStationMetadata } from './eea-metadata.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url));

describe('loadEeaStationMetadata on the Malta excerpt (14 rows)', async () => {
  const meta = await loadEeaStationMetadata(fixture('eea-metadata-malta-excerpt.csv'));

  it('lists the 7 stations with their EEA type and area', () => {
    expect(meta.account).toEqual({ rowsRead: 14, rowsKept: 14, rowsRejected: 0 });
    expect(meta.stations.map((s) => [s.id, s.type, s.area])).toEqual([
      ['MT00003', 'industrial', 'urban'],
      ['MT00004', 'background', 'urban'],
      ['MT00005', 'traffic', 'urban'],
      ['MT00007', 'background', 'rural'],
      ['MT00008', 'background', 'urban'],
      ['MT00009', 'traffic', 'urban'],
      ['MT00011', 'traffic', 'urban'],
    ]);
    expect(meta.stations[0]).toMatchObject({
      name: 'Kordin Station',
      latitude: 35.8804,
      longitude: 14.5111,
      timeZone: 'UTC+01',
    });
  });

  it('reports its quirks: a station at two positions, a repeated sampling point, closed points', () => {
    expect(meta.issueCounts).toEqual([
      { code: 'duplicate_sampling_point', severity: 'warning', count: 1 }, // SPO-MT00004_06001_100
      { code: 'station_moved', severity: 'warning', count: 1 }, // MT00007 at 14.1972 and 14.1971
      { code: 'closed_sampling_points', severity: 'info', count: 1 }, // 4 rows with an end date
    ]);
    expect(meta.issues.at(-1)?.message).toMatch(/^4 rows/);
  });

  it('maps sampling points to stations and pollutants; dd/mm/yyyy dates in UTC+01', () => {
    expect(meta.samplingPoints).toHaveLength(13);
    expect(meta.samplingPoints[1]).toMatchObject({
      id: 'SPO-MT00003_00008_100',
      stationId: 'MT00003',
      pollutant: 'no2',
      end: Date.UTC(2016, 0, 31, 22, 59, 59),
    });
    expect(
      meta.samplingPoints.find((p) => p.pollutantName === 'Benzo(a)anthracene')?.pollutant,
    ).toBeUndefined();
  });

  describe('loadEeaMeasurementsCsv with those sampling points', async () => {
    const data = await loadEeaMeasurementsCsv(fixture('eea-measurements.csv'), {
      samplingPoints: meta.samplingPoints,
    });
    it('keeps valid values (also below detection limit) and rejects the rest with a reason', () => {
      expect(data.account).toEqual({ rowsRead: 7, rowsKept: 4, rowsRejected: 3 });
      expect(data.issueCounts).toEqual([
        { code: 'sentinel_value', severity: 'error', count: 1 }, // −999
        { code: 'invalid_flag', severity: 'error', count: 1 }, // Validity −99
        { code: 'unsupported_pollutant', severity: 'error', count: 1 }, // 38 = NO
      ]);
    });
    it('attaches values to stations, in the sampling point time zone (UTC+01)', () => {
      expect(data.measurements[0]).toEqual({
        stationId: 'MT00004',
        pollutant: 'no2',
        start: Date.UTC(2022, 11, 31, 23),
        end: Date.UTC(2023, 0, 1, 0),
        timeZone: 'UTC+01',
        value: 12.5,
        unit: 'ug/m3',
        averaging: 'hour',
        validity: 1,
        verified: true,
      });
      expect(data.measurements[1]?.validity).toBe(2);
      expect(data.measurements[2]).toMatchObject({
        pollutant: 'pm25',
        averaging: 'day',
        verified: false,
      });
      // Unknown sampling point: kept under its own id, read in the default +01:00.
      expect(data.measurements[3]).toMatchObject({
        stationId: 'SPO-MT99999_00007_100',
        start: Date.UTC(2023, 6, 1, 11),
      });
    });
  });
});
