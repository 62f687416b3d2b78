/**
 * Row objects: each data record becomes an object validated by the table's zod schema, or, with
 * no table, a plain record of strings keyed by header (null prototype, so `__proto__` is data).
 * @packageDocumentation
 */
import { CellReader, describeFailure } from './cell-reader.js';
import type { Column } from './column-store.js';
import { byteReaderFor, columnFor, columnsFor } from './columnar.js';
import type { ByteRowReader } from './columnar-bytes.js';
import type { IssueList } from './issues.js';
import { excerpt } from './issues.js';
import type { RecordView } from './record-scanner.js';
import type { Table } from './table.js';
import type { ByteRecordSink, RecordBatch, RecordSink } from './table-decoder.js';

/**
 * Strings a row sink keeps per column to share them between rows read from bytes; past it the
 * column starts afresh (streams of millions of distinct ids stay in bounded memory).
 */
const DICTIONARY_LIMIT = 1 << 16;

/** A masked cell: the row (index among kept rows), the column and the marker found. */
export interface MaskedCell {
  readonly row: number;
  readonly field: string;
  readonly reason: string;
}

/** Where issues of a sink go and what they carry. */
export interface SinkContext {
  readonly issues: IssueList;
  readonly place: { source?: string; file?: string };
}

/** Decodes records into zod-validated row objects. */
export class ObjectSink<Row> implements RecordSink, ByteRecordSink {
  /** Set by {@link start} when rows can be read from bytes (validation `auto`, plain columns). */
  bytes: ByteRecordSink | undefined;
  /** Rows kept since the last {@link take}. */
  rows: Row[] = [];
  /** Masked cells of the kept rows. */
  readonly masks: MaskedCell[] = [];
  /** 1-based source line where each row of {@link rows} starts (aligned with it). */
  lines: number[] = [];
  #kept = 0;
  #positions: Int32Array = new Int32Array(0);
  readonly #reader = new CellReader();
  readonly #table: Table<Row>;
  readonly #context: SinkContext;

  readonly #fast: boolean;
  readonly #values: unknown[];
  readonly #build: ((values: readonly unknown[]) => object) | undefined;
  #byteReader: ByteRowReader | undefined;
  /** Row builders by the set of empty cells (see `ByteRowReader.rowValues`). */
  readonly #builders = new Map<number, ((values: readonly unknown[]) => object) | undefined>();

  /**
   * @param validation `zod` runs the zod object schema on every row; `auto` (default) checks rows
   * whose columns all have a fast check (see `TableColumn.fastCheck`) without zod, and calls zod
   * only for rows failing them, so values and issues are those zod gives (property-tested).
   */
  constructor(table: Table<Row>, context: SinkContext, validation: 'auto' | 'zod' = 'auto') {
    this.#table = table;
    this.#context = context;
    this.#fast =
      validation === 'auto' && table.columns.every((column) => column.identity && column.fastCheck);
    this.#values = new Array(table.columns.length);
    this.#build = this.#fast ? rowBuilder(table.columns.map((column) => column.key)) : undefined;
  }

