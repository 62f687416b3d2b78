/**
 * Writes a feed back to GTFS text files and a zip: the columns each file was loaded with
 * (reference and extra), dates as `YYYYMMDD`, times as `HH:MM:SS`, RFC 4180 quoting.
 * @packageDocumentation
 */
import { type Column, formatClockTime } from '@datacites/core';
import type { ColumnarRows, GtfsFeed } from '../feed.js';
import { GTFS_FILES } from '../schema/registry.js';
import { writeZip } from './zip-writer.js';

function quote(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Formats a cell of a column of `kind` (from the schema) as GTFS text. */
function cell(value: unknown, kind: string | undefined): string {
  if (value === undefined || value === null) return '';
  if (kind === 'clock-time' && typeof value === 'number') return formatClockTime(value);
  if (kind === 'date' && typeof value === 'string') return value.replaceAll('-', '');
  return quote(String(value));
}

function columnValue(column: Column, row: number): unknown {
  return column.get(row);
}

/** The header of a file: reference columns present in the data, then extra columns. */
function headerOf(
  keys: readonly string[],
  present: (key: string) => boolean,
  extras: readonly string[],
) {
  return [...keys.filter(present), ...extras];
}

/**
 * The GTFS text files of a feed (name → text), each with the columns it was loaded with.
 * @example
 * ```ts
 * const files = gtfsFiles(feed); // Map { 'agency.txt' => 'agency_id,agency_name,…\n…', … }
 * ```
 */
export function gtfsFiles(feed: GtfsFeed): Map<string, string> {
  const out = new Map<string, string>();
  const extrasOf = new Map(feed.report.map((file) => [file.file, file.extraColumns]));
  for (const spec of GTFS_FILES) {
    const kinds = new Map(spec.table.columns.map((c) => [c.key, c.kind as string]));
    const keys = spec.table.columns.map((c) => c.key);
    const extras = extrasOf.get(spec.file) ?? [];
    if (spec.columnar) {
      const table = feed[spec.key] as ColumnarRows<unknown>;
      if (table.length === 0) continue;
      const header = headerOf(keys, (key) => table.column(key) !== undefined, extras);
      const columns = header.map((key) => table.column(key)!);
      const lines = [header.join(',')];
      for (let i = 0; i < table.length; i++)
        lines.push(columns.map((c, j) => cell(columnValue(c, i), kinds.get(header[j]!))).join(','));
      out.set(spec.file, `${lines.join('\n')}\n`);
      continue;
    }
    const rows = feed[spec.key] as readonly Record<string, unknown>[];
    if (rows.length === 0) continue;
    const header = headerOf(keys, (key) => rows.some((row) => row[key] !== undefined), extras);
    const lines = [header.join(',')];
    for (const row of rows)
      lines.push(header.map((key) => cell(row[key], kinds.get(key))).join(','));
    out.set(spec.file, `${lines.join('\n')}\n`);
  }
  if (feed.locations) out.set('locations.geojson', JSON.stringify(feed.locations));
  return out;
}

/**
 * Writes a feed as a GTFS zip (unknown files are left out).
 * @example
 * ```ts
 * await writeFile('subset.zip', await writeGtfs(subsetGtfs(feed, { routeIds: ['1'] })));
 * ```
 */
export async function writeGtfs(feed: GtfsFeed): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  return writeZip(
    [...gtfsFiles(feed)].map(([name, text]) => ({ name, bytes: encoder.encode(text) })),
  );
}
