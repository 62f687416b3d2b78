/**
 * The columnar mode's byte lane, cell side: reads the cells of a plain record (no quotes, one
 * field per column) straight from its bytes into a table's columns. A record is first checked
 * without storing anything; any cell it cannot read exactly as the text path would (a masked
 * value, an invalid number, a two-digit year, an empty required cell…) leaves the whole record
 * to the text path, which then gives the values and issues of the row-object mode.
 * @packageDocumentation
 */
import { hashBytes, inRange, parseClockTimeBytes, parseNumberBytes } from './byte-cells.js';
import { ByteDictionary, FIRST_NEW, UNKNOWN, UNREADABLE } from './byte-dictionary.js';
import { Mode } from './byte-modes.js';
import type { CellReader } from './cell-reader.js';
import type { Column } from './column-store.js';
import { CellView } from './record-view.js';
import type { TableColumn } from './table.js';
import type { RecordBatch } from './table-decoder.js';

/**
 * Reads batches of plain records from bytes into columns, one column at a time (tight loops of
 * one kind each): {@link check} marks the records some cell of which the text path must read,
 * {@link store} appends a run of the others.
 */
export class ByteRowReader {
  readonly #specs: readonly TableColumn[];
  readonly #columns: readonly Column[];
  readonly #positions: Int32Array;
  readonly #modes: Uint8Array;
  readonly #decimals: Uint8Array;
  /** Number checks as arrays (see {@link inRange}); `checked` is 0 when the closure decides. */
  readonly #checked: Uint8Array;
  readonly #integer: Uint8Array;
  readonly #min: Float64Array;
  readonly #max: Float64Array;
  readonly #minOpen: Uint8Array;
  readonly #maxOpen: Uint8Array;
  /** Per text, date, enum or boolean column: its values remembered by their bytes. */
  readonly #dictionaries: (ByteDictionary | undefined)[];
  /** Per column, per record of the batch: the number, the code, whether the cell is empty. */
  #numbers: Float64Array[];
  #codes: Int32Array[];
  #empty: Uint8Array[];
  /** The text is UTF-8 (not windows-1252): strings encode back to the bytes they came from. */
  #utf8 = true;
  #capacity = 0;
  /** Per record of the batch, for the column being checked: its cell's hash, or 1 when the
   * cell repeats the one looked up before it. */
  #hashes = new Int32Array(0);
  #repeats = new Uint8Array(0);
  /** Per column, per record of the batch: 1 when a date cell has a two-digit year. */
  #twoDigit: Uint8Array[];
  /** Set by {@link readOnce}: the cell read had a two-digit year. */
  #readTwoDigit = false;
  /** The batch last checked, for the excerpts of two-digit years when stored. */
  #batch: RecordBatch | undefined;
  readonly #reader: CellReader;
  readonly #view = new CellView();

