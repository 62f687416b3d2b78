/**
 * The list of parquet files returned by the EEA Air Quality Download Service (`ParquetFileUrl`
 * column, one URL per sampling point).
 * @packageDocumentation
 */
import type { Source } from '@datacites/core';
import { forEachCsvRow } from './csv-input.js';
import { type LoaderOptions, LoadSession, loadReport } from './load-session.js';
import type { AirLoadReport } from './model.js';

/** One parquet file of the list. */
export interface EeaParquetFile {
  readonly url: string;
  /** Country code of the URL path (`MT`). */
  readonly country: string;
  /** Sampling point id from the file name (`SPO-MT00003_00001_100`). */
  readonly samplingPointId: string;
}

/** Result of {@link loadEeaParquetUrlList}: `account.rowsRead = rowsKept + rowsRejected` URLs. */
export interface EeaParquetFileList extends AirLoadReport {
  readonly files: EeaParquetFile[];
}

/**
 * Reads a `ParquetFileUrl` list; URLs that do not end in `/{country}/{sampling point}.parquet`
 * are rejected with an issue.
 * @example
 * const { files } = await loadEeaParquetUrlList('urls.csv');
 * for (const f of files) await loadEeaParquet(await (await fetch(f.url)).arrayBuffer());
 */
export async function loadEeaParquetUrlList(
  source: Source,
  options: LoaderOptions = {},
): Promise<EeaParquetFileList> {
  const session = new LoadSession(options);
  const files: EeaParquetFile[] = [];
  await forEachCsvRow(
    source,
    session,
    options.source ? { source: options.source } : {},
    (row, record) => {
      const url = (row.ParquetFileUrl ?? Object.values(row)[0] ?? '').trim();
      const m = /\/([A-Z]{2})\/([^/]+)\.parquet$/i.exec(url);
      if (!m) {
        session.reject('invalid_url', `record ${record}: not an EEA parquet URL`, {
          field: 'ParquetFileUrl',
          raw: url,
        });
        return;
      }
      files.push({ url, country: m[1]!, samplingPointId: m[2]! });
    },
  );
  return { files, ...loadReport(session.issues, files.length, session.rejected) };
}
