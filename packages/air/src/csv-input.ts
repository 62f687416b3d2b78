/**
 * Delimited text read through `@datacites/core` as string records, handed to a loader one row at
 * a time with its 1-based data-record number.
 * @packageDocumentation
 */
import { type LoadOptions, type Source, streamTable } from '@datacites/core';
import type { LoadSession } from './load-session.js';

/**
 * Streams the rows of a delimited file as records of strings keyed by header, calling `onRow`
 * for each; the reader's issues and rejected records go into `session`. Returns the header.
 */
export async function forEachCsvRow(
  source: Source,
  session: LoadSession,
  options: LoadOptions,
  onRow: (row: Record<string, string>, record: number) => void,
): Promise<readonly string[]> {
  const stream = await streamTable(source, options);
  let record = 0;
  for await (const batch of stream.batches()) {
    for (const row of batch) onRow(row, ++record);
  }
  const report = stream.report();
  session.absorb(report);
  return report.header;
}
