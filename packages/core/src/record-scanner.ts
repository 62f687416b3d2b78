/**
 * The delimited-text tokenizer: RFC 4180 records (quoted fields with delimiters, quotes and line
 * breaks inside) plus what real files do (CR, LF and CRLF mixed in one file, text after a closing
 * quote, a missing final line break, an unterminated quote at the end).
 *
 * Why hand-written rather than papaparse, csv-parse or udsv (all three run beside it in `bench/`):
 * the loaders need, for every record, the physical line where it starts and the structural
 * problems found in it (as issues, not exceptions); chunked input with state kept between chunks
 * (linear time and bounded memory even on a 100 MB field); and field offsets, so the columnar
 * mode parses numbers and interns strings without first building a string per field. None of the
 * three exposes field offsets, and none reports line numbers and problems per record while
 * streaming. Nor does any of them reach the speed target (columnar decoding within 3× of
 * reading the bytes): see `pnpm bench` in the README, where udsv, the fastest, takes about 15× the
 * floor's wall time for typed objects on the 617 MB file.
 *
 * Since the byte lane (`byte-lane.ts`) reads plain records straight from bytes, this scanner
 * reads the header sample, the lines with quotes or other structural oddities, and every file in
 * an encoding the lane does not read (UTF-16).
 * @packageDocumentation
 */

import type { RecordProblem, RecordView } from './record-view.js';

export type { RecordProblem, RecordView } from './record-view.js';
export { StoredRecord } from './record-view.js';

/** Flags of a field, in {@link RecordScanner.flags}. */
export const FieldFlag = {
  /** The field was quoted; offsets exclude the quotes. */
  quoted: 1,
  /** The quoted field contains doubled quotes (`""`) to unescape. */
  escaped: 2,
  /** Text followed the closing quote; offsets span the raw text, quotes included. */
  malformed: 4,
} as const;

/** Options of a {@link RecordScanner}. */
export interface ScannerOptions {
  /** One-character field delimiter. */
  readonly delimiter: string;
  /** Quote character. Default `"`. */
  readonly quote?: string;
  /** Longest record kept, in characters; longer records are skipped and reported. Default 16 Mi. */
  readonly maxRecordChars?: number;
}

const LF = 10;
const CR = 13;

/**
 * Splits text into records, chunk by chunk. For each record it calls back with itself: read
 * {@link count}, {@link line} and fields through {@link field} (or the raw offsets for speed).
 */
export class RecordScanner implements RecordView {
  /** Text the offsets of the current record refer to. */
  text = '';
  /** Start offset of each field of the current record. */
  starts = new Int32Array(64);
  /** End offset (exclusive) of each field of the current record. */
  ends = new Int32Array(64);
  /** {@link FieldFlag}s of each field of the current record. */
  flags = new Uint8Array(64);
  /** Number of fields of the current record. */
  count = 0;
  /** 1-based physical line where the current record starts. */
  line = 1;
  /** A structural problem of the current record, if any. */
  problem: RecordProblem | undefined;
  /** Blank lines skipped so far. */
  blankLines = 0;

  readonly #delimiter: number;
  readonly #quote: number;
  readonly #delimiterChar: string;
  readonly #quoteChar: string;
  readonly #maxRecordChars: number;
  #buffer = '';
  #position = 0;
  #recordStart = 0;
  #fieldStart = 0;
  #inQuotes = false;
  #afterQuote = false;
  #skipLineFeed = false;
  #oversized = false;
  #currentLine = 1;

  constructor(options: ScannerOptions) {
    if (options.delimiter.length !== 1) throw new RangeError('The delimiter must be one character');
    this.#delimiter = options.delimiter.charCodeAt(0);
    this.#quote = (options.quote ?? '"').charCodeAt(0);
    this.#delimiterChar = options.delimiter;
    this.#quoteChar = options.quote ?? '"';
    this.#maxRecordChars = options.maxRecordChars ?? 16 * 1024 * 1024;
  }

  /**
   * True between records: no partial record is held and no line feed is awaited after a final
   * carriage return, so the byte lane may read the next bytes itself.
   */
  get idle(): boolean {
    return (
      this.#recordStart >= this.#buffer.length &&
      this.count === 0 &&
      !this.#inQuotes &&
      !this.#afterQuote &&
      !this.#oversized &&
      !this.#skipLineFeed
    );
  }

  /** 1-based physical line where the next record starts. */
  get nextLine(): number {
    return this.#currentLine;
  }

  /** Counts lines the byte lane read itself, so later line numbers stay right. */
  advanceLines(lines: number): void {
    this.#currentLine += lines;
  }

