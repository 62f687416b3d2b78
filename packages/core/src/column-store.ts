/**
 * Growable typed columns for the columnar mode: numbers in typed arrays, strings interned in a
 * dictionary, and a lazily created state array for empty (`undefined`) and masked (`null`) cells
 * with the marker kept.
 * @packageDocumentation
 */

/** How a column stores its values. */
export type ColumnStorage = 'int32' | 'float64' | 'boolean' | 'dictionary' | 'values';

const PRESENT = 0;
const EMPTY = 1;
const MASKED = 2;

/** One column of a {@link ColumnarTable}. */
export class Column {
  /** Storage in use (`int32` turns into `float64` on the first value outside 32 bits). */
  storage: ColumnStorage;
  /** Numbers (`int32`, `float64`), 0/1 (`boolean`) or dictionary codes (`dictionary`). */
  data: Int32Array | Float64Array | Uint8Array;
  /** Distinct strings of a `dictionary` column, in order of appearance. */
  readonly dictionary: string[] = [];
  /** Values of a `values` column (schemas with transforms). */
  readonly values: unknown[] = [];
  /** Per row: 0 present, 1 empty (`undefined`), 2+k masked (`null`) with marker `markers[k]`. */
  state: Uint8Array | undefined;
  /** Masked-value markers met, indexed by `state - 2`. */
  readonly markers: string[] = [];
  length = 0;
  #slots = new Int32Array(1024);
  /** Dictionary entries in the hash table (the byte lane appends without hashing). */
  #indexed = 0;
  #externalAdds = 0;
  #newSlot = -1;
  #lastCode = -1;

  constructor(storage: ColumnStorage, capacity: number) {
    this.storage = storage;
    this.data = allocate(storage, capacity);
  }

  /** Number of rows the arrays can hold before growing. */
  get capacity(): number {
    return this.data.length;
  }

  /** Makes room for at least `size` rows. */
  reserve(size: number): void {
    if (size <= this.data.length) return;
    const capacity = Math.max(size, Math.ceil(this.data.length * 1.5), 1024);
    const data = allocate(this.storage, capacity);
    data.set(this.data as never);
    this.data = data;
    if (this.state) {
      const state = new Uint8Array(capacity);
      state.set(this.state);
      this.state = state;
    }
  }

  /** Appends a number (int32/float64/boolean storage). */
  pushNumber(value: number): void {
    const row = this.length;
    if (row === this.data.length) this.reserve(row + 1);
    // One store site per array type (the branches, not the casts), so each stays monomorphic.
    if (this.storage === 'int32') {
      if ((value | 0) !== value) this.#widen();
      else {
        (this.data as Int32Array)[row] = value;
        this.length = row + 1;
        return;
      }
    }
    if (this.storage === 'float64') (this.data as Float64Array)[row] = value;
    else (this.data as Uint8Array)[row] = value;
    this.length = row + 1;
  }

  /** Appends a string to a dictionary column. */
  pushString(value: string): void {
    this.pushStringAt(value, 0, value.length);
  }

  /**
   * Appends `text.slice(start, end)` to a dictionary column without slicing it unless it is new:
   * strings are found by a hash of their characters in an open-addressing table.
   */
  pushStringAt(text: string, start: number, end: number): void {
    if (this.#indexed < this.dictionary.length) this.#indexAll();
    const row = this.length;
    if (row === this.data.length) this.reserve(row + 1);
    const length = end - start;
    // A run of the same string (a trip's stop times) needs no hashing.
    const last = this.#lastCode >= 0 ? this.dictionary[this.#lastCode] : undefined;
    if (last !== undefined && last.length === length && sameText(last, text, start)) {
      this.data[row] = this.#lastCode;
      this.length = row + 1;
      this.#newSlot = -1;
      return;
    }
    const hash = hashText(text, start, end);
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const stored = slots[slot]!;
      if (stored === 0) break;
      const candidate = this.dictionary[stored - 1]!;
      if (candidate.length === length && sameText(candidate, text, start)) {
        this.#lastCode = stored - 1;
        this.data[row] = stored - 1;
        this.length = row + 1;
        this.#newSlot = -1;
        return;
      }
      slot = (slot + 1) & mask;
    }
    // New: keep a copy, since a slice of the decoded chunk would keep the whole chunk alive.
    const code = this.dictionary.length;
    this.dictionary.push(ownCopy(text.slice(start, end)));
    slots[slot] = code + 1;
    this.#indexed++;
    this.#externalAdds++;
    this.#newSlot = slot;
    this.#lastCode = code;
    this.data[row] = code;
    this.length = row + 1;
    if (this.dictionary.length * 2 > slots.length) this.#rehash();
  }

