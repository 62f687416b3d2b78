/**
 * The decoding engine shared by row objects, streams and the columnar mode: delimiter sniffing,
 * header detection, record-level checks (width, quotes, footers) and the account of every row.
 * What a data record becomes is left to a {@link RecordSink}.
 * @packageDocumentation
 */
import { chooseHeader, cleanHeader, mapColumns } from './header.js';
import type { IssueList, LoadIssue } from './issues.js';
import { excerpt } from './issues.js';
import { RecordScanner, type RecordView, StoredRecord } from './record-scanner.js';
import { sniffDelimiter } from './sniff.js';
import type { Table, TableColumn } from './table.js';

/** Options of the delimited-text decoding. */
export interface DelimitedOptions {
  /** Field delimiter; sniffed among `,` `;` tab `|` when absent. */
  readonly delimiter?: string;
  /** 1-based line of the header; detected when absent (metadata lines before it are skipped). */
  readonly headerLine?: number;
  /** Longest record kept, in characters (longer ones are rejected and skipped). Default 16 Mi. */
  readonly maxRecordChars?: number;
}

/** Every row of a file accounted for: `rowsRead = rowsKept + rowsRejected`. */
export interface LoadAccount {
  /** The file (archive entry or source name). */
  readonly file: string;
  /** Data records read (header, preamble, blank and footer lines excluded). */
  rowsRead: number;
  /** Rows returned. */
  rowsKept: number;
  /** Rows not returned; each has at least one error issue. */
  rowsRejected: number;
  /** Lines before the header (kept in `preamble`). */
  preambleLines: number;
  /** Blank lines (or lines of empty fields only) skipped. */
  blankLines: number;
  /** One-field lines after the last row, such as disclaimers (each has a warning issue). */
  footerLines: number;
  /** Bytes read from the source. */
  bytesRead: number;
  /** Text encoding used. */
  encoding: string;
  /** Field delimiter used. */
  delimiter: string;
}

/**
 * A sink that also reads plain records (no quotes, one field per column) straight from their
 * bytes: the byte lane of `load.ts` gives it the records it can, and the text path the others.
 */
/**
 * Plain records of a chunk for a {@link ByteRecordSink}: cell `c` of record `k` is
 * `bytes[cellStarts[k * width + c], cellEnds[k * width + c])`; the sink reads records `from` to
 * `to` whose `status` is 0.
 */
export interface RecordBatch {
  readonly bytes: Uint8Array;
  readonly cellStarts: Int32Array;
  readonly cellEnds: Int32Array;
  readonly width: number;
  /** Per record: 0 to read from bytes, 1 for the text path (set by the sink when it cannot). */
  readonly status: Uint8Array;
  readonly from: number;
  readonly to: number;
  /** Decodes the bytes of one cell in the file's current encoding. */
  readonly decode: (bytes: Uint8Array, start: number, end: number) => string;
}

export interface ByteRecordSink {
  /**
   * Reads the cells of a batch's records without storing anything, setting `status[k]` to 1 for
   * those the text path must read.
   */
  checkRows(batch: RecordBatch): void;
  /** Stores records `from` to `to` of the batch (checked, status 0), found from `firstLine` on. */
  storeRows(from: number, to: number, firstLine: number): void;
  /** Called once the batch's records are all stored or handed to the text path. */
  endRows(): void;
  /** Forgets what was remembered by bytes: the text encoding is now `encoding`. */
  resetBytes(encoding: string): void;
}

/** Receives data records once the header is known. */
export interface RecordSink {
  /** Set (after {@link start}) when the sink reads plain records from bytes too. */
  readonly bytes?: ByteRecordSink | undefined;
  /** Called once with the header names and, for each table column, its field index or -1. */
  start(names: readonly string[], positions: Int32Array): void;
  /** Decodes a record; returns false when rejected (after adding at least one error issue). */
  accept(record: RecordView): boolean;
  /** Called after the last record, to add issues summarised over the file. */
  finish?(): void;
}

/** Text read before choosing the delimiter and the header line, when they are not given. */
const SAMPLE_CHARS = 64 * 1024;

