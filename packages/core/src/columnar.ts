/**
 * The columnar mode, for tables with millions of rows: cells go straight from the decoded text
 * into typed arrays and interned strings, checked by re-implemented zod checks where the schema
 * allows (see `TableColumn.fastCheck`) and by the column's zod schema otherwise. It accepts and
 * rejects exactly the rows the row-object mode does (property-tested in `columnar.test.ts`).
 * @packageDocumentation
 */

import { byteModes } from './byte-modes.js';
import { CellReader, describeFailure } from './cell-reader.js';
import { Column, type ColumnStorage } from './column-store.js';
import { ByteRowReader } from './columnar-bytes.js';
import { excerpt } from './issues.js';
import { type LoadOptions, type LoadReport, startLoad } from './load.js';
import type { RecordView } from './record-scanner.js';
import type { SinkContext } from './row-sink.js';
import type { Source } from './source.js';
import type { Table, TableColumn } from './table.js';
import type { ByteRecordSink, RecordBatch, RecordSink } from './table-decoder.js';
import { parseClockTime, parseNumber } from './values.js';

export { Column, type ColumnStorage } from './column-store.js';

/** Result of {@link readColumns}. */
export interface ColumnarTable<Row> extends LoadReport {
  /** Rows kept. */
  readonly length: number;
  /**
   * 1-based physical line of the source where each kept row starts (its first line when quoted
   * fields hold line breaks), aligned with the columns.
   */
  readonly lines: Uint32Array;
  /** One column per table column, by key. */
  readonly columns: { readonly [K in keyof Row]-?: Column };
  /** Row `index` as the row-object mode returns it. */
  row(index: number): Row;
  /** Every row as an object (allocates; for checks and small tables). */
  rows(): IterableIterator<Row>;
}

/** How a column's cells are decoded: straight from the text when the schema allows. */
const GENERIC = 0;
const FAST_NUMBER = 1;
const FAST_TIME = 2;
const FAST_STRING = 3;

function fastModeOf(column: TableColumn): number {
  if (!column.identity) return GENERIC;
  if (column.kind === 'string' && column.missing.size === 0 && column.fastCheck) {
    return (column.valueSchema._zod.def as { type: string }).type === 'string'
      ? FAST_STRING
      : GENERIC;
  }
  if (!column.fastCheck) return GENERIC;
  // A marker that reads as a number (say -999) must not be taken for a value by the fast path.
  for (const marker of column.missing)
    if (parseNumber(marker, 0, marker.length, column.number) !== undefined) return GENERIC;
  if (column.kind === 'clock-time') return FAST_TIME;
  if (column.kind === 'integer' || column.kind === 'number') return FAST_NUMBER;
  return GENERIC;
}

function storageOf(column: TableColumn): ColumnStorage {
  if (!column.identity) return 'values';
  switch (column.kind) {
    case 'integer':
    case 'clock-time':
      return 'int32';
    case 'number':
      return 'float64';
    case 'boolean':
      return 'boolean';
    default:
      return 'dictionary';
  }
}

/**
 * A reader of plain records from bytes into `columns` (the columnar sink's, or a row sink's own
 * dictionaries), when every column of the table allows it; else undefined.
 */
export function byteReaderFor(
  table: Table<unknown>,
  columns: readonly Column[],
  positions: Int32Array,
  reader: CellReader,
): ByteRowReader | undefined {
  const modes = byteModes(
    table.columns,
    positions,
    Uint8Array.from(table.columns, fastModeOf),
    table.columns.map(storageOf),
    { string: FAST_STRING, number: FAST_NUMBER, time: FAST_TIME },
  );
  return modes ? new ByteRowReader(table.columns, columns, positions, modes, reader) : undefined;
}

/** The column a table column's values go to (or, for a row sink, whose dictionary it uses). */
export function columnFor(column: TableColumn, capacity: number): Column {
  return new Column(storageOf(column), capacity);
}

/** The columns of every column of a table (see {@link columnFor}). */
export function columnsFor(table: Table<unknown>, capacity: number): Column[] {
  return table.columns.map((column) => columnFor(column, capacity));
}

