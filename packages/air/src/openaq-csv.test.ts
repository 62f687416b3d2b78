import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOpenAqArchiveCsv, loadOpenAqLatestCsv } from './openaq-csv.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url));

describe('loadOpenAqLatestCsv on the France excerpt (16 rows, test/fixtures/SOURCES.md)', async () => {
  const data = await loadOpenAqLatestCsv(fixture('openaq-latest-france-excerpt.csv'));

  it('rejects the 3 negative values (PM10 −1.1, CO −11.0, SO2 −0.4) and keeps 13', () => {
    expect(data.account).toEqual({ rowsRead: 16, rowsKept: 13, rowsRejected: 3 });
    const negatives = data.issues.filter((i) => i.code === 'negative_value');
    expect(negatives.map((i) => i.raw?.split(';')[2])).toEqual(['FR25045', 'FR18043', 'FR05069']);
  });

  it('reports the 2 stations last seen in 2016 as stale, and FR10041 listed twice', () => {
    const stale = data.issues.filter((i) => i.code === 'stale_station');
    expect(stale.map((i) => i.message.split(' ')[1])).toEqual(['Rouen', 'COL_OEILLON']);
    expect(data.issueCounts).toContainEqual({
      code: 'duplicate_value',
      severity: 'warning',
      count: 1,
    });
    expect(data.issueCounts).toContainEqual({
      code: 'station_moved',
      severity: 'warning',
      count: 1,
    });
  });

  it('gives the source line of the row behind each of its own issues', () => {
    // Independent computation over the fixture (header on line 1):
    //   awk -F';' 'NR>1 && $8+0<0 {print NR}' → 12 (FR25045), 15 (FR18043), 16 (FR05069);
    //   python3 csv over the rows with Value ≥ 0: latest row per Location older than the newest
    //   value − 7 days → Rouen Le Conquerant line 13, COL_OEILLON line 14; FR10041/NO2 listed
    //   again, with other coordinates, on line 17.
    const linesOf = (code: string) => data.issues.filter((i) => i.code === code).map((i) => i.line);
    expect(linesOf('negative_value')).toEqual([12, 15, 16]);
    expect(linesOf('stale_station')).toEqual([13, 14]);
    expect(linesOf('duplicate_value')).toEqual([17]);
    expect(linesOf('station_moved')).toEqual([17]);
  });

  it('reads the coordinates field "lat, lon" and the offset of Last Updated', () => {
    expect(data.stations[0]).toMatchObject({
      id: 'FR36021',
      latitude: 44.5694309830826,
      longitude: 5.27896773343405,
    });
    expect(data.measurements[0]).toMatchObject({
      pollutant: 'o3',
      value: 50.5,
      unit: 'ug/m3',
      end: Date.UTC(2023, 1, 27, 5),
      timeZone: '+01:00',
    });
    // 2018-04-25T02:00:00+02:00 (summer time) = 00:00 UTC.
    expect(data.measurements.at(-1)).toMatchObject({
      stationId: 'FR10041',
      end: Date.UTC(2018, 3, 25, 0),
      timeZone: '+02:00',
    });
  });
});

describe('loadOpenAqArchiveCsv', async () => {
  const data = await loadOpenAqArchiveCsv(fixture('openaq-archive-location.csv'));
  it('reads the documented archive columns with the local offset', () => {
    expect(data.account).toEqual({ rowsRead: 4, rowsKept: 3, rowsRejected: 1 });
    expect(data.measurements[0]).toMatchObject({
      stationId: '2178',
      pollutant: 'pm25',
      start: Date.UTC(2024, 0, 1, 6),
      end: Date.UTC(2024, 0, 1, 7),
      timeZone: '-07:00',
      value: 4.2,
    });
    expect(data.stations[0]).toMatchObject({ id: '2178', latitude: 35.1353, longitude: -106.5847 });
    expect(data.issueCounts).toEqual([
      { code: 'unsupported_pollutant', severity: 'error', count: 1 },
    ]);
  });
});

describe('loadOpenAqArchiveCsv on gzip bytes', () => {
  it('reads the archive files as published (.csv.gz), through core', async () => {
    const { gzipSync } = await import('node:zlib');
    const data = await loadOpenAqArchiveCsv(gzipSync(fixture('openaq-archive-location.csv')));
    expect(data.account).toEqual({ rowsRead: 4, rowsKept: 3, rowsRejected: 1 });
  });
});
