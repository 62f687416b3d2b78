/**
 * EEA Air Quality Download Service parquet files (one per sampling point, e.g.
 * `…/airquality-p-airbase/MT/SPO-MT00003_00001_100.parquet`), read with hyparquet
 * (https://github.com/hyparam/hyparquet), a dependency-free pure-JS parquet reader.
 * @packageDocumentation
 */
import { parquetReadObjects } from 'hyparquet';
import { type EeaMeasurementOptions, EeaRowReader } from './eea-measurements.js';
import type { AirData } from './model.js';

/**
 * Loads an EEA parquet file (given as bytes) with the same checks as the CSV loader: timestamps
 * come as dates, codes as numbers. A file hyparquet cannot read (corrupt, or compressed with a
 * codec it lacks) yields an `invalid_parquet` error issue, not an exception.
 * @example
 * const bytes = new Uint8Array(await (await fetch(parquetUrl)).arrayBuffer());
 * const data = await loadEeaParquet(bytes, { samplingPoints: meta.samplingPoints });
 */
export async function loadEeaParquet(
  bytes: Uint8Array | ArrayBuffer,
  options: EeaMeasurementOptions = {},
): Promise<AirData> {
  const reader = new EeaRowReader(options);
  const file =
    bytes instanceof ArrayBuffer
      ? bytes
      : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  let rows: Record<string, unknown>[];
  try {
    rows = await parquetReadObjects({ file });
  } catch (error) {
    reader.session.issue(
      'invalid_parquet',
      'error',
      `cannot read parquet: ${(error as Error).message}`,
    );
    return reader.session.result();
  }
  rows.forEach((row, i) => {
    reader.read(row, i + 1);
  });
  return reader.session.result();
}
