/**
 * The values of one dictionary column as the byte lane meets them: each cell's bytes map to the
 * value's code in the column's dictionary. A value met for the first time gets a provisional
 * code, and enters the dictionary only when a row holding it is stored, so a dictionary never
 * holds the value of a rejected row.
 * @packageDocumentation
 */
import { ByteInterner } from './byte-cells.js';
import type { Column } from './column-store.js';

/** A code for bytes never met (from {@link ByteDictionary.find} only). */
export const UNKNOWN = -1;
/** A code for bytes the text path must read (a masked value, an invalid date…). */
export const UNREADABLE = -2;
/** Provisional codes are `FIRST_NEW - k`, for the `k`-th value met for the first time. */
export const FIRST_NEW = -3;

/** The dictionary's strings are not remembered by their bytes yet. */
const UNSEEDED = 0;
/** Every string of the dictionary is remembered by its bytes: an unknown one is new. */
const APPEND = 1;
/** New strings are looked up in the dictionary (something else added strings to it). */
const NEVER = 2;

/** One column's values remembered by the bytes of their cells. */
export class ByteDictionary {
  /** The column whose dictionary holds the values. */
  column: Column;
  readonly #interner = new ByteInterner();
  /** Values met for the first time, not interned yet (`codes[k]` is -1 until they are). */
  #values: string[] = [];
  #entries: number[] = [];
  #codes: number[] = [];
  readonly #text: boolean;
  #appendNew: number;
  #externalSeen = 0;
  /** Index in `#values` of the first value not decoded yet, or -1. */
  #undecoded = -1;

  /**
   * @param text the values are the cells' own text (then the dictionary's strings can be
   * remembered by their UTF-8 bytes), not values read from it (dates, enums, booleans)
   */
  constructor(column: Column, text: boolean) {
    this.column = column;
    this.#text = text;
    this.#appendNew = text ? UNSEEDED : NEVER;
  }

  /** The code of `bytes[start, end)`: a dictionary code, provisional, UNREADABLE or UNKNOWN. */
  find(bytes: Uint8Array, start: number, end: number): number {
    return this.#interner.find(bytes, start, end);
  }

  /** {@link find} given the bytes' hash (`hashBytes`). */
  findHashed(bytes: Uint8Array, start: number, end: number, hash: number): number {
    return this.#interner.findHashed(bytes, start, end, hash);
  }

  /** The mark of the bytes last found or added (1: a date with a two-digit year). */
  get lastMark(): number {
    return this.#interner.lastMark;
  }

  /** Remembers bytes that map to a fixed code (UNREADABLE, or 0/1 for booleans). */
  addFixed(bytes: Uint8Array, start: number, end: number, code: number, mark: number): void {
    this.#interner.add(bytes, start, end, code, mark);
  }

  /** Remembers bytes of a value met for the first time; returns its provisional code. */
  addNew(bytes: Uint8Array, start: number, end: number, value: string, mark: number): number {
    const code = FIRST_NEW - this.#values.length;
    this.#values.push(value);
    this.#entries.push(this.#interner.add(bytes, start, end, code, mark));
    this.#codes.push(-1);
    return code;
  }

  /**
   * Remembers the bytes of a cell met for the first time whose value is its own text, decoded
   * later by {@link decodeNew} with the batch's other new cells; returns its provisional code.
   */
  addUndecoded(bytes: Uint8Array, start: number, end: number): number {
    if (this.#undecoded < 0) this.#undecoded = this.#values.length;
    return this.addNew(bytes, start, end, '', 0);
  }

  /**
   * Decodes the cells added by {@link addUndecoded} since the last call, in one call of
   * `decode` over their bytes, which lie side by side in the pool (one decoder call per new
   * value cost more than the rest of a new value's work on an address file). `utf8`: the
   * bytes are UTF-8 (otherwise one byte is one character).
   */
  decodeNew(
    decode: (bytes: Uint8Array, start: number, end: number) => string,
    utf8: boolean,
  ): void {
    const first = this.#undecoded;
    if (first < 0) return;
    this.#undecoded = -1;
    const interner = this.#interner;
    const values = this.#values;
    const entries = this.#entries;
    const text = interner.textFrom(entries[first]!, decode);
    // One character per byte unless some byte was not ASCII (then count UTF-16 units).
    let bytes = 0;
    for (let index = first; index < values.length; index++)
      bytes += interner.byteLength(entries[index]!);
    const perByte = !utf8 || text.length === bytes;
    let at = 0;
    for (let index = first; index < values.length; index++) {
      const entry = entries[index]!;
      const units = perByte ? interner.byteLength(entry) : interner.utf16Length(entry);
      values[index] = text.slice(at, at + units);
      at += units;
    }
  }

  /** The dictionary code of a provisional code, interning the value the first time. */
  resolve(code: number): number {
    const index = FIRST_NEW - code;
    let resolved = this.#codes[index]!;
    if (resolved < 0) {
      const column = this.column;
      const value = this.#values[index]!;
      if (this.#appendNew === APPEND && column.externalAdds === this.#externalSeen)
        resolved = column.appendString(value);
      else {
        this.#appendNew = NEVER;
        resolved = column.intern(value);
      }
      this.#codes[index] = resolved;
      this.#interner.setCode(this.#entries[index]!, resolved);
    }
    return resolved;
  }

  /**
   * Readies a batch: the first time, remembers the bytes of the strings the dictionary already
   * holds (from the text path), so that a string whose bytes were never met is known to be new
   * and is appended without a look-up while nothing else adds strings. `utf8`: the text is
   * UTF-8, so strings encode back to the bytes they came from.
   */
  sync(utf8: boolean): void {
    if (this.#appendNew !== UNSEEDED) return;
    if (!utf8) {
      this.#appendNew = NEVER;
      return;
    }
    const encoder = new TextEncoder();
    this.column.dictionary.forEach((value, code) => {
      const bytes = encoder.encode(value);
      if (this.#interner.find(bytes, 0, bytes.length) === UNKNOWN)
        this.#interner.add(bytes, 0, bytes.length, code);
    });
    this.#externalSeen = this.column.externalAdds;
    this.#appendNew = APPEND;
  }

  /**
   * Ends a batch. Values met for the first time that no stored row used stay remembered by their
   * bytes as not interned, renumbered from {@link FIRST_NEW}.
   */
  endBatch(): void {
    if (this.#values.length === 0) return;
    const values: string[] = [];
    const entries: number[] = [];
    for (let index = 0; index < this.#values.length; index++) {
      if (this.#codes[index]! >= 0) continue;
      this.#interner.setCode(this.#entries[index]!, FIRST_NEW - values.length);
      values.push(this.#values[index]!);
      entries.push(this.#entries[index]!);
    }
    this.#values = values;
    this.#entries = entries;
    this.#codes = values.map(() => -1);
  }

  /**
   * Forgets every byte sequence. With `column`, starts afresh on that (empty) column; otherwise
   * the text encoding changed, and new strings are looked up from now on.
   */
  reset(column?: Column): void {
    this.#interner.clear();
    this.#values = [];
    this.#entries = [];
    this.#codes = [];
    this.#undecoded = -1;
    if (column) {
      this.column = column;
      this.#appendNew = this.#text ? UNSEEDED : NEVER;
    } else this.#appendNew = NEVER;
  }
}
