/**
 * The byte lane of the columnar mode: once the header is read, plain records (no quote, one
 * field per column, a complete line) are split and read straight from the bytes, without
 * decoding the text of the file; every other line (quotes, line breaks inside fields, too few or
 * too many fields, blank lines, footers, invalid UTF-8, a cell the columns cannot take as is) is
 * handed in order to the text path (`TextStreamDecoder`, `RecordScanner`, `TableDecoder`), which
 * gives the issues and values of the row-object mode. The text path is told how many bytes and
 * lines the lane read, so line numbers and byte offsets in issues stay exact.
 *
 * Why: decoding the text and splitting it took about half of a columnar load (README, benchmark).
 * @packageDocumentation
 */
import { platform } from '#platform';
import { decodeWindows1252, firstInvalidUtf8, type TextStreamDecoder } from './decode.js';
import type { RecordScanner } from './record-scanner.js';
import type { ByteRecordSink, TableDecoder } from './table-decoder.js';

/** Flags of the bytes of a line that send it to the text path (0: a plain byte). */
const QUOTE = 1;
const HIGH = 2;
const RETURN = 4;

/** Longest line kept back between two chunks; a longer one goes to the text path. */
const MAX_CARRY = 1 << 20;
/**
 * Lines per batch. Short batches call the column loops often, so V8 optimises them early: on the
 * 46,709-row ODRÉ file, batches of 512 lines load about 20 % faster than whole 1 MiB chunks, with
 * no difference on the 617 MB one (measured with `node bench/case.mjs`).
 */
const MAX_BATCH = 512;

/** Reads plain records from bytes; see the module comment. */
export class ByteLane {
  readonly #decoder: TableDecoder;
  readonly #text: TextStreamDecoder;
  readonly #scanner: RecordScanner;
  readonly #sink: ByteRecordSink;
  readonly #width: number;
  readonly #maxLine: number;
  readonly #classes = new Uint8Array(256);
  readonly #delimiter: number;
  /** The highest of the delimiter, quote, CR and LF bytes. */
  readonly #highestSpecial: number;
  /** Per line of the batch: where it starts (and, at `lines`, where the last one ends). */
  #lineStarts = new Int32Array(1);
  /** Per line: 0 when the byte lane may read it, 1 for the text path. */
  #status = new Uint8Array(0);
  /** The status from the bytes alone, before the cells were read. */
  #structural = new Uint8Array(0);
  /** Cell `c` of line `k` of the batch is `bytes[cellStarts[k * width + c], cellEnds[…])`. */
  #cellStarts = new Int32Array(0);
  #cellEnds = new Int32Array(0);
  readonly #utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  #encoding: string;
  #carry: Uint8Array | undefined;
  #joined = new Uint8Array(0);
  /** Bytes `[validFrom, validUntil)` of `validBytes` are known to be valid UTF-8. */
  #validBytes: Uint8Array | undefined;
  #validFrom = 0;
  #validUntil = 0;
  /** The text path is inside a record (or a UTF-8 sequence): it takes the next line. */
  #owed: boolean;
  /** Bytes and lines read by the lane since the text path last ran. */
  #skippedBytes = 0;
  #skippedLines = 0;
  /** Line of the next record. */
  #line: number;

  private constructor(
    decoder: TableDecoder,
    text: TextStreamDecoder,
    lane: NonNullable<TableDecoder['byteLane']>,
    delimiter: number,
    maxRecordChars: number,
  ) {
    this.#decoder = decoder;
    this.#text = text;
    this.#scanner = lane.scanner;
    this.#sink = lane.sink;
    this.#width = lane.width;
    this.#maxLine = Math.min(maxRecordChars, MAX_CARRY);
    this.#classes.fill(HIGH, 0x80);
    this.#classes[34] = QUOTE;
    this.#highestSpecial = Math.max(delimiter, 34);
    this.#delimiter = delimiter;
    this.#encoding = text.encoding;
    if (text.encoding !== 'utf-8') lane.sink.resetBytes(text.encoding);
    this.#owed = !(lane.scanner.idle && text.idle);
    this.#line = lane.scanner.nextLine;
  }

  /**
   * A lane for the rest of the file, when the header is read, the sink reads bytes, the
   * delimiter is one ASCII byte and the encoding keeps ASCII as single bytes; else undefined.
   */
  static open(
    decoder: TableDecoder,
    text: TextStreamDecoder,
    maxRecordChars = 16 * 1024 * 1024,
  ): ByteLane | undefined {
    const lane = decoder.byteLane;
    if (!lane || lane.width === 0) return undefined;
    if (text.encoding !== 'utf-8' && text.encoding !== 'windows-1252') return undefined;
    const delimiter = decoder.account.delimiter;
    const code = delimiter.charCodeAt(0);
    if (delimiter.length !== 1 || code >= 0x80 || code === 10 || code === 13 || code === 34)
      return undefined;
    return new ByteLane(decoder, text, lane, code, maxRecordChars);
  }