/** Feeds decoded text through the scanner, header logic and checks into a sink. */
export class TableDecoder {
  /** Records before the header, as fields. */
  readonly preamble: string[][] = [];
  /** Cleaned header names, once read. */
  header: string[] | undefined;
  readonly account: LoadAccount;
  readonly #columns: readonly TableColumn[] | undefined;
  readonly #skipped: readonly string[];
  readonly #sink: RecordSink;
  readonly #issues: IssueList;
  readonly #options: DelimitedOptions;
  readonly #place: { source?: string; file?: string };
  #sample: string[] | undefined = [];
  #sampleLength = 0;
  /** Line feeds in the sample so far (counted only when the header line is given). */
  #sampleLines = 0;
  #scanner: RecordScanner | undefined;
  #headerIndex = 0;
  #recordIndex = 0;
  #width = 0;
  #pending: StoredRecord[] = [];
  #trailingDelimiterRows = 0;

  constructor(
    table: Pick<Table<unknown>, 'columns' | 'skipped'> | undefined,
    sink: RecordSink,
    issues: IssueList,
    options: DelimitedOptions & { file: string; source?: string },
  ) {
    this.#columns = table?.columns;
    this.#skipped = table?.skipped ?? [];
    this.#sink = sink;
    this.#issues = issues;
    this.#options = options;
    this.#place = { file: options.file, ...(options.source ? { source: options.source } : {}) };
    this.account = {
      file: options.file,
      rowsRead: 0,
      rowsKept: 0,
      rowsRejected: 0,
      preambleLines: 0,
      blankLines: 0,
      footerLines: 0,
      bytesRead: 0,
      encoding: 'utf-8',
      delimiter: options.delimiter ?? '',
    };
  }