  /**
   * The dictionary code of `value`, added when new; no row is appended (see {@link pushCode}).
   * Used by the byte lane, which caches codes by the bytes of cells.
   */
  intern(value: string): number {
    if (this.#indexed < this.dictionary.length) this.#indexAll();
    const hash = hashText(value, 0, value.length);
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const stored = slots[slot]!;
      if (stored === 0) break;
      if (this.dictionary[stored - 1] === value) return stored - 1;
      slot = (slot + 1) & mask;
    }
    const code = this.dictionary.length;
    this.dictionary.push(value);
    slots[slot] = code + 1;
    this.#indexed++;
    this.#externalAdds++;
    // Not taken back by pop(): the string belongs to no row yet.
    this.#newSlot = -1;
    if (this.dictionary.length * 2 > slots.length) this.#rehash();
    return code;
  }

  /**
   * Appends `values[from, to)` (numbers, or 0/1 for a boolean column); a cell whose `empty` flag
   * is 1 is appended as empty (`undefined`) instead.
   */
  appendNumbers(values: Float64Array, empty: Uint8Array, from: number, to: number): void {
    if (this.length + to - from > this.data.length) this.reserve(this.length + to - from);
    let row = this.length;
    let k = from;
    if (this.storage === 'int32') {
      const data = this.data as Int32Array;
      for (; k < to; k++, row++) {
        if (empty[k] === 1) this.#markEmpty(row);
        else {
          const value = values[k]!;
          if ((value | 0) !== value) break;
          data[row] = value;
        }
      }
      if (k < to) this.#widen();
    }
    const data = this.data as Float64Array | Uint8Array;
    for (; k < to; k++, row++) {
      if (empty[k] === 1) this.#markEmpty(row);
      else data[row] = values[k]!;
    }
    this.length = row;
    this.#newSlot = -1;
  }

