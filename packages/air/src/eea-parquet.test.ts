import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { loadEeaParquet } from './eea-parquet.js';

// No real EEA parquet file could be shipped: this test writes one with hyparquet-writer in the
// column layout of the Download Service (names and types per the EEA service and the euroaq
// reader: strings, INT32 codes, DOUBLE values, TIMESTAMP periods) and checks the loader reads it
// like the CSV.
const start = [Date.UTC(2023, 0, 1, 0), Date.UTC(2023, 0, 1, 1), Date.UTC(2023, 0, 1, 2)].map(
  (t) => new Date(t),
);
const file = parquetWriteBuffer({
  columnData: [
    {
      name: 'Samplingpoint',
      data: ['MT/SPO-MT00004_00008_100', 'MT/SPO-MT00004_00008_100', 'MT/SPO-MT00004_00008_100'],
      type: 'STRING',
    },
    { name: 'Pollutant', data: [8, 8, 8], type: 'INT32' },
    { name: 'Start', data: start, type: 'TIMESTAMP' },
    { name: 'End', data: start.map((d) => new Date(d.getTime() + 3_600_000)), type: 'TIMESTAMP' },
    { name: 'Value', data: [21.5, -999, 18.25], type: 'DOUBLE' },
    { name: 'Unit', data: ['ug.m-3', 'ug.m-3', 'ug.m-3'], type: 'STRING' },
    { name: 'AggType', data: ['hour', 'hour', 'hour'], type: 'STRING' },
    { name: 'Validity', data: [1, -1, 1], type: 'INT32' },
    { name: 'Verification', data: [1, 1, 3], type: 'INT32' },
  ],
});

describe('loadEeaParquet', () => {
  it('reads the parquet layout with the CSV checks', async () => {
    const data = await loadEeaParquet(new Uint8Array(file));
    expect(data.account).toEqual({ rowsRead: 3, rowsKept: 2, rowsRejected: 1 });
    expect(data.issueCounts).toEqual([{ code: 'invalid_flag', severity: 'error', count: 1 }]);
    expect(data.measurements[0]).toMatchObject({
      stationId: 'SPO-MT00004_00008_100',
      pollutant: 'no2',
      // Timestamps are wall-clock times of the default zone +01:00, as in the CSV.
      start: Date.UTC(2022, 11, 31, 23),
      end: Date.UTC(2023, 0, 1, 0),
      timeZone: '+01:00',
      value: 21.5,
      verified: true,
    });
    expect(data.measurements[1]).toMatchObject({ value: 18.25, verified: false });
  });
  it('reports a file that is not parquet', async () => {
    const data = await loadEeaParquet(new TextEncoder().encode('not parquet at all'));
    expect(data.issues[0]?.code).toBe('invalid_parquet');
    expect(data.account.rowsRead).toBe(0);
  });
});