  /** `reader` is the sink's: two-digit years are counted there, with the text path's. */
  constructor(
    specs: readonly TableColumn[],
    columns: readonly Column[],
    positions: Int32Array,
    modes: Uint8Array,
    reader: CellReader,
  ) {
    this.#reader = reader;
    this.#specs = specs;
    this.#columns = columns;
    this.#positions = positions;
    this.#modes = modes;
    this.#decimals = Uint8Array.from(specs, (spec) =>
      spec.number.decimalSeparator === ',' ? 44 : 46,
    );
    this.#checked = Uint8Array.from(specs, (spec) => (spec.range ? 1 : 0));
    this.#integer = Uint8Array.from(specs, (spec) => (spec.range?.integer ? 1 : 0));
    this.#min = Float64Array.from(specs, (spec) => spec.range?.min ?? 0);
    this.#max = Float64Array.from(specs, (spec) => spec.range?.max ?? 0);
    this.#minOpen = Uint8Array.from(specs, (spec) => (spec.range?.minInclusive ? 0 : 1));
    this.#maxOpen = Uint8Array.from(specs, (spec) => (spec.range?.maxInclusive ? 0 : 1));
    this.#dictionaries = Array.from(modes, (mode, j) =>
      mode === Mode.Text || mode === Mode.Cached || mode === Mode.CachedBoolean
        ? new ByteDictionary(columns[j]!, mode === Mode.Text)
        : undefined,
    );
    this.#numbers = specs.map(() => new Float64Array(0));
    this.#codes = specs.map(() => new Int32Array(0));
    this.#empty = specs.map(() => new Uint8Array(0));
    this.#twoDigit = specs.map(() => new Uint8Array(0));
  }

  /**
   * Reads the cells of a batch's records (those whose `status` is 0) without storing them, and
   * sets `status[k]` to 1 when some cell of record `k` must be read by the text path.
   */
  check(batch: RecordBatch): void {
    this.#reserve(batch.to);
    this.#batch = batch;
    for (let j = 0; j < this.#modes.length; j++) {
      const mode = this.#modes[j]!;
      if (mode === Mode.Absent) continue;
      if (mode === Mode.Number || mode === Mode.Time) this.#checkNumbers(j, batch, mode);
      else {
        this.#dictionaries[j]!.sync(this.#utf8);
        this.#checkInterned(j, batch);
      }
    }
  }

  /** Appends records `from` to `to` of the batch (all checked, status 0) to the columns. */
  store(from: number, to: number, firstLine: number): void {
    this.resolve(from, to, firstLine);
    const columns = this.#columns;
    for (let j = 0; j < columns.length; j++) {
      const column = columns[j]!;
      const mode = this.#modes[j]!;
      if (mode === Mode.Absent) column.appendEmpty(to - from);
      else if (mode === Mode.Number || mode === Mode.Time || mode === Mode.CachedBoolean)
        column.appendNumbers(this.#numbers[j]!, this.#empty[j]!, from, to);
      else column.appendCodes(this.#codes[j]!, this.#empty[j]!, from, to);
    }
  }

  /**
   * Readies records `from` to `to` (checked, status 0) to be kept, found from `firstLine` on:
   * interns the values met for the first time and counts two-digit years. {@link store} calls
   * it; a sink that builds rows calls it, then {@link rowValues}.
   */
  resolve(from: number, to: number, firstLine: number): void {
    for (let j = 0; j < this.#modes.length; j++) {
      const mode = this.#modes[j]!;
      if (mode !== Mode.Text && mode !== Mode.Cached) continue;
      const codes = this.#codes[j]!;
      const empty = this.#empty[j]!;
      const dictionary = this.#dictionaries[j]!;
      for (let k = from; k < to; k++) {
        const code = codes[k]!;
        if (code <= FIRST_NEW && empty[k] === 0) codes[k] = dictionary.resolve(code);
      }
      if (mode === Mode.Cached) this.#countTwoDigitYears(j, from, to, firstLine);
    }
  }

  /**
   * The values of record `k` (after {@link resolve}) into `out`, in column order; empty cells
   * are `undefined`. Returns a bit per empty cell (bit `j` for column `j`; columns past 30 set
   * bit 30), so rows with the same empty cells can share an object shape.
   */
  rowValues(k: number, out: unknown[]): number {
    let empties = 0;
    const modes = this.#modes;
    for (let j = 0; j < modes.length; j++) {
      const mode = modes[j]!;
      if (mode === Mode.Absent || this.#empty[j]![k] === 1) {
        out[j] = undefined;
        empties |= 1 << Math.min(j, 30);
      } else if (mode === Mode.Number || mode === Mode.Time) out[j] = this.#numbers[j]![k];
      else if (mode === Mode.CachedBoolean) out[j] = this.#numbers[j]![k] === 1;
      else out[j] = this.#dictionaries[j]!.column.dictionary[this.#codes[j]![k]!];
    }
    return empties;
  }

  /** Counts the two-digit years of records `from` to `to`, as the text path does per cell. */
  #countTwoDigitYears(j: number, from: number, to: number, firstLine: number): void {
    const twoDigit = this.#twoDigit[j]!;
    const empty = this.#empty[j]!;
    let first = -1;
    let times = 0;
    for (let k = from; k < to; k++) {
      if (twoDigit[k] === 0 || empty[k] === 1) continue;
      if (first < 0) first = k;
      times++;
    }
    if (times === 0) return;
    const batch = this.#batch!;
    const position = this.#positions[j]!;
    const cell = first * batch.width + position;
    this.#reader.countTwoDigitYear(
      this.#specs[j]!.key,
      firstLine + first - from,
      position + 1,
      () => batch.decode(batch.bytes, batch.cellStarts[cell]!, batch.cellEnds[cell]!),
      times,
    );
  }

  /** Ends a batch (see `ByteDictionary.endBatch`). */
  endBatch(): void {
    for (const dictionary of this.#dictionaries) dictionary?.endBatch();
  }

  /**
   * For row objects, where dictionaries only share strings between rows: starts afresh every
   * dictionary past `max` strings (with `empty`'s result), so memory stays bounded however many
   * distinct values a streamed file has.
   */
  limitDictionaries(max: number, empty: (j: number) => Column): void {
    this.#dictionaries.forEach((dictionary, j) => {
      if (dictionary && dictionary.column.dictionary.length > max) dictionary.reset(empty(j));
    });
  }

  /** Forgets the cells remembered by their bytes: the text encoding changed to `encoding`. */
  reset(encoding: string): void {
    this.#utf8 = encoding === 'utf-8';
    for (const dictionary of this.#dictionaries) dictionary?.reset();
  }

  #reserve(size: number): void {
    if (size <= this.#capacity) return;
    const capacity = Math.max(size, this.#capacity * 2, 1024);
    this.#capacity = capacity;
    this.#numbers = Array.from(this.#modes, (mode) =>
      mode === Mode.Number || mode === Mode.Time || mode === Mode.CachedBoolean
        ? new Float64Array(capacity)
        : new Float64Array(0),
    );
    this.#codes = Array.from(this.#modes, (mode) =>
      mode === Mode.Text || mode === Mode.Cached ? new Int32Array(capacity) : new Int32Array(0),
    );
    this.#empty = Array.from(this.#modes, () => new Uint8Array(capacity));
    this.#hashes = new Int32Array(capacity);
    this.#repeats = new Uint8Array(capacity);
    this.#twoDigit = Array.from(this.#modes, (mode) =>
      mode === Mode.Cached ? new Uint8Array(capacity) : new Uint8Array(0),
    );
  }

  /** Numbers, or clock times when `mode` is {@link Mode.Time}, parsed from the bytes. */
  #checkNumbers(j: number, batch: RecordBatch, mode: Mode): void {
    const { bytes, cellStarts, cellEnds, width, status, from, to } = batch;
    const time = mode === Mode.Time;
    const position = this.#positions[j]!;
    const optional = this.#specs[j]!.optional;
    const decimal = this.#decimals[j]!;
    const numbers = this.#numbers[j]!;
    const empty = this.#empty[j]!;
    const ranged = this.#checked[j] === 1;
    const min = this.#min[j]!;
    const max = this.#max[j]!;
    const minOpen = this.#minOpen[j] === 1;
    const maxOpen = this.#maxOpen[j] === 1;
    const integer = this.#integer[j] === 1;
    for (let k = from; k < to; k++) {
      if (status[k] !== 0) continue;
      const start = cellStarts[k * width + position]!;
      const end = cellEnds[k * width + position]!;
      if (start === end) {
        if (optional) empty[k] = 1;
        else status[k] = 1;
        continue;
      }
      empty[k] = 0;
      const value = time
        ? parseClockTimeBytes(bytes, start, end)
        : parseNumberBytes(bytes, start, end, decimal);
      if (
        Number.isNaN(value) ||
        !(ranged
          ? inRange(value, min, max, minOpen, maxOpen, integer)
          : this.#specs[j]!.fastCheck!(value))
      )
        status[k] = 1;
      else numbers[k] = value;
    }
  }

  /**
   * Text, dates, enums and booleans, found by their bytes. Two passes: the first finds empty
   * cells and runs of equal cells (a trip's stop times: a byte compare with the cell before, no
   * hash) and hashes the others; the second looks the hashes up. Apart, the look-ups of
   * successive cells do not wait on each other's memory, which matters once a dictionary
   * outgrows the caches (a million distinct addresses).
   */
  #checkInterned(j: number, batch: RecordBatch): void {
    const { bytes, cellStarts, cellEnds, width, status, from, to, decode } = batch;
    const position = this.#positions[j]!;
    const spec = this.#specs[j]!;
    const mode = this.#modes[j]!;
    const dictionary = this.#dictionaries[j]!;
    const codes = mode === Mode.CachedBoolean ? undefined : this.#codes[j]!;
    const numbers = this.#numbers[j]!;
    const empty = this.#empty[j]!;
    const twoDigit = this.#twoDigit[j]!;
    const hashes = this.#hashes;
    const repeats = this.#repeats;
    let previousStart = 0;
    let previousLength = -1;
    for (let k = from; k < to; k++) {
      if (status[k] !== 0) continue;
      const start = cellStarts[k * width + position]!;
      const end = cellEnds[k * width + position]!;
      if (start === end) {
        if (spec.optional) empty[k] = 1;
        else status[k] = 1;
        continue;
      }
      empty[k] = 0;
      if (end - start === previousLength) {
        let same = 0;
        while (same < previousLength && bytes[start + same] === bytes[previousStart + same]) same++;
        if (same === previousLength) {
          repeats[k] = 1;
          continue;
        }
      }
      repeats[k] = 0;
      hashes[k] = hashBytes(bytes, start, end);
      previousStart = start;
      previousLength = end - start;
    }
    // The code of the last cell looked up: a repeat of it has the same code.
    let previousCode = 0;
    let previousMark = 0;
    for (let k = from; k < to; k++) {
      if (status[k] !== 0 || empty[k] !== 0) continue;
      let code = previousCode;
      let mark = previousMark;
      if (repeats[k] === 0) {
        const start = cellStarts[k * width + position]!;
        const end = cellEnds[k * width + position]!;
        code = dictionary.findHashed(bytes, start, end, hashes[k]!);
        mark = code === UNKNOWN ? 0 : dictionary.lastMark;
        if (code === UNKNOWN) {
          if (mode === Mode.Text) code = dictionary.addUndecoded(bytes, start, end);
          else {
            const value = this.#readOnce(spec, decode(bytes, start, end));
            mark = this.#readTwoDigit ? 1 : 0;
            if (value === undefined || mode === Mode.CachedBoolean) {
              code = value === undefined ? UNREADABLE : value ? 1 : 0;
              dictionary.addFixed(bytes, start, end, code, mark);
            } else code = dictionary.addNew(bytes, start, end, value as string, mark);
          }
        }
        if (mode !== Mode.Cached) mark = 0;
        previousCode = code;
        previousMark = mark;
      }
      if (code === UNREADABLE) status[k] = 1;
      else if (codes) {
        codes[k] = code;
        if (mode === Mode.Cached) twoDigit[k] = mark;
      } else numbers[k] = code;
    }
    if (mode === Mode.Text) dictionary.decodeNew(decode, this.#utf8);
  }

  /** A cell read by the text path's reader: its value, or undefined when not plain. */
  #readOnce(spec: TableColumn, text: string): unknown {
    this.#view.set(text);
    const reader = this.#reader;
    const value = reader.read(spec, this.#view, 0);
    this.#readTwoDigit = reader.twoDigitYear;
    if (
      reader.failure !== undefined ||
      reader.maskReason !== undefined ||
      value === undefined ||
      value === null ||
      !spec.fastCheck!(value)
    )
      return undefined;
    return value;
  }
}
