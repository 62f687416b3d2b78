import { describe, expect, it } from 'vitest';
import { loadEeaParquetUrlList } from './eea-url-list.js';

describe('loadEeaParquetUrlList', () => {
  it('splits country and sampling point from each URL and rejects other lines', async () => {
    // First URL copied from the EEA service response in JohnPaton/airbase tests (MIT).
    const text = [
      'ParquetFileUrl',
      'https://eeadmz1batchservice02.blob.core.windows.net/airquality-p-airbase/MT/SPO-MT00003_00001_100.parquet',
      'https://example.org/not-a-parquet-file.csv',
    ].join('\r\n');
    const list = await loadEeaParquetUrlList(new TextEncoder().encode(text));
    expect(list.account).toEqual({ rowsRead: 2, rowsKept: 1, rowsRejected: 1 });
    expect(list.files[0]).toMatchObject({
      country: 'MT',
      samplingPointId: 'SPO-MT00003_00001_100',
    });
    expect(list.issues[0]?.code).toBe('invalid_url');
  });
});
