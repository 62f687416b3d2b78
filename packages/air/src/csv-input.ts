/**
 * Delimited text read through `@datacites/core` as string records, handed to a loader one row at
 * a time with its 1-based data-record number and the source line where it starts.
 * @packageDocumentation
 */
import { type LoadOptions, type Source, streamTable } from '@datacites/core';
import type { LoadSession } from './load-session.js';

/**
 * Streams the rows of a delimited file as records of strings keyed by header, calling `onRow`
 * for each; the reader's issues and rejected records go into `session`. While `onRow` runs,
 * `session.currentLine` is the row's 1-based source line (from `@datacites/core`), so the issues
 * it raises carry it. Returns the header.
 */
export async function forEachCsvRow(
  source: Source,
  session: LoadSession,
  options: LoadOptions,
  onRow: (row: Record<string, string>, record: number, line: number) => void,
): Promise<readonly string[]> {
  const stream = await streamTable(source, options);
  let record = 0;
  try {
    for await (const batch of stream.batches()) {
      const lines = stream.lines;
      for (let i = 0; i < batch.length; i++) {
        const line = lines[i]!;
        session.currentLine = line;
        onRow(batch[i]!, ++record, line);
      }
    }
  } finally {
    session.currentLine = undefined;
  }
  const report = stream.report();
  session.absorb(report);
  return report.header;
}