class ColumnarSink implements RecordSink, ByteRecordSink {
  readonly columns: Column[];
  /** Set by {@link start} when every column can be read from bytes. */
  bytes: ByteRecordSink | undefined;
  #byteReader: ByteRowReader | undefined;
  rows = 0;
  /** Source line of each kept row (capacity may exceed {@link rows}). */
  lines = new Uint32Array(1024);
  #positions: Int32Array = new Int32Array(0);
  readonly #table: Table<unknown>;
  readonly #context: SinkContext;
  readonly #reader = new CellReader();
  readonly #values: unknown[];
  readonly #markers: (string | undefined)[];
  readonly #modes: Uint8Array;
  readonly #decided: Uint8Array;

  constructor(table: Table<unknown>, context: SinkContext) {
    this.#table = table;
    this.#context = context;
    this.columns = columnsFor(table, 1024);
    this.#values = new Array(table.columns.length);
    this.#markers = new Array(table.columns.length);
    this.#modes = Uint8Array.from(table.columns, fastModeOf);
    this.#decided = new Uint8Array(table.columns.length);
  }

  start(_names: readonly string[], positions: Int32Array): void {
    this.#positions = positions;
    this.#byteReader = byteReaderFor(this.#table, this.columns, positions, this.#reader);
    if (this.#byteReader) this.bytes = this;
  }

  checkRows(batch: RecordBatch): void {
    this.#byteReader!.check(batch);
  }

  storeRows(from: number, to: number, firstLine: number): void {
    this.#byteReader!.store(from, to, firstLine);
    const count = to - from;
    if (this.rows + count > this.lines.length) this.#growLines(this.rows + count);
    for (let k = 0; k < count; k++) this.lines[this.rows + k] = firstLine + k;
    this.rows += count;
  }

  endRows(): void {
    this.#byteReader!.endBatch();
  }

  resetBytes(encoding: string): void {
    this.#byteReader?.reset(encoding);
  }

  reserve(rows: number): void {
    for (const column of this.columns) column.reserve(rows);
    if (rows > this.lines.length) this.#growLines(rows);
  }

  #growLines(size: number): void {
    const lines = new Uint32Array(Math.max(size, this.lines.length * 2));
    lines.set(this.lines);
    this.lines = lines;
  }

  accept(record: RecordView): boolean {
    const specs = this.#table.columns;
    const reader = this.#reader;
    const values = this.#values;
    const markers = this.#markers;
    const modes = this.#modes;
    const decided = this.#decided;
    const text = record.text;
    let ok = true;
    let generic = 0;
    for (let j = 0; j < specs.length; j++) {
      const spec = specs[j]!;
      const position = this.#positions[j]!;
      const mode = modes[j]!;
      decided[j] = GENERIC;
      if (
        mode !== GENERIC &&
        position >= 0 &&
        position < record.count &&
        record.flags[position] === 0
      ) {
        // Fast path: plain cells read from the text; anything unusual goes the generic way below,
        // which produces the exact values and issues of the row-object mode.
        const start = record.starts[position]!;
        const end = record.ends[position]!;
        if (start < end) {
          // Stored at once; taken back by #rollback if the row is rejected later.
          if (mode === FAST_STRING) {
            this.columns[j]!.pushStringAt(text, start, end);
            decided[j] = FAST_STRING;
            continue;
          }
          const value =
            mode === FAST_TIME
              ? parseClockTime(text, start, end)
              : parseNumber(text, start, end, spec.number);
          if (value !== undefined && spec.fastCheck!(value)) {
            this.columns[j]!.pushNumber(value);
            decided[j] = FAST_NUMBER;
            continue;
          }
        }
      }
      generic++;
      values[j] = reader.read(spec, record, position);
      markers[j] = reader.maskReason;
      if (reader.failure !== undefined) {
        ok = false;
        this.#issue(
          record,
          position,
          spec.key,
          reader.failure,
          describeFailure(reader.failure, spec, reader.maskReason),
        );
      } else if (reader.twoDigitYear) {
        reader.noteTwoDigitYear(record, position, spec.key);
      }
    }
    if (!ok) return this.#rollback();
    for (let j = 0; generic > 0 && j < specs.length; j++) {
      if (decided[j] !== GENERIC) continue;
      const spec = specs[j]!;
      const value = values[j];
      if (!spec.identity) {
        const result = spec.schema.safeParse(value);
        if (result.success) values[j] = result.data;
        else {
          ok = false;
          for (const problem of result.error.issues)
            this.#issue(
              record,
              this.#positions[j]!,
              spec.key,
              'invalid_value',
              `${spec.key}: ${problem.message}`,
            );
        }
        continue;
      }
      if (value === undefined || value === null) continue;
      if (spec.fastCheck ? spec.fastCheck(value) : spec.valueSchema.safeParse(value).success)
        continue;
      ok = false;
      const result = spec.valueSchema.safeParse(value);
      for (const problem of result.error?.issues ?? [])
        this.#issue(
          record,
          this.#positions[j]!,
          spec.key,
          'invalid_value',
          `${spec.key}: ${problem.message}`,
        );
    }
    if (!ok) return this.#rollback();
    for (let j = 0; generic > 0 && j < specs.length; j++) {
      const column = this.columns[j]!;
      if (decided[j] !== GENERIC) continue;
      const value = values[j];
      if (column.storage === 'values') {
        if (markers[j] !== undefined && value === null) column.pushMissing(markers[j] || 'empty');
        else column.pushValue(value);
      } else if (value === undefined) column.pushMissing(undefined);
      else if (value === null) column.pushMissing(markers[j] || 'empty');
      else if (column.storage === 'dictionary') column.pushString(value as string);
      else if (column.storage === 'boolean') column.pushNumber(value ? 1 : 0);
      else column.pushNumber(value as number);
    }
    const row = this.rows;
    if (row === this.lines.length) this.#growLines(row + 1);
    this.lines[row] = record.line;
    this.rows = row + 1;
    return true;
  }

  /** Takes back the cells of a rejected row stored by the fast path; returns false. */
  #rollback(): false {
    for (let j = 0; j < this.columns.length; j++) {
      if (this.#decided[j] !== GENERIC) this.columns[j]!.pop();
    }
    return false;
  }

  finish(): void {
    for (const issue of this.#reader.twoDigitYearIssues(this.#context.place))
      this.#context.issues.add(issue);
  }

  #issue(record: RecordView, position: number, field: string, code: string, message: string): void {
    this.#context.issues.add({
      ...this.#context.place,
      code,
      severity: 'error',
      line: record.line,
      ...(position >= 0 ? { column: position + 1 } : {}),
      field,
      message,
      ...(position >= 0 && position < record.count ? { raw: excerpt(record.field(position)) } : {}),
    });
  }
}

