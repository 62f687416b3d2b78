/**
 * Cells read straight from the bytes of a record, for the columnar byte lane: numbers and clock
 * times parsed without decoding text, and strings interned by their bytes (a string is decoded
 * once, the first time its bytes are met). Each parser accepts a subset of what its text
 * counterpart in `values.ts` accepts and returns the same value there (property-tested in
 * `byte-cells.test.ts`); anything else returns `NaN`, and the record goes the text way.
 * @packageDocumentation
 */

const ZERO = 48;
const NINE = 57;
const MINUS = 45;
const COLON = 58;
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Parses `-?digits([.,]digits)?` with at most 15 digits (the decimal separator given as a byte),
 * as `parseNumber` does: `digits / 10^k`, one correctly rounded division of exact integers.
 * Returns `NaN` for anything else (signs `+`, spaces, exponents, thousands separators, longer
 * numbers), which the text path then reads.
 */
export function parseNumberBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  decimal: number,
): number {
  let i = start;
  const negative = bytes[i] === MINUS;
  if (negative) i++;
  const first = i;
  let mantissa = 0;
  let c = 0;
  while (i < end) {
    c = bytes[i]!;
    if (c < ZERO || c > NINE) break;
    mantissa = mantissa * 10 + (c - ZERO);
    i++;
  }
  if (i === first) return Number.NaN;
  let fraction = 0;
  if (i < end) {
    if (c !== decimal) return Number.NaN;
    const point = ++i;
    while (i < end) {
      c = bytes[i]!;
      if (c < ZERO || c > NINE) return Number.NaN;
      mantissa = mantissa * 10 + (c - ZERO);
      i++;
    }
    fraction = end - point;
    if (fraction === 0) return Number.NaN;
  }
  if (end - first - (fraction > 0 ? 1 : 0) > 15) return Number.NaN;
  const value = fraction === 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction]!;
  return negative ? -value : value;
}

/**
 * Parses `HH:MM:SS` or `H:MM:SS` (minutes and seconds up to 59, hours may pass 24) to seconds,
 * as `parseClockTime` does. Returns `NaN` for any other shape (the text path reads those).
 */
export function parseClockTimeBytes(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  let hours: number;
  let at: number;
  if (length === 8) {
    const h1 = bytes[start]! - ZERO;
    const h2 = bytes[start + 1]! - ZERO;
    if (h1 < 0 || h1 > 9 || h2 < 0 || h2 > 9) return Number.NaN;
    hours = h1 * 10 + h2;
    at = start + 2;
  } else if (length === 7) {
    hours = bytes[start]! - ZERO;
    if (hours < 0 || hours > 9) return Number.NaN;
    at = start + 1;
  } else return Number.NaN;
  if (bytes[at] !== COLON || bytes[at + 3] !== COLON) return Number.NaN;
  const m1 = bytes[at + 1]! - ZERO;
  const m2 = bytes[at + 2]! - ZERO;
  const s1 = bytes[at + 4]! - ZERO;
  const s2 = bytes[at + 5]! - ZERO;
  if (m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9 || s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9)
    return Number.NaN;
  return hours * 3600 + (m1 * 10 + m2) * 60 + s1 * 10 + s2;
}

/**
 * Remembers which value code each byte sequence stands for, in an open-addressing hash table
 * over a pool of the bytes: a cell met before costs a hash and a compare, no string at all.
 */
export class ByteInterner {
  #pool = new Uint8Array(1 << 16);
  #poolLength = 0;
  /** Per entry: offset in the pool, length, value code. */
  #offsets = new Int32Array(1024);
  #lengths = new Int32Array(1024);
  #codes = new Int32Array(1024);
  /** Hash of each entry's bytes, so growing the table hashes nothing again. */
  #hashes = new Int32Array(1024);
  #entries = 0;
  /** Entry + 1 per slot; 0 is free. */
  #slots = new Int32Array(2048);
  #last = -1;
  /** A mark per entry (e.g. a date written with a two-digit year). */
  #marks = new Uint8Array(1024);
  /** Slot where the last missed sequence would go, and its hash. */
  #missSlot = -1;
  #missHash = 0;

  /** Number of byte sequences remembered. */
  get size(): number {
    return this.#entries;
  }

  /** The mark of the sequence last found or added. */
  get lastMark(): number {
    return this.#marks[this.#last]!;
  }

  /** The code of `bytes[start, end)`, or -1 when not met before. */
  find(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const stored = slots[slot]!;
      if (stored === 0) break;
      const entry = stored - 1;
      if (this.#lengths[entry] === length && this.#same(entry, bytes, start, length)) {
        this.#last = entry;
        return this.#codes[entry]!;
      }
      slot = (slot + 1) & mask;
    }
    this.#missSlot = slot;
    this.#missHash = hash;
    return -1;
  }

  /** Changes the code of an entry (returned by {@link add}). */
  setCode(entry: number, code: number): void {
    this.#codes[entry] = code;
  }

  /**
   * Remembers `bytes[start, end)` as `code`; call right after a {@link find} that missed.
   * Returns the entry's index.
   */
  add(bytes: Uint8Array, start: number, end: number, code: number, mark = 0): number {
    const length = end - start;
    const entry = this.#entries;
    if (entry === this.#codes.length) this.#growEntries();
    if (this.#poolLength + length > this.#pool.length) this.#growPool(length);
    this.#pool.set(bytes.subarray(start, end), this.#poolLength);
    this.#offsets[entry] = this.#poolLength;
    this.#lengths[entry] = length;
    this.#codes[entry] = code;
    this.#hashes[entry] = this.#missHash;
    this.#marks[entry] = mark;
    this.#poolLength += length;
    this.#entries = entry + 1;
    this.#slots[this.#missSlot] = entry + 1;
    this.#last = entry;
    if (this.#entries * 2 > this.#slots.length) this.#rehash();
    return entry;
  }

  /** Forgets every sequence (when the text encoding changes, the same bytes mean other text). */
  clear(): void {
    this.#slots.fill(0);
    this.#entries = 0;
    this.#poolLength = 0;
    this.#last = -1;
  }

  #same(entry: number, bytes: Uint8Array, start: number, length: number): boolean {
    const pool = this.#pool;
    const offset = this.#offsets[entry]!;
    for (let k = 0; k < length; k++) if (pool[offset + k] !== bytes[start + k]) return false;
    return true;
  }

  #growEntries(): void {
    const size = this.#codes.length * 2;
    const grow = (old: Int32Array) => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    const marks = new Uint8Array(size);
    marks.set(this.#marks);
    this.#marks = marks;
    this.#offsets = grow(this.#offsets);
    this.#lengths = grow(this.#lengths);
    this.#codes = grow(this.#codes);
    this.#hashes = grow(this.#hashes);
  }

  #growPool(need: number): void {
    const pool = new Uint8Array(Math.max(this.#pool.length * 2, this.#poolLength + need));
    pool.set(this.#pool.subarray(0, this.#poolLength));
    this.#pool = pool;
  }

  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.#entries; entry++) {
      let slot = this.#hashes[entry]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.#slots = slots;
  }
}

/** A number column's checks (the same as its `fastCheck`), on a finite number. */
export function inRange(
  value: number,
  min: number,
  max: number,
  minOpen: boolean,
  maxOpen: boolean,
  integer: boolean,
): boolean {
  if (value < min || value > max) return false;
  if ((minOpen && value === min) || (maxOpen && value === max)) return false;
  return !integer || Math.floor(value) === value;
}
