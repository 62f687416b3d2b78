import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { openArchive } from './archive.js';
import { ByteInterner, parseClockTimeBytes, parseNumberBytes } from './byte-cells.js';
import { Column } from './column-store.js';
import { readColumns } from './columnar.js';
import { ByteRowReader } from './columnar-bytes.js';
import { calendarDate, clockTime, decimal } from './columns.js';
import { readTable } from './read-table.js';
import { readBytes } from './source.js';
import { defineTable } from './table.js';
import { parseClockTime, parseNumber } from './values.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

// Every column kind the byte lane reads: text, numbers with bounds, times, dates and enums
// (read once, then remembered by their bytes), booleans, decimal commas.
const Table = defineTable({
  columns: {
    id: z.string(),
    count: z.int().min(0).max(1000),
    ratio: z.number().gt(-1).lt(1).nullable(),
    at: clockTime().optional(),
    day: calendarDate().nullable(),
    mode: z.enum(['bus', 'tram']).optional(),
    flag: z.boolean().optional(),
    fr: decimal({ decimalSeparator: ',' }).optional(),
    big: z.number().optional(),
  },
});
const header = 'id,count,ratio,at,day,mode,flag,fr,big';

// Per column: texts the column accepts, then texts it rejects (hand-sorted from the schema).
const cells: [string[], string[]][] = [
  [['a', 'B7', ' x ', 'Zürich', 'é', '"q,uoted"', '"multi\nline"'], ['']],
  [
    ['0', '7', '1000', ' 12 ', '012'],
    ['1001', '-1', '2.5', 'x', '', 'NA'],
  ],
  [
    ['0.5', '-0.99', 'secret', 'nd', '', '1e-3', '-0'],
    ['1', '-1', 'abc'],
  ],
  [
    ['08:00:00', '25:10:00', '4:30:00', '', '08:00'],
    ['24:60:00', 'noon'],
  ],
  [
    ['20240229', '2024-01-31', '31/12/99', '01/02/2003', '', 's'],
    ['20230229', 'x'],
  ],
  [['bus', 'tram', ''], ['metro']],
  [['1', '0', 'true', 'no', ''], ['maybe']],
  [['"3,5"', '"-1,25"', '', '2'], ['3.5']],
  [['3000000000', '-3000000000.5', '9007199254740993', '', '1e308', '123456789012345.5'], ['x']],
];

/**
 * Enough plain rows for the header detection (64 Ki characters) to end and the lane to open; the
 * long one fills a first chunk of the default size (1 MiB) past the 96 KiB the text path reads.
 */
const plainRows = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `p${i % 300},${i % 1000},0.${i % 10},08:${String(i % 60).padStart(2, '0')}:00,20240101,bus,1,,${i}`,
  ).join('\n');
const padding = plainRows(2200);
const longPadding = plainRows(8000);