  /** Reads the next chunk; pass `final` with the last one (it may be empty). */
  push(chunk: Uint8Array, final: boolean): void {
    // A plain Uint8Array (not a Buffer subclass), so every byte access below sees one shape.
    let bytes =
      chunk.constructor === Uint8Array
        ? chunk
        : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.#carry) {
      // Joined in a buffer kept between chunks (nothing refers to a chunk's bytes after it).
      const length = this.#carry.length + bytes.length;
      if (this.#joined.length < length) this.#joined = new Uint8Array(length + (length >> 2));
      const joined = this.#joined.subarray(0, length);
      joined.set(this.#carry);
      joined.set(bytes, this.#carry.length);
      bytes = joined;
      this.#carry = undefined;
    }
    const n = bytes.length;
    let i = 0;
    while (i < n) i = this.#owed ? this.#giveLine(bytes, i) : this.#batch(bytes, i, final);
    if (final) this.#flush(bytes, n, n, true);
  }

  /**
   * Hands the line at `start` to the text path (it is inside a record), with the lines after it
   * that hold a quote (they would come back here one by one: a GTFS trips.txt quotes every
   * line); returns where they end.
   */
  #giveLine(bytes: Uint8Array, start: number): number {
    const n = bytes.length;
    let next = lineAfter(bytes, start);
    while (next < n && next - start < MAX_CARRY) {
      const quote = bytes.indexOf(34, next);
      if (quote < 0) break;
      const end = lineAfter(bytes, next);
      if (quote >= end) break;
      next = end;
    }
    this.#flush(bytes, start, next, false);
    return next;
  }

  /**
   * Reads the complete plain lines from `start` on, up to a line with a quote (left to the text
   * path) or the end of the chunk; returns where it stopped.
   */
  #batch(bytes: Uint8Array, start: number, final: boolean): number {
    const n = bytes.length;
    const classes = this.#classes;
    const width = this.#width;
    const highestSpecial = this.#highestSpecial;
    const delimiter = this.#delimiter;
    const maxLine = this.#maxLine;
    let lines = 0;
    let i = start;
    let stop = n;
    let quoted = false;
    while (i < n) {
      if (lines === MAX_BATCH) {
        stop = i;
        break;
      }
      if (lines === this.#status.length) this.#grow();
      const starts = this.#cellStarts;
      const ends = this.#cellEnds;
      const base = lines * width;
      let fields = 0;
      let fieldStart = i;
      let seen = 0;
      let returns = 0;
      // One pass finds the fields and the line's end (LF) at once; a CR just before the LF is
      // part of the ending, and a CR anywhere else ends a record too, so such a line goes to the
      // text path.
      let end = n;
      for (let j = i; j < n; j++) {
        const b = bytes[j]!;
        // Most bytes (digits, letters, ':') are above every special ASCII byte: one compare.
        if (b > highestSpecial && b < 0x80) continue;
        if (b === delimiter) {
          if (fields < width) {
            starts[base + fields] = fieldStart;
            ends[base + fields] = j;
          }
          fields++;
          fieldStart = j + 1;
        } else if (b === 10) {
          end = j;
          break;
        } else if (b === 13) returns++;
        else seen |= classes[b]!;
      }
      let next = end + 1;
      if (end === n) {
        if (!final) {
          stop = i;
          break;
        }
        next = n;
      }
      if (end > i && bytes[end - 1] === 13) {
        end--;
        returns--;
      }
      if (returns !== 0) seen |= RETURN;
      if ((seen & QUOTE) !== 0) {
        // The text path reads this line: it may open a quoted field with line breaks inside.
        quoted = true;
        stop = i;
        break;
      }
      if (fields < width) {
        starts[base + fields] = fieldStart;
        ends[base + fields] = end;
      }
      fields++;
      const length = end - i;
      this.#lineStarts[lines] = i;
      this.#status[lines] =
        fields !== width ||
        length <= width - 1 || // blank, or only delimiters: a blank line for the text path
        length > maxLine ||
        (seen & RETURN) !== 0 ||
        ((seen & HIGH) !== 0 && !this.#valid(bytes, i, end))
          ? 1
          : 0;
      lines++;
      i = next;
    }
    this.#lineStarts[lines] = i;
    if (lines > 0) this.#read(bytes, lines);
    if (quoted) {
      this.#owed = true;
      return stop;
    }
    if (stop < n && lines === MAX_BATCH) return stop;
    if (stop < n) {
      // A line cut by the end of the chunk: kept for the next one, unless it is long.
      if (n - stop > maxLine) this.#flush(bytes, stop, n, false);
      else this.#carry = bytes.slice(stop);
      return n;
    }
    return stop;
  }

  /** Checks and stores the batch's lines, handing the others in order to the text path. */
  #read(bytes: Uint8Array, lines: number): void {
    const sink = this.#sink;
    const status = this.#status;
    const starts = this.#lineStarts;
    const check = (from: number) =>
      sink.checkRows({
        bytes,
        cellStarts: this.#cellStarts,
        cellEnds: this.#cellEnds,
        width: this.#width,
        status,
        from,
        to: lines,
        decode: this.#decodeCell,
      });
    this.#structural.set(status.subarray(0, lines));
    check(0);
    let run = -1;
    let k = 0;
    while (k < lines) {
      if (status[k] !== 0) {
        if (run < 0) run = k;
        k++;
        continue;
      }
      if (run >= 0) {
        const encoding = this.#encoding;
        this.#flush(bytes, starts[run]!, starts[k]!, false);
        run = -1;
        if (this.#encoding !== encoding) {
          // A fallback to windows-1252 in those lines changes what the next bytes say.
          status.set(this.#structural.subarray(k, lines), k);
          check(k);
          continue;
        }
      }
      let end = k + 1;
      while (end < lines && status[end] === 0) end++;
      this.#decoder.keepByteRows(end - k);
      sink.storeRows(k, end, this.#line);
      this.#line += end - k;
      this.#skippedLines += end - k;
      this.#skippedBytes += starts[end]! - starts[k]!;
      k = end;
    }
    if (run >= 0) this.#flush(bytes, starts[run]!, starts[lines]!, false);
    sink.endRows();
  }

  #grow(): void {
    const size = Math.max(1024, this.#status.length * 2);
    const width = Math.max(1, this.#width);
    const cellStarts = new Int32Array(size * width);
    const cellEnds = new Int32Array(size * width);
    cellStarts.set(this.#cellStarts);
    cellEnds.set(this.#cellEnds);
    this.#cellStarts = cellStarts;
    this.#cellEnds = cellEnds;
    const status = new Uint8Array(size);
    status.set(this.#status);
    this.#status = status;
    this.#structural = new Uint8Array(size);
    const lineStarts = new Int32Array(size + 1);
    lineStarts.set(this.#lineStarts);
    this.#lineStarts = lineStarts;
  }

  /** Hands `bytes[from, to)` to the text path. */
  #flush(bytes: Uint8Array, from: number, to: number, final: boolean): void {
    const scanner = this.#scanner;
    scanner.advanceLines(this.#skippedLines);
    this.#text.skip(this.#skippedBytes);
    this.#skippedLines = 0;
    this.#skippedBytes = 0;
    this.#decoder.push(this.#text.decode(bytes.subarray(from, to), final), final);
    if (final) return;
    // A line ending in a lone CR inside the chunk: the lane saw that no LF follows.
    if (to < bytes.length && bytes[to - 1] === 13) scanner.clearLineFeedSkip();
    this.#line = scanner.nextLine;
    this.#owed = !(scanner.idle && this.#text.idle);
    if (this.#text.encoding !== this.#encoding) {
      this.#encoding = this.#text.encoding;
      this.#sink.resetBytes(this.#encoding);
    }
  }

  /**
   * True when `bytes[start, end)` is valid UTF-8 (or the encoding is windows-1252). The first
   * such question in a chunk validates every complete line from there at once.
   */
  #valid(bytes: Uint8Array, start: number, end: number): boolean {
    if (this.#encoding !== 'utf-8') return true;
    if (bytes !== this.#validBytes || start < this.#validFrom) {
      const last = bytes.lastIndexOf(10);
      const upTo = last < start ? end : last;
      this.#validBytes = bytes;
      this.#validFrom = start;
      const range = bytes.subarray(start, upTo);
      this.#validUntil = platform.isUtf8?.(range) === true ? upTo : start + firstInvalidUtf8(range);
    }
    if (end <= this.#validUntil) return true;
    const line = bytes.subarray(start, end);
    return firstInvalidUtf8(line) === line.length;
  }

  /** The text of a cell in the current encoding (ASCII without a decoder call). */
  readonly #decodeCell = (bytes: Uint8Array, start: number, end: number): string => {
    let ascii = end - start <= 1024;
    for (let k = start; ascii && k < end; k++) if (bytes[k]! >= 0x80) ascii = false;
    const cell = bytes.subarray(start, end);
    if (ascii) return String.fromCharCode.apply(null, cell as unknown as number[]);
    return this.#encoding === 'utf-8' ? this.#utf8.decode(cell) : decodeWindows1252(cell);
  };
}

/**
 * Where the line at `start` ends, after its LF, CR or CRLF (or the end of the bytes). A CR at the
 * end of the bytes ends the line too: the text path waits for a possible LF.
 */
function lineAfter(bytes: Uint8Array, start: number): number {
  const n = bytes.length;
  for (let j = start; j < n; j++) {
    const b = bytes[j];
    if (b === 10) return j + 1;
    if (b === 13) return j + 1 < n && bytes[j + 1] === 10 ? j + 2 : j + 1;
  }
  return n;
}
