/**
 * Row-object loading: a whole table at once ({@link readTable}) or as a stream of rows and
 * batches with bounded memory ({@link streamTable}).
 * @packageDocumentation
 */
import { type LoadOptions, type LoadReport, type LoadRun, startLoad } from './load.js';
import { type MaskedCell, ObjectSink, StringRecordSink } from './row-sink.js';
import type { Source } from './source.js';
import type { Table } from './table.js';

/** Result of {@link readTable}. */
export interface TableResult<Row> extends LoadReport {
  /** Rows kept, validated. */
  readonly rows: Row[];
  /** Masked cells (`null` values) of the kept rows with the marker found (`secret`, `nd`…). */
  readonly masks: readonly MaskedCell[];
  /**
   * 1-based physical line of the source where each kept row starts, aligned with `rows` (a record
   * with quoted line breaks spans several lines; this is its first). For issues of your own.
   */
  readonly lines: Uint32Array;
}

/**
 * Reads a delimited table into validated row objects. Without a table, rows are records of
 * strings keyed by header name.
 * @example
 * ```ts
 * const Temperatures = defineTable({
 *   columns: { date: calendarDate('DD/MM/YY'), region: z.string(), tmin: z.number() },
 *   aliases: { date: ['Date'], region: ['Région'], tmin: ['TMin (°C)'] },
 * });
 * const { rows, issues, account } = await readTable('temperatures.csv', Temperatures);
 * // account.rowsRead === account.rowsKept + account.rowsRejected
 * ```
 */
export async function readTable<Row>(
  source: Source,
  table: Table<Row>,
  options?: LoadOptions,
): Promise<TableResult<Row>>;
export async function readTable(
  source: Source,
  options?: LoadOptions,
): Promise<TableResult<Record<string, string>>>;
export async function readTable<Row>(
  source: Source,
  tableOrOptions?: Table<Row> | LoadOptions,
  maybeOptions: LoadOptions = {},
): Promise<TableResult<unknown>> {
  const stream = await streamTable(source, tableOrOptions as Table<Row>, maybeOptions);
  const rows: unknown[] = [];
  let lines = new Uint32Array(1024);
  for await (const batch of stream.batches()) {
    const batchLines = stream.lines;
    if (rows.length + batch.length > lines.length) {
      const grown = new Uint32Array(Math.max(rows.length + batch.length, lines.length * 2));
      grown.set(lines);
      lines = grown;
    }
    lines.set(batchLines, rows.length);
    for (const row of batch) rows.push(row);
  }
  return { ...stream.report(), rows, masks: stream.masks, lines: lines.slice(0, rows.length) };
}

/** A table being read: iterate rows or batches once, then read the report. */
export class TableStream<Row> implements AsyncIterable<Row> {
  readonly #run: LoadRun;
  readonly #take: () => Row[];
  readonly #takeLines: () => number[];
  readonly #masks: () => readonly MaskedCell[];
  #lines: Uint32Array = new Uint32Array(0);
  #line = 0;

  /** @internal */
  constructor(
    run: LoadRun,
    take: () => Row[],
    masks: () => readonly MaskedCell[],
    takeLines: () => number[],
  ) {
    this.#run = run;
    this.#take = take;
    this.#masks = masks;
    this.#takeLines = takeLines;
  }

  /** Rows in batches (one per chunk of input), so memory stays bounded. */
  async *batches(): AsyncIterable<Row[]> {
    for await (const _ of this.#run.steps) {
      const rows = this.#take();
      const lines = this.#takeLines();
      if (rows.length > 0) {
        this.#lines = Uint32Array.from(lines);
        yield rows;
      }
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Row> {
    for await (const batch of this.batches()) {
      const lines = this.#lines;
      for (let i = 0; i < batch.length; i++) {
        this.#line = lines[i]!;
        yield batch[i]!;
      }
    }
  }

  /**
   * 1-based source lines where the rows of the batch last yielded by {@link batches} start,
   * aligned with that batch.
   * @example
   * ```ts
   * for await (const batch of stream.batches()) {
   *   batch.forEach((row, i) => check(row, stream.lines[i]));
   * }
   * ```
   */
  get lines(): Uint32Array {
    return this.#lines;
  }

  /** 1-based source line where the row last yielded by row iteration starts (0 before any). */
  get line(): number {
    return this.#line;
  }

  /** Masked cells of the rows read so far (row = index among kept rows). */
  get masks(): readonly MaskedCell[] {
    return this.#masks();
  }

  /**
   * Issues and account; complete once iteration ended. In strict mode, throws the
   * {@link DataError} when errors were found.
   */
  report(): LoadReport {
    return this.#run.report();
  }
}

/**
 * Streams a table row by row (or batch by batch) with bounded memory.
 * @example
 * ```ts
 * const stream = await streamTable('stop_times.txt', StopTimes, { onProgress: console.log });
 * for await (const row of stream) count++;
 * console.log(stream.report().account);
 * ```
 */
export async function streamTable<Row>(
  source: Source,
  table: Table<Row>,
  options?: LoadOptions,
): Promise<TableStream<Row>>;
export async function streamTable(
  source: Source,
  options?: LoadOptions,
): Promise<TableStream<Record<string, string>>>;
export async function streamTable<Row>(
  source: Source,
  tableOrOptions?: Table<Row> | LoadOptions,
  maybeOptions: LoadOptions = {},
): Promise<TableStream<unknown>> {
  if (isTable(tableOrOptions)) {
    const table = tableOrOptions;
    let sink: ObjectSink<Row> | undefined;
    const run = await startLoad(
      source,
      table as Table<unknown>,
      (context) => {
        sink = new ObjectSink(table, context, maybeOptions.validation);
        return sink;
      },
      maybeOptions,
    );
    return new TableStream(
      run,
      () => sink!.take(),
      () => sink!.masks,
      () => sink!.takeLines(),
    );
  }
  const sink = new StringRecordSink();
  const run = await startLoad(source, undefined, () => sink, tableOrOptions ?? {});
  return new TableStream(
    run,
    () => sink.take(),
    () => [],
    () => sink.takeLines(),
  );
}

function isTable<Row>(value: Table<Row> | LoadOptions | undefined): value is Table<Row> {
  return value !== undefined && 'columns' in value && 'schema' in value;
}
