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
  for await (const batch of stream.batches()) for (const row of batch) rows.push(row);
  return { ...stream.report(), rows, masks: stream.masks };
}

/** A table being read: iterate rows or batches once, then read the report. */
export class TableStream<Row> implements AsyncIterable<Row> {
  readonly #run: LoadRun;
  readonly #take: () => Row[];
  readonly #masks: () => readonly MaskedCell[];

  /** @internal */
  constructor(run: LoadRun, take: () => Row[], masks: () => readonly MaskedCell[]) {
    this.#run = run;
    this.#take = take;
    this.#masks = masks;
  }

  /** Rows in batches (one per chunk of input), so memory stays bounded. */
  async *batches(): AsyncIterable<Row[]> {
    for await (const _ of this.#run.steps) {
      const rows = this.#take();
      if (rows.length > 0) yield rows;
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Row> {
    for await (const batch of this.batches()) yield* batch;
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
      table.columns,
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
    );
  }
  const sink = new StringRecordSink();
  const run = await startLoad(source, undefined, () => sink, tableOrOptions ?? {});
  return new TableStream(
    run,
    () => sink.take(),
    () => [],
  );
}

function isTable<Row>(value: Table<Row> | LoadOptions | undefined): value is Table<Row> {
  return value !== undefined && 'columns' in value && 'schema' in value;
}