  /** Drops the wait for a line feed after a final carriage return (the next byte is not one). */
  clearLineFeedSkip(): void {
    this.#skipLineFeed = false;
  }

  /** The value of field `index` of the current record (unescaped). */
  field(index: number): string {
    const start = this.starts[index]!;
    const end = this.ends[index]!;
    const value = this.text.slice(start, end);
    return (this.flags[index]! & FieldFlag.escaped) !== 0 ? value.replaceAll('""', '"') : value;
  }

  /** All fields of the current record. */
  fields(): string[] {
    const out = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.field(i);
    return out;
  }

  /** The raw text of the current record (empty when it was too long to keep). */
  raw(): string {
    if (this.count === 0) return '';
    const first = this.starts[0]! - ((this.flags[0]! & FieldFlag.quoted) !== 0 ? 1 : 0);
    return this.text.slice(Math.max(0, first), this.ends[this.count - 1]!);
  }

  /**
   * Scans the next piece of text and calls `onRecord` for each complete record. Pass `final` with
   * the last piece (it may be empty) so the last record is flushed.
   */
  push(text: string, final: boolean, onRecord: (scanner: RecordScanner) => void): void {
    if (this.#oversized) {
      this.#buffer = text;
      this.#position = 0;
      this.#recordStart = 0;
    } else if (this.#recordStart >= this.#buffer.length) {
      this.#buffer = text;
      this.#position -= this.#recordStart;
      this.#fieldStart -= this.#recordStart;
      this.#shift(this.#recordStart);
      this.#quotedEnd -= this.#recordStart;
      this.#recordStart = 0;
    } else {
      const shift = this.#recordStart;
      this.#buffer = this.#buffer.slice(shift) + text;
      this.#position -= shift;
      this.#fieldStart -= shift;
      this.#shift(shift);
      this.#quotedEnd -= shift;
      this.#recordStart = 0;
    }
    this.#scan(final, onRecord);
  }