/**
 * Reads a table into columns: typed arrays for numbers, times and booleans, interned strings for
 * text, dates and enums. Same rows, values and issues as {@link readTable}, far less memory.
 * @example
 * ```ts
 * const table = await readColumns('stop_times.txt', StopTimes);
 * const arrival = table.columns.arrival_time; // Int32Array in arrival.data (seconds)
 * for (let i = 0; i < table.length; i++) total += arrival.data[i]!;
 * ```
 */
export async function readColumns<Row>(
  source: Source,
  table: Table<Row>,
  options: LoadOptions = {},
): Promise<ColumnarTable<Row>> {
  let sink: ColumnarSink | undefined;
  let reserved = false;
  const run = await startLoad(
    source,
    table as Table<unknown>,
    (context) => {
      sink = new ColumnarSink(table as Table<unknown>, context);
      return sink;
    },
    {
      ...options,
      onProgress(progress) {
        // Size the columns once from the first chunk's row density, to avoid regrowing.
        if (!reserved && progress.totalBytes && progress.rows > 100 && progress.bytesRead > 0) {
          reserved = true;
          sink!.reserve(
            Math.ceil((progress.rows / progress.bytesRead) * progress.totalBytes * 1.02),
          );
        }
        options.onProgress?.(progress);
      },
    },
  );
  for await (const _ of run.steps);
  const report = run.report();
  const columns = sink!.columns;
  for (const column of columns) column.trim();
  const keys = table.columns.map((column) => column.key);
  const byKey = Object.fromEntries(keys.map((key, j) => [key, columns[j]!])) as {
    [K in keyof Row]-?: Column;
  };
  const length = sink!.rows;
  const lines = sink!.lines.subarray(0, length);
  const row = (index: number): Row => {
    const out: Record<string, unknown> = {};
    for (let j = 0; j < keys.length; j++) {
      const value = columns[j]!.get(index);
      if (value !== undefined) out[keys[j]!] = value;
    }
    return out as Row;
  };
  return {
    ...report,
    length,
    lines,
    columns: byKey,
    row,
    *rows() {
      for (let i = 0; i < length; i++) yield row(i);
    },
  };
}
