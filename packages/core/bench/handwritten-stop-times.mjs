// A reference, not a library: the fastest decoder we could write by hand for exactly WMATA's
// stop_times.txt layout (column order, `H:MM:SS` times, no quotes, LF endings hard-coded; no
// validation, no issues, no line numbers). It shows what plain JavaScript reaches on these bytes,
// so the generic columnar mode's distance to the floor can be read against it.
import { createReadStream } from 'node:fs';

const HEADER =
  'trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,drop_off_type,shape_dist_traveled';

/** Decodes the file into typed arrays and interned ids; returns the number of rows. */
export async function decodeStopTimes(file) {
  let capacity = 1 << 16;
  let columns = allocate(capacity);
  // Ids interned by their bytes (FNV-1a hash, open addressing): no string per cell.
  const tables = [new Int32Array(1 << 21), new Int32Array(1 << 21)];
  const keys = [[], []];
  const intern = (which, bytes, start, end) => {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    const slots = tables[which];
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = slots[slot];
      if (stored === 0) {
        keys[which].push(bytes.slice(start, end));
        slots[slot] = keys[which].length;
        return keys[which].length - 1;
      }
      const key = keys[which][stored - 1];
      if (key.length === end - start) {
        let k = 0;
        while (k < key.length && key[k] === bytes[start + k]) k++;
        if (k === key.length) return stored - 1;
      }
    }
  };
  let rows = 0;
  let carry;
  let header = true;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    let b = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (carry) {
      const joined = new Uint8Array(carry.length + b.length);
      joined.set(carry);
      joined.set(b, carry.length);
      b = joined;
      carry = undefined;
    }
    let i = 0;
    for (;;) {
      const lf = b.indexOf(10, i);
      if (lf < 0) {
        carry = b.slice(i);
        break;
      }
      if (header) {
        if (new TextDecoder().decode(b.subarray(i, lf)).trim() !== HEADER)
          throw new Error('Not the WMATA stop_times.txt layout');
        header = false;
        i = lf + 1;
        continue;
      }
      if (rows === capacity) {
        capacity *= 2;
        columns = grow(columns, capacity);
      }
      let j = i;
      while (b[j] !== 44) j++;
      columns.trip[rows] = intern(0, b, i, j);
      j = time(b, j + 1, columns.arrival, rows);
      j = time(b, j, columns.departure, rows);
      const s = j;
      while (b[j] !== 44) j++;
      columns.stop[rows] = intern(1, b, s, j);
      j++;
      j = integer(b, j, columns.sequence, rows);
      j = integer(b, j, columns.pickup, rows);
      j = integer(b, j, columns.dropOff, rows);
      let v = 0;
      let fraction = 0;
      let point = false;
      for (; j < lf && b[j] !== 13; j++) {
        if (b[j] === 46) point = true;
        else {
          v = v * 10 + b[j] - 48;
          if (point) fraction++;
        }
      }
      columns.distance[rows] = v / 10 ** fraction;
      rows++;
      i = lf + 1;
    }
  }
  return rows;
}

/** Digits then a comma at `j` into `column[row]`; returns the offset after the comma. */
function integer(b, j, column, row) {
  let v = 0;
  while (b[j] !== 44) v = v * 10 + b[j++] - 48;
  column[row] = v;
  return j + 1;
}

/** `H:MM:SS,` or `HH:MM:SS,` at `j` into `column[row]`; returns the offset after the comma. */
function time(b, j, column, row) {
  let h = b[j++] - 48;
  if (b[j] !== 58) h = h * 10 + b[j++] - 48;
  column[row] =
    h * 3600 + ((b[j + 1] - 48) * 10 + b[j + 2] - 48) * 60 + (b[j + 4] - 48) * 10 + b[j + 5] - 48;
  return j + 7;
}

function allocate(size) {
  return {
    trip: new Int32Array(size),
    arrival: new Int32Array(size),
    departure: new Int32Array(size),
    stop: new Int32Array(size),
    sequence: new Int32Array(size),
    pickup: new Uint8Array(size),
    dropOff: new Uint8Array(size),
    distance: new Float64Array(size),
  };
}

function grow(columns, size) {
  const next = allocate(size);
  for (const key of Object.keys(columns)) next[key].set(columns[key]);
  return next;
}