describe('byte lane (columnar mode read from bytes)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the rows, lines, issues and account of the text path, in columns and in row objects, whatever the chunk boundaries (property)', async () => {
    const row = fc.tuple(
      ...cells.map(([accepted, rejected]) =>
        fc.oneof(
          { arbitrary: fc.constantFrom(...accepted), weight: 20 },
          { arbitrary: fc.constantFrom(...rejected), weight: 1 },
        ),
      ),
    );
    // Lines real files have beside plain rows.
    const line = fc.oneof(
      { arbitrary: row.map((r) => r.join(',')), weight: 30 },
      { arbitrary: fc.constant(''), weight: 1 }, // blank
      { arbitrary: fc.constant(',,,,,,,,'), weight: 1 }, // only delimiters
      { arbitrary: fc.constant('Source: a disclaimer'), weight: 1 }, // one field
      { arbitrary: row.map((r) => `${r.join(',')},`), weight: 1 }, // trailing delimiter
      { arbitrary: row.map((r) => `${r.join(',')},extra`), weight: 1 }, // too many fields
      { arbitrary: row.map((r) => r.slice(0, 4).join(',')), weight: 1 }, // too few fields
    );
    const ending = fc.constantFrom('\n', '\r\n', '\r');
    const chunkSize = fc.oneof(
      fc.integer({ min: 1, max: 300 }),
      fc.constantFrom(4096, 65536, 1 << 20),
    );
    let laneRows = 0;
    let laneObjects = 0;
    const appended = vi.spyOn(Column.prototype, 'appendNumbers');
    const built = vi.spyOn(ByteRowReader.prototype, 'rowValues');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(line, ending), { maxLength: 40 }),
        chunkSize,
        fc.constantFrom('utf-8', 'invalid-utf-8', 'windows-1252'),
        // Delimiter and header line given (as GTFS does): the lane starts right after the header.
        fc.boolean(),
        async (lines, size, encoding, given) => {
          const tail = lines.map(([text, end]) => text + end).join('');
          const text = `${header}\n${size === 1 << 20 ? longPadding : padding}\n${tail}`;
          let bytes = encoding === 'windows-1252' ? latin1(text) : utf8(text);
          if (encoding === 'invalid-utf-8') {
            // A byte 0xFF (never valid UTF-8) in some tail line: the rest is read as windows-1252.
            const at = text.length - Math.floor(tail.length / 2) - 1;
            bytes = utf8(text.slice(0, at));
            bytes = Uint8Array.from([...bytes, 0xff, ...utf8(text.slice(at))]);
          }
          const options = given
            ? { chunkSize: size, delimiter: ',', headerLine: 1 }
            : { chunkSize: size };
          const reference = await readTable(bytes, Table, { ...options, validation: 'zod' });
          // Row objects with the default validation read plain rows from bytes too.
          built.mockClear();
          const objects = await readTable(bytes, Table, options);
          laneObjects += built.mock.calls.length;
          expect(objects.rows).toEqual(reference.rows);
          expect(objects.lines).toEqual(reference.lines);
          expect(objects.masks).toEqual(reference.masks);
          expect(objects.issues).toEqual(reference.issues);
          expect(objects.issueCounts).toEqual(reference.issueCounts);
          expect(objects.account).toEqual(reference.account);
          appended.mockClear();
          const columnar = await readColumns(bytes, Table, options);
          laneRows += appended.mock.calls.reduce((sum, [, , from, to]) => sum + to - from, 0);
          expect([...columnar.rows()]).toEqual(reference.rows);
          expect(columnar.lines).toEqual(reference.lines);
          expect(columnar.issues).toEqual(reference.issues);
          expect(columnar.issueCounts).toEqual(reference.issueCounts);
          expect(columnar.account).toEqual(reference.account);
          for (const mask of reference.masks) {
            const column = columnar.columns[mask.field as keyof typeof columnar.columns];
            expect(column.markerAt(mask.row)).toBe(mask.reason);
          }
          // Dictionaries hold the strings of kept rows only.
          for (const [key, column] of Object.entries(columnar.columns) as [string, Column][]) {
            if (column.storage !== 'dictionary') continue;
            const kept = new Set(reference.rows.map((r) => (r as Record<string, unknown>)[key]));
            expect(new Set(column.dictionary)).toEqual(
              new Set([...kept].filter((v) => typeof v === 'string')),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
    // The lane must have read most rows itself, or the property compares the text path with itself.
    expect(laneRows).toBeGreaterThan(60 * 1000);
    expect(laneObjects).toBeGreaterThan(60 * 1000);
  });

  it('reads Caltrain stop_times.txt from bytes as the text path does, in small chunks', async () => {
    const zip = readFileSync(new URL('../test/fixtures/caltrain_20160406.zip', import.meta.url));
    const bytes = await readBytes((await openArchive(new Uint8Array(zip))).open('stop_times.txt'));
    const StopTimes = defineTable({
      columns: {
        trip_id: z.string(),
        arrival_time: clockTime().optional(),
        departure_time: clockTime().optional(),
        stop_id: z.string(),
        stop_sequence: z.int().min(0),
        pickup_type: z.int().min(0).max(3).optional(),
        drop_off_type: z.int().min(0).max(3).optional(),
      },
    });
    const appended = vi.spyOn(Column.prototype, 'appendNumbers');
    const columnar = await readColumns(bytes, StopTimes, { chunkSize: 4096 });
    const reference = await readTable(bytes, StopTimes, { validation: 'zod' });
    expect(columnar.length).toBe(3103); // SOURCES.md
    expect([...columnar.rows()]).toEqual(reference.rows);
    expect(columnar.lines).toEqual(reference.lines);
    expect(columnar.account).toEqual(reference.account);
    // Each lane batch appends once per numeric column (5 here). The text path reads the first
    // 64 KiB (to find the header) and the line cut by the end of that chunk; the lane the rest.
    const laneRows = appended.mock.calls.reduce((sum, [, , from, to]) => sum + to - from, 0) / 5;
    const linesAfter = bytes.subarray(65_536).filter((b) => b === 10).length;
    expect(laneRows).toBe(linesAfter - 1);
    // Given the delimiter and the header line (as GTFS does), nothing is sampled: the text path
    // reads the first 8 KiB only, in one 1 MiB chunk here.
    appended.mockClear();
    const given = await readColumns(bytes, StopTimes, { delimiter: ',', headerLine: 1 });
    expect([...given.rows()]).toEqual(reference.rows);
    expect(given.account).toEqual(reference.account);
    const givenRows = appended.mock.calls.reduce((sum, [, , from, to]) => sum + to - from, 0) / 5;
    expect(givenRows).toBe(bytes.subarray(8192).filter((b) => b === 10).length - 1);
  });
});

