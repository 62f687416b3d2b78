// Conformance: every real file of ../shared/data/air loads, with its quirks reported.
// Expected numbers were computed independently with python3/awk over the raw files (see comments).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  indiceAtmo,
  loadAtmoIndexCsv,
  loadEeaParquetUrlList,
  loadEeaStationMetadata,
  loadOpenAqLatestCsv,
  loadOpendatasoftStations,
  loadSensorCommunityCsv,
  loadWideTable,
} from '../src/index.js';

const dir = join(process.env.DATACITES_SHARED_DATA ?? '', 'air');
const file = (name: string) => join(dir, name);
const countOf = (counts: readonly { code: string; count: number }[], code: string) =>
  counts.find((c) => c.code === code)?.count ?? 0;

describe('fr-ligair-indice-atmo-communes-2022-11-09.csv', () => {
  it('loads 49 communes, all Moyen, every published code consistent with the arrêté', async () => {
    const data = await loadAtmoIndexCsv(file('fr-ligair-indice-atmo-communes-2022-11-09.csv'));
    expect(data.account).toEqual({ rowsRead: 49, rowsKept: 49, rowsRejected: 0 });
    expect(data.issueCounts.filter((c) => c.severity !== 'info')).toEqual([]);
    expect(new Set(data.records.map((r) => `${r.date} ${r.level} ${r.label} ${r.color}`))).toEqual(
      new Set(['2022-11-09 2 Moyen #50CCAA']),
    );
    // Recomputing the index from the published concentrations gives the published code_qual.
    for (const r of data.records) expect(indiceAtmo(r.concentrations)?.level).toBe(r.level);
  });
});

describe('fr-openaq-latest-france-2023-02-27.csv', async () => {
  const data = await loadOpenAqLatestCsv(file('fr-openaq-latest-france-2023-02-27.csv'));
  it('rejects the 23 negative values and keeps 1675 of 1698 (python3)', () => {
    expect(data.account).toEqual({ rowsRead: 1698, rowsKept: 1675, rowsRejected: 23 });
    expect(countOf(data.issueCounts, 'negative_value')).toBe(23);
  });
  it('reports 150 stale stations, 104 repeated pairs and 117 rows at a second position (python3)', () => {
    expect(countOf(data.issueCounts, 'stale_station')).toBe(150);
    expect(countOf(data.issueCounts, 'duplicate_value')).toBe(104);
    expect(countOf(data.issueCounts, 'station_moved')).toBe(117);
    expect(data.stations).toHaveLength(602);
  });
});

describe('fr-grandpoitiers-atmo-na-hourly-stations-2019-01-17.json', () => {
  it('keeps 40 hourly and 4 annual means, rejects the invalid record, reports the mix', () => {
    const data = loadOpendatasoftStations(
      readFileSync(file('fr-grandpoitiers-atmo-na-hourly-stations-2019-01-17.json'), 'utf8'),
    );
    expect(data.account).toEqual({ rowsRead: 45, rowsKept: 44, rowsRejected: 1 });
    expect(data.issueCounts).toEqual([
      { code: 'invalid_flag', severity: 'error', count: 1 },
      { code: 'mixed_averaging', severity: 'warning', count: 1 },
    ]);
    expect(data.measurements.filter((m) => m.averaging === 'hour')).toHaveLength(40);
    expect(data.measurements.filter((m) => m.averaging === 'year')).toHaveLength(4);
    expect(data.stations.map((s) => s.id).sort()).toEqual([
      'FR09015',
      'FR09402',
      'FR09403',
      'FR09404',
    ]);
  });
});

describe('sensor-community files', () => {
  it('SDS011: 579 rows × (PM10, PM2.5)', async () => {
    const data = await loadSensorCommunityCsv(
      file('sensor-community-2018-11-06_sds011_sensor_5331.csv'),
    );
    expect(data.account).toEqual({ rowsRead: 1158, rowsKept: 1158, rowsRejected: 0 });
  });
  it('BME280: no pollutant, said so', async () => {
    const data = await loadSensorCommunityCsv(
      file('sensor-community-2019-05-18_bme280_sensor_22481.csv'),
    );
    expect(data.account.rowsRead).toBe(0);
    expect(countOf(data.issueCounts, 'no_pollutant_columns')).toBe(1);
  });
});

describe('uk-aberdeen-king-street-hourly-no2-pm10-pm25.csv', () => {
  it('accounts for 14782 rows × 3 cells: 34685 values, 9661 empty (awk)', async () => {
    const data = await loadWideTable(file('uk-aberdeen-king-street-hourly-no2-pm10-pm25.csv'), {
      station: { id: 'aberdeen-king-street' },
      timeMarks: 'end',
    });
    expect(data.account).toEqual({ rowsRead: 44346, rowsKept: 34685, rowsRejected: 9661 });
    expect(data.issueCounts).toEqual([{ code: 'missing_value', severity: 'error', count: 9661 }]);
  });
});

describe('EEA files', () => {
  it('metadata: 275 sampling-point rows of 7 Maltese stations', async () => {
    const meta = await loadEeaStationMetadata(file('eea-station-metadata-malta-DataExtract.csv'));
    expect(meta.account).toEqual({ rowsRead: 275, rowsKept: 275, rowsRejected: 0 });
    expect(meta.stations.map((s) => s.id).sort()).toEqual([
      'MT00003',
      'MT00004',
      'MT00005',
      'MT00007',
      'MT00008',
      'MT00009',
      'MT00011',
    ]);
    expect(countOf(meta.issueCounts, 'station_moved')).toBeGreaterThan(0);
  });
  it('parquet URL list: 22 files of Malta', async () => {
    const list = await loadEeaParquetUrlList(file('eea-parquet-url-list-malta-historical.csv'));
    expect(list.account).toEqual({ rowsRead: 22, rowsKept: 22, rowsRejected: 0 });
    expect(list.files[0]).toMatchObject({
      country: 'MT',
      samplingPointId: 'SPO-MT00003_00001_100',
    });
  });
});
