/**
 * Which columns of a table the byte lane can read straight from bytes, and how: the mode of
 * each column, chosen once per file from the column's schema, header position and storage.
 * @packageDocumentation
 */
import type { TableColumn } from './table.js';

/** How the byte lane reads a column. */
export enum Mode {
  /** An optional column the file does not have: every cell empty. */
  Absent,
  /** Plain text: interned by its bytes. */
  Text,
  /** A number, parsed from the bytes. */
  Number,
  /** A clock time, parsed from the bytes. */
  Time,
  /** Read once by the text path's cell reader, then remembered by its bytes (dates, enums). */
  Cached,
  /** Same as `Cached` for a boolean column (the code is 0 or 1). */
  CachedBoolean,
}

/** The column modes of a table whose every column the byte lane can read, else undefined. */
export function byteModes(
  specs: readonly TableColumn[],
  positions: Int32Array,
  textModes: Uint8Array,
  storages: readonly string[],
  fast: { readonly string: number; readonly number: number; readonly time: number },
): Uint8Array | undefined {
  const modes = new Uint8Array(specs.length);
  for (let j = 0; j < specs.length; j++) {
    const spec = specs[j]!;
    if (!spec.identity) return undefined;
    if (positions[j]! < 0) {
      if (!spec.optional) return undefined;
      modes[j] = Mode.Absent;
    } else if (textModes[j] === fast.string) modes[j] = Mode.Text;
    else if (textModes[j] === fast.number) modes[j] = Mode.Number;
    else if (textModes[j] === fast.time) modes[j] = Mode.Time;
    else if (!spec.fastCheck) return undefined;
    else if (storages[j] === 'dictionary') modes[j] = Mode.Cached;
    else if (storages[j] === 'boolean') modes[j] = Mode.CachedBoolean;
    else return undefined;
  }
  return modes;
}
