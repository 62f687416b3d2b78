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

/** FNV-1a hash of `bytes[start, end)`, as {@link ByteInterner} looks bytes up. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash;
}

/**
 * Remembers which value code each byte sequence stands for, in an open-addressing hash table
 * over a pool of the bytes: a cell met before costs a hash and a compare, no string at all.
 * Each slot holds its entry and the entry's hash side by side, so a probe that meets another
 * entry is settled in the slot's own cache line (with a million distinct addresses, most probes
 * meet other entries).
 */
export class ByteInterner {
  #pool = new Uint8Array(1 << 16);
  #poolLength = 0;
  /** Per entry: offset in the pool, length, value code. */
  #offsets = new Int32Array(1024);
  #lengths = new Int32Array(1024);
  #codes = new Int32Array(1024);
  #entries = 0;
  /** Two numbers per slot: entry + 1 (0 when free), then the entry's hash. */
  #slots = new Int32Array(2 * 2048);
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
    return this.findHashed(bytes, start, end, hashBytes(bytes, start, end));
  }

  /** {@link find} given the bytes' {@link hashBytes} hash. */
  findHashed(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    for (;;) {
      const stored = slots[2 * slot]!;
      if (stored === 0) break;
      const entry = stored - 1;
      if (
        slots[2 * slot + 1] === hash &&
        this.#lengths[entry] === length &&
        this.#same(entry, bytes, start, length)
      ) {
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
    const offset = this.#poolLength;
    if (offset + length > this.#pool.length) this.#growPool(length);
    const pool = this.#pool;
    // A short cell is copied byte by byte: `subarray` would allocate a view per new value.
    if (length <= 64) for (let k = 0; k < length; k++) pool[offset + k] = bytes[start + k]!;
    else pool.set(bytes.subarray(start, end), offset);
    this.#offsets[entry] = offset;
    this.#lengths[entry] = length;
    this.#codes[entry] = code;
    this.#marks[entry] = mark;
    this.#poolLength = offset + length;
    this.#entries = entry + 1;
    this.#slots[2 * this.#missSlot] = entry + 1;
    this.#slots[2 * this.#missSlot + 1] = this.#missHash;
    this.#last = entry;
    if (this.#entries * 4 > this.#slots.length) this.#rehash();
    return entry;
  }

  /**
   * The text of entries `first` to the last one added, decoded at once: they lie side by side
   * in the pool. `decode` turns bytes into text (in the file's encoding).
   */
  textFrom(
    first: number,
    decode: (bytes: Uint8Array, start: number, end: number) => string,
  ): string {
    return decode(this.#pool, this.#offsets[first]!, this.#poolLength);
  }

  /** Byte length of an entry. */
  byteLength(entry: number): number {
    return this.#lengths[entry]!;
  }

  /** Number of UTF-16 code units of an entry's bytes read as UTF-8 (valid UTF-8). */
  utf16Length(entry: number): number {
    const pool = this.#pool;
    const offset = this.#offsets[entry]!;
    const end = offset + this.#lengths[entry]!;
    let units = 0;
    for (let k = offset; k < end; k++) {
      const b = pool[k]!;
      // Every byte but a continuation byte starts a character; four-byte ones take two units.
      if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
    }
    return units;
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
  }

  #growPool(need: number): void {
    const pool = new Uint8Array(Math.max(this.#pool.length * 2, this.#poolLength + need));
    pool.set(this.#pool.subarray(0, this.#poolLength));
    this.#pool = pool;
  }

  /** Doubles the table; each entry's hash is read from its old slot. */
  #rehash(): void {
    const old = this.#slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      const stored = old[k]!;
      if (stored === 0) continue;
      const hash = old[k + 1]!;
      let slot = hash & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = stored;
      slots[2 * slot + 1] = hash;
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