  #shift(by: number): void {
    if (by === 0) return;
    for (let i = 0; i < this.count; i++) {
      this.starts[i]! -= by;
      this.ends[i]! -= by;
    }
  }

  #addField(start: number, end: number, flags: number): void {
    if (this.count === this.starts.length) {
      const size = this.count * 2;
      const starts = new Int32Array(size);
      const ends = new Int32Array(size);
      const fieldFlags = new Uint8Array(size);
      starts.set(this.starts);
      ends.set(this.ends);
      fieldFlags.set(this.flags);
      this.starts = starts;
      this.ends = ends;
      this.flags = fieldFlags;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.flags[this.count] = flags;
    this.count++;
  }

  #emit(onRecord: (scanner: RecordScanner) => void, recordLine: number): void {
    this.line = recordLine;
    this.text = this.#buffer;
    if (this.#oversized) {
      this.count = 0;
      this.problem = 'record_too_long';
      onRecord(this);
    } else if (
      this.count === 1 &&
      this.starts[0] === this.ends[0] &&
      this.flags[0] === 0 &&
      this.problem === undefined
    ) {
      this.blankLines++;
    } else {
      onRecord(this);
    }
    this.count = 0;
    this.problem = undefined;
    this.#oversized = false;
  }

  #scan(final: boolean, onRecord: (scanner: RecordScanner) => void): void {
    const text = this.#buffer;
    const n = text.length;
    const delimiter = this.#delimiter;
    const quote = this.#quote;
    let i = this.#position;
    let fieldStart = this.#fieldStart;
    let inQuotes = this.#inQuotes;
    let afterQuote = this.#afterQuote;
    let line = this.#currentLine;
    let recordLine = this.line;
    let quotedFlags = 0;
    // Next positions of the special characters, found with indexOf (-1: none left, -2: unknown).
    const delimiterChar = this.#delimiterChar;
    const quoteChar = this.#quoteChar;
    let nextDelimiter = -2;
    let nextQuote = -2;
    let nextLineFeed = -2;
    let nextReturn = -2;
    if (this.#skipLineFeed && i < n) {
      this.#skipLineFeed = false;
      if (text.charCodeAt(i) === LF) {
        i++;
        fieldStart = i;
        this.#recordStart = i;
      }
    }
    if (this.count === 0 && !inQuotes && !afterQuote) recordLine = line;
    // A quoted field in progress keeps its flags in the pending slot.
    if (inQuotes || afterQuote) quotedFlags = this.#pendingFlags;
    while (i < n) {
      if (i === fieldStart && this.count === 0 && !inQuotes && !afterQuote && !this.#oversized) {
        // Fast path: a record without quotes, split with indexOf.
        if (nextLineFeed !== -1 && nextLineFeed < i) nextLineFeed = text.indexOf('\n', i);
        if (nextReturn !== -1 && nextReturn < i) nextReturn = text.indexOf('\r', i);
        if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf(quoteChar, i);
        const end =
          nextLineFeed === -1
            ? nextReturn
            : nextReturn === -1
              ? nextLineFeed
              : Math.min(nextLineFeed, nextReturn);
        if (end !== -1 && (nextQuote === -1 || nextQuote > end)) {
          let start = i;
          for (;;) {
            if (nextDelimiter !== -1 && nextDelimiter < start)
              nextDelimiter = text.indexOf(delimiterChar, start);
            if (nextDelimiter === -1 || nextDelimiter >= end) break;
            this.#addField(start, nextDelimiter, 0);
            start = nextDelimiter + 1;
          }
          this.#addField(start, end, 0);
          line++;
          i = end + 1;
          if (text.charCodeAt(end) === CR) {
            if (i < n) {
              if (text.charCodeAt(i) === LF) i++;
            } else if (!final) this.#skipLineFeed = true;
          }
          this.#buffer = text;
          this.#emit(onRecord, recordLine);
          fieldStart = i;
          this.#recordStart = i;
          recordLine = line;
          continue;
        }
      }
      if (inQuotes) {
        const c = text.charCodeAt(i);
        if (c === quote) {
          if (i + 1 < n) {
            if (text.charCodeAt(i + 1) === quote) {
              quotedFlags |= FieldFlag.escaped;
              i += 2;
              continue;
            }
            inQuotes = false;
            afterQuote = true;
            this.#quotedEnd = i;
            i++;
            continue;
          }
          if (!final) break; // the next chunk tells whether the quote is doubled
          inQuotes = false;
          afterQuote = true;
          this.#quotedEnd = i;
          i++;
          continue;
        }
        if (c === LF) line++;
        else if (c === CR) {
          if (i + 1 < n) {
            if (text.charCodeAt(i + 1) !== LF) line++;
          } else if (!final) break;
          else line++;
        }
        i++;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === delimiter || c === LF || c === CR) {
        if (afterQuote) {
          if (this.#quotedEnd === i - 1) {
            this.#addField(fieldStart + 1, i - 1, quotedFlags | FieldFlag.quoted);
          } else {
            this.#addField(fieldStart, i, FieldFlag.malformed);
            this.problem ??= 'text_after_quote';
          }
          afterQuote = false;
        } else {
          this.#addField(fieldStart, i, 0);
        }
        if (c === delimiter) {
          i++;
          fieldStart = i;
          continue;
        }
        // End of record.
        line++;
        if (c === CR) {
          if (i + 1 < n) {
            if (text.charCodeAt(i + 1) === LF) i++;
          } else if (!final) this.#skipLineFeed = true;
        }
        i++;
        this.#buffer = text;
        this.#emit(onRecord, recordLine);
        fieldStart = i;
        this.#recordStart = i;
        recordLine = line;
        continue;
      }
      if (c === quote && i === fieldStart && !afterQuote) {
        inQuotes = true;
        quotedFlags = 0;
        i++;
        continue;
      }
      i++;
    }
    this.#pendingFlags = quotedFlags;
    if (final) {
      if (inQuotes) {
        this.#addField(fieldStart, n, FieldFlag.malformed);
        this.problem = 'unterminated_quote';
        this.#emit(onRecord, recordLine);
      } else if (this.count > 0 || fieldStart < n || afterQuote) {
        if (afterQuote && this.#quotedEnd === n - 1) {
          this.#addField(fieldStart + 1, n - 1, quotedFlags | FieldFlag.quoted);
        } else if (afterQuote) {
          this.#addField(fieldStart, n, FieldFlag.malformed);
          this.problem ??= 'text_after_quote';
        } else {
          this.#addField(fieldStart, n, 0);
        }
        this.#emit(onRecord, recordLine);
      }
      this.#buffer = '';
      this.#position = 0;
      this.#recordStart = 0;
      this.#fieldStart = 0;
      this.#inQuotes = false;
      this.#afterQuote = false;
      this.#currentLine = line;
      return;
    }
    this.#position = i;
    this.#fieldStart = fieldStart;
    this.#inQuotes = inQuotes;
    this.#afterQuote = afterQuote;
    this.#currentLine = line;
    this.line = recordLine;
    if (n - this.#recordStart > this.#maxRecordChars) {
      // Too long to keep: forget its text, keep scanning for its end with the quote state.
      this.#oversized = true;
      this.count = 0;
      this.#quotedEnd = -2;
      this.#fieldStart = inQuotes || afterQuote ? -1 : 0;
      this.#position = n;
      this.#recordStart = n;
    }
  }

  #quotedEnd = -1;
  #pendingFlags = 0;
}