  /**
   * What the byte lane needs once the header is read and the sink reads bytes: the scanner (to
   * keep its line count and see when it is between records), the header width, the sink.
   */
  get byteLane():
    | { readonly scanner: RecordScanner; readonly width: number; readonly sink: ByteRecordSink }
    | undefined {
    const sink = this.#sink.bytes;
    if (this.header === undefined || this.#sample !== undefined || !sink || !this.#scanner)
      return undefined;
    return { scanner: this.#scanner, width: this.#width, sink };
  }

  /** Counts rows the byte lane is about to store (after the possible footers held back). */
  keepByteRows(count: number): void {
    if (this.#pending.length > 0) this.#flushPending();
    this.account.rowsRead += count;
    this.account.rowsKept += count;
  }

  /** Base of the issues of this file. */
  get place(): { source?: string; file?: string } {
    return this.#place;
  }

  /** Decodes the next piece of text; pass `final` with the last one. */
  push(text: string, final: boolean): void {
    if (this.#sample) {
      this.#sample.push(text);
      this.#sampleLength += text.length;
      if (!final && !this.#sampled(text)) return;
      const sample = this.#sample.join('');
      this.#sample = undefined;
      const delimiter = this.#options.delimiter ?? sniffDelimiter(sample);
      this.account.delimiter = delimiter;
      this.#headerIndex = chooseHeader(
        sample,
        final,
        delimiter,
        this.#columns,
        this.#options.headerLine,
      ).index;
      this.#scanner = new RecordScanner({
        delimiter,
        ...(this.#options.maxRecordChars ? { maxRecordChars: this.#options.maxRecordChars } : {}),
      });
      text = sample;
    }
    this.#scanner!.push(text, final, (record) => this.#onRecord(record));
    if (final) this.#finish();
  }

  /**
   * Whether the text sampled so far (`text` last) is enough: 64 Ki characters to sniff the
   * delimiter and find the header; or, when both are given, the lines up to the header's end,
   * so that the byte lane can start right after the header (a GTFS feed's files each spent
   * their first 64 Ki characters in the slower text path).
   */
  #sampled(text: string): boolean {
    if (this.#sampleLength >= SAMPLE_CHARS) return true;
    const { delimiter, headerLine } = this.#options;
    if (delimiter === undefined || headerLine === undefined) return false;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
      if (++this.#sampleLines > headerLine) return true;
    return false;
  }

  #onRecord(record: RecordView): void {
    const index = this.#recordIndex++;
    if (index < this.#headerIndex) {
      this.preamble.push(Array.from({ length: record.count }, (_, i) => record.field(i)));
      this.account.preambleLines++;
      return;
    }
    if (index === this.#headerIndex) {
      this.#readHeader(record);
      return;
    }
    if (record.count === 1 && this.#width >= 2 && record.problem === undefined) {
      if (this.#pending.length >= 64) this.#flushPending();
      this.#pending.push(new StoredRecord(record));
      return;
    }
    if (this.#pending.length > 0) this.#flushPending();
    this.#data(record);
  }

  #readHeader(record: RecordView): void {
    const fields = Array.from({ length: record.count }, (_, i) => record.field(i));
    const { names, issues } = cleanHeader(fields, record.line, this.#place.file);
    for (const issue of issues) this.#add(issue);
    if (this.account.preambleLines > 0) {
      this.#add({
        code: 'preamble_skipped',
        severity: 'info',
        line: 1,
        message: `${this.account.preambleLines} line(s) before the header at line ${record.line} kept apart as preamble`,
      });
    }
    this.header = names;
    this.#width = names.length;
    const positions = new Int32Array(this.#columns?.length ?? 0);
    if (this.#columns) {
      const mapped = mapColumns(this.#columns, names, record.line, this.#place.file, this.#skipped);
      positions.set(mapped.positions);
      for (const issue of mapped.issues) this.#add(issue);
    }
    this.#sink.start(names, positions);
  }

  #flushPending(): void {
    const pending = this.#pending;
    this.#pending = [];
    for (const record of pending) this.#data(record);
  }

  #data(record: RecordView): void {
    if (isAllEmpty(record)) {
      this.account.blankLines++;
      return;
    }
    this.account.rowsRead++;
    const line = record.line;
    if (record.problem === 'record_too_long' || record.problem === 'unterminated_quote') {
      this.#reject(
        record,
        record.problem,
        record.problem === 'record_too_long'
          ? `Record longer than ${this.#options.maxRecordChars ?? 16 * 1024 * 1024} characters: skipped`
          : 'A quoted field is never closed: the rest of the file is in it',
      );
      return;
    }
    if (record.problem === 'text_after_quote') {
      this.#add({
        code: 'text_after_quote',
        severity: 'warning',
        line,
        message: 'Text follows a closing quote: the field is kept as written',
        raw: excerpt(record.raw()),
      });
    }
    const width = this.#width;
    if (record.count > width) {
      for (let i = width; i < record.count; i++) {
        if (record.starts[i] !== record.ends[i] || record.flags[i] !== 0) {
          this.#reject(record, 'too_many_fields', `${record.count} fields for ${width} columns`);
          return;
        }
      }
      this.#trailingDelimiterRows++;
    } else if (record.count < width) {
      this.#add({
        code: 'too_few_fields',
        severity: 'warning',
        line,
        message: `${record.count} fields for ${width} columns: the missing ones are empty`,
        raw: excerpt(record.raw()),
      });
    }
    if (this.#sink.accept(record)) this.account.rowsKept++;
    else this.account.rowsRejected++;
  }

  #reject(record: RecordView, code: string, message: string): void {
    this.account.rowsRejected++;
    this.#add({ code, severity: 'error', line: record.line, message, raw: excerpt(record.raw()) });
  }

  #add(issue: LoadIssue): void {
    this.#issues.add({ ...this.#place, ...issue });
  }

  #finish(): void {
    for (const record of this.#pending) {
      this.account.footerLines++;
      this.#add({
        code: 'footer_line',
        severity: 'warning',
        line: record.line,
        message: 'One-field line after the data (a note or disclaimer): not a row',
        raw: excerpt(record.raw()),
      });
    }
    this.#pending = [];
    this.#sink.finish?.();
    this.account.blankLines += this.#scanner?.blankLines ?? 0;
    if (this.header === undefined) {
      this.#add({ code: 'empty_file', severity: 'warning', message: 'No header and no data' });
      this.#sink.start([], new Int32Array(this.#columns?.length ?? 0).fill(-1));
    }
    if (this.#trailingDelimiterRows > 0) {
      this.#add({
        code: 'trailing_delimiter',
        severity: 'info',
        message: `${this.#trailingDelimiterRows} row(s) end with an extra empty field (trailing delimiter), ignored`,
      });
    }
  }
}

function isAllEmpty(record: RecordView): boolean {
  for (let i = 0; i < record.count; i++) {
    if (record.starts[i] !== record.ends[i] || record.flags[i] !== 0) return false;
  }
  return record.problem === undefined;
}
