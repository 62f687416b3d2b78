import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOpendatasoftStations, loadOpendatasoftStationsCsv } from './opendatasoft.js';

// Hand-written fixture in the schema of the Grand Poitiers / Atmo Nouvelle-Aquitaine export
// (test/fixtures/SOURCES.md): 7 records, one each of the quirks of the real file.
const text = readFileSync(
  new URL('../test/fixtures/opendatasoft-aasqa-hourly.json', import.meta.url),
  'utf8',
);

describe('loadOpendatasoftStations', () => {
  const data = loadOpendatasoftStations(text, { source: 'fixture.json' });

  it('accounts for every record: 4 kept, 3 rejected with an error each', () => {
    expect(data.account).toEqual({ rowsRead: 7, rowsKept: 4, rowsRejected: 3 });
    expect(data.issueCounts.filter((c) => c.severity === 'error')).toEqual([
      { code: 'invalid_flag', severity: 'error', count: 1 }, // r5: sttt_vl 0, no valeur
      { code: 'negative_value', severity: 'error', count: 1 }, // r6: −2
      { code: 'unsupported_pollutant', severity: 'error', count: 1 }, // r7: NO (EEA code 38)
    ]);
  });

  it('reads naive local times in Europe/Paris (UTC+1 in winter, UTC+2 in summer)', () => {
    const [winter, summer] = data.measurements;
    expect(winter).toMatchObject({
      stationId: 'FR00001',
      pollutant: 'no2',
      start: Date.UTC(2019, 0, 16, 23),
      end: Date.UTC(2019, 0, 17, 0),
      timeZone: 'Europe/Paris',
      value: 4,
      unit: 'ug/m3',
      averaging: 'hour',
      validity: 1,
    });
    expect(summer?.start).toBe(Date.UTC(2019, 6, 16, 23));
    expect(summer?.value).toBe(13.5);
  });

  it('keeps annual rows as annual, and reports the mix', () => {
    const annual = data.measurements.filter((m) => m.averaging === 'year');
    expect(annual).toHaveLength(1);
    expect(annual[0]).toMatchObject({
      pollutant: 'pm10',
      value: 20,
      start: Date.UTC(2014, 11, 31, 23),
    });
    expect(data.issues.find((i) => i.code === 'mixed_averaging')?.message).toContain(
      '3 hour, 1 year',
    );
  });

  it('lists each station once with its GeoJSON position', () => {
    expect(data.stations.map((s) => [s.id, s.latitude, s.longitude])).toEqual([
      ['FR00001', 46.5869, 0.3586],
      ['FR00002', 46.58, 0.34],
      ['FR00003', 46.57, 0.35],
    ]);
  });

  it('reports input that is not an export instead of throwing', () => {
    const bad = loadOpendatasoftStations('{"not": "records"', { source: 'x.json' });
    expect(bad.issues[0]?.code).toBe('invalid_json');
    expect(bad.account.rowsRead).toBe(0);
  });
});

describe('loadOpendatasoftStationsCsv', () => {
  it('reads the CSV export of the same records with the same result', async () => {
    const csv = readFileSync(
      new URL('../test/fixtures/opendatasoft-aasqa-hourly.csv', import.meta.url),
    );
    const fromCsv = await loadOpendatasoftStationsCsv(csv);
    const fromJson = loadOpendatasoftStations(text);
    expect(fromCsv.account).toEqual({ rowsRead: 7, rowsKept: 4, rowsRejected: 3 });
    expect(fromCsv.measurements).toEqual(fromJson.measurements);
    expect(fromCsv.stations).toEqual(fromJson.stations);
  });
});