describe('cells read from bytes', () => {
  const alphabet = fc.constantFrom(...'0123456789-+.,: eE'.split(''), '12', '00', '59', '60');
  const token = fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join(''));

  it('parse numbers as parseNumber does, or decline (NaN) (property)', () => {
    let read = 0;
    fc.assert(
      fc.property(token, fc.constantFrom('.', ','), (text, separator) => {
        const value = parseNumberBytes(utf8(text), 0, text.length, separator.charCodeAt(0));
        if (Number.isNaN(value)) return;
        read++;
        const decimalSeparator = separator as '.' | ',';
        expect(Object.is(value, parseNumber(text, 0, text.length, { decimalSeparator }))).toBe(
          true,
        );
      }),
      { numRuns: 5000 },
    );
    expect(read).toBeGreaterThan(500);
    // Worked cases: the decimal separator given, exact division, a sign, 15 digits at most.
    expect(parseNumberBytes(utf8('-1,25'), 0, 5, 44)).toBe(-1.25);
    expect(parseNumberBytes(utf8('0.1'), 0, 3, 46)).toBe(0.1);
    expect(parseNumberBytes(utf8('1234567890123456'), 0, 16, 46)).toBeNaN();
  });

  const character = fc.oneof(
    { arbitrary: fc.constantFrom(...'0123456789'.split('')), weight: 20 },
    { arbitrary: fc.constantFrom(' ', 'x'), weight: 1 },
  );
  const digits = (min: number, max: number) =>
    fc.array(character, { minLength: min, maxLength: max }).map((d) => d.join(''));
  const part = fc.oneof(
    { arbitrary: digits(2, 2), weight: 8 },
    { arbitrary: digits(1, 3), weight: 1 },
  );
  // Times as GTFS writes them, and near misses (3-digit hours, minute 60, spaces, letters).
  const time = fc
    .tuple(digits(1, 3), part, fc.option(part, { nil: undefined }))
    .map(([h, m, s]) => (s === undefined ? `${h}:${m}` : `${h}:${m}:${s}`));

  it('parse clock times as parseClockTime does, or decline (NaN) (property)', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(token, time), (text) => {
        const value = parseClockTimeBytes(utf8(text), 0, text.length);
        if (Number.isNaN(value)) return;
        read++;
        expect(value).toBe(parseClockTime(text, 0, text.length));
      }),
      { numRuns: 20000 },
    );
    expect(read).toBeGreaterThan(1000);
    // GTFS reference: times past midnight keep counting (25:10:00 is 90 600 s).
    expect(parseClockTimeBytes(utf8('25:10:00'), 0, 8)).toBe(90_600);
    expect(parseClockTimeBytes(utf8('4:30:00'), 0, 7)).toBe(16_200);
    expect(parseClockTimeBytes(utf8('08:60:00'), 0, 8)).toBeNaN();
  });

  it('intern byte sequences: found again after growth, forgotten on clear', () => {
    const interner = new ByteInterner();
    const ids = Array.from({ length: 5000 }, (_, i) => utf8(`stop_${i}`));
    ids.forEach((id, code) => {
      expect(interner.find(id, 0, id.length)).toBe(-1);
      interner.add(id, 0, id.length, code);
    });
    expect(interner.size).toBe(5000);
    ids.forEach((id, code) => {
      expect(interner.find(id, 0, id.length)).toBe(code);
    });
    // A sequence inside a larger buffer, found by its bytes alone.
    const line = utf8('x,stop_42,y');
    expect(interner.find(line, 2, 9)).toBe(42);
    interner.clear();
    expect(interner.find(line, 2, 9)).toBe(-1);
  });
});