  #markEmpty(row: number): void {
    this.state ??= new Uint8Array(this.data.length);
    this.state[row] = EMPTY;
  }

  /** Appends dictionary codes `codes[from, to)` (from {@link intern}); `empty` as above. */
  appendCodes(codes: Int32Array, empty: Uint8Array, from: number, to: number): void {
    const count = to - from;
    if (this.length + count > this.data.length) this.reserve(this.length + count);
    let row = this.length;
    const data = this.data;
    for (let k = from; k < to; k++, row++) {
      if (empty[k] === 1) this.#markEmpty(row);
      else data[row] = codes[k]!;
    }
    this.length = row;
    this.#newSlot = -1;
  }

  /** Appends `count` empty (`undefined`) cells. */
  appendEmpty(count: number): void {
    if (this.length + count > this.data.length) this.reserve(this.length + count);
    this.state ??= new Uint8Array(this.data.length);
    this.state.fill(EMPTY, this.length, this.length + count);
    this.length += count;
    this.#newSlot = -1;
  }

  /** Appends the dictionary code of a string already interned with {@link intern}. */
  pushCode(code: number): void {
    const row = this.length;
    if (row === this.data.length) this.reserve(row + 1);
    this.data[row] = code;
    this.length = row + 1;
    this.#newSlot = -1;
  }

  /**
   * Strings added to the dictionary other than by {@link appendString}: the byte lane knows that
   * a string it has not met is new only while this count stays the same.
   */
  get externalAdds(): number {
    return this.#externalAdds;
  }

  /**
   * Adds a string the caller knows is not in the dictionary yet, without hashing it (the hash
   * table takes it in on the next look-up); returns its code. No row is appended.
   */
  appendString(value: string): number {
    this.dictionary.push(value);
    return this.dictionary.length - 1;
  }

  /** Puts every dictionary entry into the hash table. */
  #indexAll(): void {
    if (this.dictionary.length * 2 > this.#slots.length) this.#rehash();
    else this.#place(this.#indexed);
  }

  #rehash(): void {
    let size = this.#slots.length * 2;
    while (this.dictionary.length * 2 > size) size *= 2;
    this.#slots = new Int32Array(size);
    this.#newSlot = -1;
    this.#place(0);
  }

  /** Puts dictionary entries from `from` on into the hash table. */
  #place(from: number): void {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let code = from; code < this.dictionary.length; code++) {
      const value = this.dictionary[code]!;
      let slot = hashText(value, 0, value.length) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code + 1;
    }
    this.#indexed = this.dictionary.length;
  }

  /** Appends any value to a `values` column. */
  pushValue(value: unknown): void {
    this.values.push(value);
    this.length++;
    if (this.length > this.data.length) this.reserve(this.length);
  }

  /** Appends an empty (`undefined`) cell, or a masked (`null`) one when `marker` is given. */
  pushMissing(marker: string | undefined): void {
    const row = this.length;
    if (row === this.data.length) this.reserve(row + 1);
    this.state ??= new Uint8Array(this.data.length);
    if (marker === undefined) this.state[row] = EMPTY;
    else {
      let index = this.markers.indexOf(marker);
      if (index < 0) {
        index = this.markers.length;
        this.markers.push(marker);
      }
      this.state[row] = MASKED + Math.min(index, 253);
    }
    if (this.storage === 'values') this.values.push(marker === undefined ? undefined : null);
    this.length = row + 1;
  }

  /** Removes the last row (used when a row is rejected after some cells were stored). */
  pop(): void {
    if (this.storage === 'dictionary' && this.#newSlot >= 0) {
      // The string came with the row taken back: no other row uses it. It was the last one
      // inserted, so clearing its slot breaks no other probe sequence.
      this.dictionary.pop();
      this.#indexed--;
      this.#externalAdds--;
      this.#slots[this.#newSlot] = 0;
      this.#newSlot = -1;
      this.#lastCode = -1;
    }
    this.length--;
    if (this.state) this.state[this.length] = PRESENT;
    if (this.storage === 'values') this.values.pop();
  }

  /** The value of a row, as a row object would hold it. */
  get(row: number): unknown {
    const state = this.state?.[row] ?? PRESENT;
    if (state === EMPTY) return undefined;
    if (state >= MASKED) return null;
    switch (this.storage) {
      case 'dictionary':
        return this.dictionary[this.data[row]!];
      case 'boolean':
        return this.data[row] === 1;
      case 'values':
        return this.values[row];
      default:
        return this.data[row];
    }
  }

  /** The masked-value marker of a row (`secret`, `nd`…), or undefined. */
  markerAt(row: number): string | undefined {
    const state = this.state?.[row] ?? PRESENT;
    return state >= MASKED ? this.markers[state - MASKED] : undefined;
  }

  /** Drops unused capacity (views, no copy). */
  trim(): void {
    this.data = this.data.subarray(0, this.length);
    if (this.state) this.state = this.state.subarray(0, this.length);
  }

  #widen(): void {
    const data = new Float64Array(this.data.length);
    data.set(this.data);
    this.data = data;
    this.storage = 'float64';
  }
}

/** FNV-1a hash of the UTF-16 code units of `text[start, end)`: where a string sits in the slots. */
function hashText(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * A flat string that does not share the memory of the text it was sliced from. V8 makes slices
 * of 13 characters or more as views of their parent (a 1 MiB decoded chunk would stay alive),
 * and comparing characters through such a view is slow in the hot interning loop; a JSON round
 * trip gives a flat, independent copy (`JSON.parse(JSON.stringify(s)) === s` for every string,
 * lone surrogates included, as `JSON.stringify` escapes them).
 */
function ownCopy(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}

function sameText(value: string, text: string, start: number): boolean {
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  }
  return true;
}

function allocate(
  storage: ColumnStorage,
  capacity: number,
): Int32Array | Float64Array | Uint8Array {
  switch (storage) {
    case 'float64':
      return new Float64Array(capacity);
    case 'boolean':
    case 'values':
      return new Uint8Array(capacity);
    default:
      return new Int32Array(capacity);
  }
}
