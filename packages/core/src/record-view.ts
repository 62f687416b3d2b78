/**
 * A record as the decoders read it: field offsets into a text, so cells can be parsed without
 * slicing a string per field.
 * @packageDocumentation
 */

/** Structural problems of a record, in {@link RecordScanner.problem}. */
export type RecordProblem = 'unterminated_quote' | 'text_after_quote' | 'record_too_long';

/** One record as the decoders read it: field offsets into `text`, and where it was found. */
export interface RecordView {
  /** The text the offsets refer to. */
  readonly text: string;
  /** Start offset of each field. */
  readonly starts: Int32Array;
  /** End offset (exclusive) of each field. */
  readonly ends: Int32Array;
  /** `FieldFlag`s of each field. */
  readonly flags: Uint8Array;
  /** Number of fields. */
  readonly count: number;
  /** 1-based physical line where the record starts. */
  readonly line: number;
  /** A structural problem found while splitting it. */
  readonly problem: RecordProblem | undefined;
  /** The value of a field, unescaped. */
  field(index: number): string;
  /** The record's text as written. */
  raw(): string;
}

/** A record copied out of the scanner, to be decoded later (e.g. a possible footer line). */
export class StoredRecord implements RecordView {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
  readonly count: number;
  readonly line: number;
  readonly problem: RecordProblem | undefined;

  constructor(record: RecordView) {
    const fields = Array.from({ length: record.count }, (_, i) => record.field(i));
    this.text = fields.join('');
    this.count = record.count;
    this.starts = new Int32Array(record.count);
    this.ends = new Int32Array(record.count);
    this.flags = new Uint8Array(record.count);
    let offset = 0;
    fields.forEach((field, i) => {
      this.starts[i] = offset;
      offset += field.length;
      this.ends[i] = offset;
    });
    this.line = record.line;
    this.problem = record.problem;
  }

  field(index: number): string {
    return this.text.slice(this.starts[index]!, this.ends[index]!);
  }

  raw(): string {
    return this.text;
  }
}

/** One cell seen as a one-field record (to read a cell with the cell reader); call `set`. */
export class CellView implements RecordView {
  text = '';
  readonly starts = new Int32Array(1);
  readonly ends = new Int32Array(1);
  readonly flags = new Uint8Array(1);
  readonly count = 1;
  readonly line = 0;
  readonly problem = undefined;

  /** Makes `text` the one field. */
  set(text: string): void {
    this.text = text;
    this.ends[0] = text.length;
  }

  /** The field's text. */
  field(): string {
    return this.text;
  }

  /** The record's text: the field's. */
  raw(): string {
    return this.text;
  }
}