describe('dictionaries the byte lane appends to', () => {
  it('find strings appended without hashing, so the text path never adds them twice', () => {
    const column = new Column('dictionary', 0);
    column.pushString('a');
    const external = column.externalAdds;
    expect(column.appendString('b')).toBe(1);
    expect(column.appendString('c')).toBe(2);
    expect(column.externalAdds).toBe(external);
    column.pushString('c');
    column.pushString('b');
    expect(column.intern('b')).toBe(1);
    expect(column.dictionary).toEqual(['a', 'b', 'c']);
    expect([...column.data.subarray(0, column.length)]).toEqual([0, 2, 1]);
    column.pushString('d');
    expect(column.externalAdds).toBe(external + 1);
  });
});

describe("Node's native UTF-8 check used by the lane", () => {
  it('agrees with the JavaScript check on any bytes (property)', async () => {
    const { platform } = await import('./platform-node.js');
    const { firstInvalidUtf8 } = await import('./decode.js');
    const byte = fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 0x7f }), weight: 4 },
      { arbitrary: fc.integer({ min: 0x80, max: 0xff }), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (values) => {
        const bytes = Uint8Array.from(values);
        expect(platform.isUtf8!(bytes)).toBe(firstInvalidUtf8(bytes) === bytes.length);
      }),
      { numRuns: 20000 },
    );
    // Worked cases (RFC 3629): é as C3 A9 is valid; a lone C3, an overlong C0 80, and the
    // surrogate encoding ED A0 80 are not.
    const utf8 = (...b: number[]) => platform.isUtf8!(Uint8Array.from(b));
    expect([utf8(0xc3, 0xa9), utf8(0xc3), utf8(0xc0, 0x80), utf8(0xed, 0xa0, 0x80)]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('row objects streamed from bytes', () => {
  it('keep per-column string sharing bounded: past 65,536 distinct values a column starts afresh, rows unchanged', async () => {
    const Ids = defineTable({ columns: { id: z.string(), n: z.int() } });
    // 150,000 rows over 100,000 distinct ids: ids seen before the reset come back after it.
    const text = `id,n\n${Array.from({ length: 150_000 }, (_, i) => `id${i % 100_000},${i}`).join('\n')}\n`;
    const cleared = vi.spyOn(ByteInterner.prototype, 'clear');
    const objects = await readTable(utf8(text), Ids);
    expect(cleared).toHaveBeenCalled();
    const reference = await readTable(utf8(text), Ids, { validation: 'zod' });
    expect(objects.rows).toEqual(reference.rows);
    expect(objects.rows[120_000]).toEqual({ id: 'id20000', n: 120_000 });
  });
});
