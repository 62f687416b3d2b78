/**
 * Tables shaped by a file's own header: the reference columns the file has (plus the required
 * ones, so their absence rejects rows with an issue) and every extra column kept as text.
 * @packageDocumentation
 */
import {
  decodeText,
  defineTable,
  normalizeHeader,
  openSource,
  RecordScanner,
  type Source,
  type Table,
} from '@datacites/core';
import { z } from 'zod';

const PEEK_LIMIT = 1 << 20;

/** The header fields of a delimited file, read from its first bytes only. */
export async function peekHeader(source: Source, signal?: AbortSignal): Promise<string[]> {
  const opened = await openSource(source, { chunkSize: 64 * 1024, ...(signal ? { signal } : {}) });
  const iterator = opened.chunks[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      parts.push(next.value);
      size += next.value.byteLength;
      if (next.value.includes(10) || size >= PEEK_LIMIT) break;
    }
  } finally {
    await iterator.return?.();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  // Only the first line is scanned (the rest of the first chunk would go through the scanner
  // for nothing), unless a quoted header name holds a line break.
  const lineFeed = bytes.indexOf(10);
  let head = lineFeed < 0 ? bytes : bytes.subarray(0, lineFeed + 1);
  if (head.filter((b) => b === 34).length % 2 === 1) head = bytes;
  const { text } = decodeText(head);
  const scanner = new RecordScanner({ delimiter: ',' });
  let fields: string[] | undefined;
  const take = (record: RecordScanner) => {
    fields ??= record.fields();
  };
  scanner.push(text, false, take);
  if (!fields) scanner.push('', true, take);
  return (fields ?? []).map((name) => name.replace(/^\uFEFF/, '').trim());
}

/** A table for one file: what it reads, and the extra columns found. */
export interface HeaderTable {
  readonly table: Table<unknown>;
  readonly extraColumns: readonly string[];
}

/**
 * Restricts `table` to the columns present in `header` (required columns are always kept) and
 * adds each unknown header column as an optional string column.
 */
export function tableForHeader(table: Table<unknown>, header: readonly string[]): HeaderTable {
  const present = new Set(header.map(normalizeHeader));
  const columns: Record<string, z.ZodType> = {};
  for (const column of table.columns) {
    const required = !column.optional && !column.nullable;
    if (required || column.names.some((name) => present.has(name)))
      columns[column.key] = column.schema;
  }
  const known = new Set(table.columns.flatMap((column) => column.names));
  const extraColumns: string[] = [];
  for (const name of header) {
    const normalized = normalizeHeader(name);
    if (normalized === '' || known.has(normalized) || name in columns) continue;
    columns[name] = z.string().optional();
    extraColumns.push(name);
  }
  const declaration = table.name === undefined ? { columns } : { name: table.name, columns };
  return { table: defineTable(declaration) as Table<unknown>, extraColumns };
}