  start(_names: readonly string[], positions: Int32Array): void {
    this.#positions = positions;
    if (!this.#fast) return;
    // The dictionaries of these columns intern the strings; their rows stay empty.
    const table = this.#table as Table<unknown>;
    const dictionaries: Column[] = columnsFor(table, 0);
    this.#byteReader = byteReaderFor(table, dictionaries, positions, this.#reader);
    if (this.#byteReader) this.bytes = this;
  }

  checkRows(batch: RecordBatch): void {
    this.#byteReader!.check(batch);
  }

  storeRows(from: number, to: number, firstLine: number): void {
    const reader = this.#byteReader!;
    reader.resolve(from, to, firstLine);
    const values = this.#values;
    for (let k = from; k < to; k++) {
      const empties = reader.rowValues(k, values);
      const build = this.#builderFor(empties);
      this.rows.push((build ? build(values) : this.#object(values)) as Row);
      this.lines.push(firstLine + k - from);
    }
    this.#kept += to - from;
  }

  endRows(): void {
    this.#byteReader!.endBatch();
    this.#byteReader!.limitDictionaries(DICTIONARY_LIMIT, (j) =>
      columnFor(this.#table.columns[j]!, 0),
    );
  }

  resetBytes(encoding: string): void {
    this.#byteReader?.reset(encoding);
  }

  /** The row builder for rows whose empty cells are `empties` (bit per column). */
  #builderFor(empties: number): ((values: readonly unknown[]) => object) | undefined {
    if (empties === 0) return this.#build;
    if (this.#builders.has(empties)) return this.#builders.get(empties);
    const columns = this.#table.columns;
    const present = columns.flatMap((_, j) => ((empties >> Math.min(j, 30)) & 1 ? [] : [j]));
    const build =
      columns.length > 30 && empties >> 30 !== 0
        ? undefined
        : rowBuilder(
            present.map((j) => columns[j]!.key),
            present,
          );
    this.#builders.set(empties, build);
    return build;
  }

  /** Hands over the rows kept so far and starts a new batch; {@link takeLines} gives their lines. */
  take(): Row[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  /** Hands over the source lines of the rows kept so far (call beside {@link take}). */
  takeLines(): number[] {
    const lines = this.lines;
    this.lines = [];
    return lines;
  }

  accept(record: RecordView): boolean {
    const columns = this.#table.columns;
    const reader = this.#reader;
    const values = this.#values;
    let ok = true;
    let complete = true;
    let masks: MaskedCell[] | undefined;
    for (let j = 0; j < columns.length; j++) {
      const column = columns[j]!;
      const position = this.#positions[j]!;
      const value = reader.read(column, record, position);
      values[j] = value;
      if (reader.failure !== undefined) {
        ok = false;
        this.#context.issues.add({
          ...this.#context.place,
          code: reader.failure,
          severity: 'error',
          line: record.line,
          ...(position >= 0 ? { column: position + 1 } : {}),
          field: column.key,
          message: describeFailure(reader.failure, column, reader.maskReason),
          ...(position >= 0 && position < record.count
            ? { raw: excerpt(record.field(position)) }
            : {}),
        });
        continue;
      }
      if (reader.twoDigitYear) reader.noteTwoDigitYear(record, position, column.key);
      if (reader.maskReason) {
        masks ??= [];
        masks.push({ row: this.#kept, field: column.key, reason: reader.maskReason });
      }
      if (value === undefined) complete = false;
    }
    if (!ok) return false;
    if (this.#fast && this.#passes(values)) {
      if (masks) this.masks.push(...masks);
      const build = this.#build;
      this.rows.push((complete && build ? build(values) : this.#object(values)) as Row);
      this.lines.push(record.line);
      this.#kept++;
      return true;
    }
    const input = this.#object(values);
    const result = this.#table.schema.safeParse(input);
    if (!result.success) {
      for (const problem of result.error.issues) {
        const key = String(problem.path[0] ?? '');
        const index = columns.findIndex((column) => column.key === key);
        const position = index >= 0 ? this.#positions[index]! : -1;
        this.#context.issues.add({
          ...this.#context.place,
          code: 'invalid_value',
          severity: 'error',
          line: record.line,
          ...(position >= 0 ? { column: position + 1 } : {}),
          field: key,
          message: `${key}: ${problem.message}`,
          ...(position >= 0 && position < record.count
            ? { raw: excerpt(record.field(position)) }
            : {}),
        });
      }
      return false;
    }
    if (masks) this.masks.push(...masks);
    this.rows.push(result.data);
    this.lines.push(record.line);
    this.#kept++;
    return true;
  }

  #passes(values: readonly unknown[]): boolean {
    const columns = this.#table.columns;
    for (let j = 0; j < columns.length; j++) {
      const value = values[j];
      if (value !== undefined && value !== null && !columns[j]!.fastCheck!(value)) return false;
    }
    return true;
  }

  /** The row object of `values`, keys in column order, empty (`undefined`) cells left out. */
  #object(values: readonly unknown[]): Record<string, unknown> {
    const columns = this.#table.columns;
    const input: Record<string, unknown> = {};
    for (let j = 0; j < columns.length; j++) {
      const value = values[j];
      if (value !== undefined) input[columns[j]!.key] = value;
    }
    return input;
  }

  finish(): void {
    for (const issue of this.#reader.twoDigitYearIssues(this.#context.place))
      this.#context.issues.add(issue);
  }
}

/**
 * A function building row objects with every key (in this order) from an array of values (key
 * `k` from `v[indexes[k]]`, by default `v[k]`). One
 * object literal gives every row the same hidden class from the start, where adding keys one by
 * one through a variable name goes through V8's slow generic property stores: on WMATA's
 * stop_times this is most of the difference between row objects and papaparse. Undefined where
 * code generation is refused (a Content-Security-Policy without `unsafe-eval`) or for a
 * `__proto__` key (a literal would set the prototype): rows are then built key by key.
 */
function rowBuilder(
  keys: readonly string[],
  indexes: readonly number[] = keys.map((_, j) => j),
): ((values: readonly unknown[]) => object) | undefined {
  if (keys.includes('__proto__')) return undefined;
  const fields = keys.map((key, k) => `${JSON.stringify(key)}: v[${indexes[k]}]`).join(', ');
  try {
    return new Function('v', `return { ${fields} };`) as (values: readonly unknown[]) => object;
  } catch {
    return undefined;
  }
}

/** Decodes records into string records keyed by header name, with a null prototype. */
export class StringRecordSink implements RecordSink {
  rows: Record<string, string>[] = [];
  /** 1-based source line where each row of {@link rows} starts (aligned with it). */
  lines: number[] = [];
  #names: readonly string[] = [];

  start(names: readonly string[]): void {
    this.#names = names;
  }

  take(): Record<string, string>[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  /** Hands over the source lines of the rows kept so far (call beside {@link take}). */
  takeLines(): number[] {
    const lines = this.lines;
    this.lines = [];
    return lines;
  }

  accept(record: RecordView): boolean {
    const row = Object.create(null) as Record<string, string>;
    const names = this.#names;
    for (let i = 0; i < names.length; i++) row[names[i]!] = i < record.count ? record.field(i) : '';
    this.rows.push(row);
    this.lines.push(record.line);
    return true;
  }
}
