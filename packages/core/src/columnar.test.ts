import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openArchive } from './archive.js';
import { type Column, readColumns } from './columnar.js';
import { calendarDate, clockTime, decimal } from './columns.js';
import { readTable } from './read-table.js';
import { defineTable } from './table.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

// One column of every kind, with checks the fast path re-implements and some it leaves to zod.
const mixedColumns = {
  id: z.string(),
  count: z.int().min(0).max(1000),
  ratio: z.number().gt(-1).lt(1).nullable(),
  at: clockTime().optional(),
  day: calendarDate().nullable(),
  mode: z.enum(['bus', 'tram']).optional(),
  flag: z.boolean().optional(),
  label: z.string().min(2).optional(), // string check: zod decides
  even: z
    .int()
    .refine((n) => n % 2 === 0)
    .optional(), // refinement: zod decides
  fr: decimal({ decimalSeparator: ',' }).optional(),
  level: z.int().default(3), // default: zod's output is stored
  big: z.number().optional(),
};
const Mixed = defineTable({ columns: mixedColumns });

// The same without the columns only zod can check: row objects then skip zod (validation 'auto').
const { label: _l, even: _e, level: _v, ...fastColumns } = mixedColumns;
const Simple = defineTable({ columns: fastColumns });

// Per column: texts the column accepts, then texts it rejects (hand-sorted from the schema).
const cells: Record<string, [string[], string[]]> = {
  id: [['a', 'B7', ' x ', '"q,uoted"', '"say ""hi"""'], ['']],
  count: [
    ['0', '7', '1000', ' 12 '],
    ['1001', '-1', '2.5', 'x', '', 'NA'],
  ],
  ratio: [
    ['0.5', '-0.99', 'secret', 'nd', '', '1e-3'],
    ['1', '-1', 'abc'],
  ],
  at: [
    ['08:00:00', '25:10:00', '4:30:00', ''],
    ['24:60:00', 'noon'],
  ],
  day: [
    ['20240229', '2024-01-31', '31/12/99', '01/02/2003', '', 's'],
    ['20230229', 'x'],
  ],
  mode: [['bus', 'tram', ''], ['metro']],
  flag: [['1', '0', 'true', 'no', ''], ['maybe']],
  label: [['ab', '', 'long label'], ['a']],
  even: [['2', '-4', '', '2.0'], ['3']],
  fr: [
    ['"3,5"', '"-1,25"', ''],
    ['3.5', '"1,2,3"'],
  ],
  level: [['1', ''], ['x']],
  big: [['3000000000', '-3000000000.5', '9007199254740993', '', '1e308'], ['1e309x']],
};
const keys = Object.keys(cells);

describe('columnar mode', () => {
  it('agrees with zod-validated row objects row for row, as row objects without zod do (property)', async () => {
    const cell = (key: string) =>
      fc.oneof(
        { arbitrary: fc.constantFrom(...cells[key]![0]), weight: 30 },
        { arbitrary: fc.constantFrom(...cells[key]![1]), weight: 1 },
      );
    const row = fc.tuple(...keys.map(cell));
    let kept = 0;
    let rejected = 0;
    let masked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), async (rows) => {
        const csv = `${keys.join(',')}\n${rows.map((r) => r.join(',')).join('\n')}\n`;
        for (const table of [Simple, Mixed] as const) {
          const reference = await readTable(utf8(csv), table, { validation: 'zod' });
          const auto = await readTable(utf8(csv), table);
          expect(auto.rows).toEqual(reference.rows);
          expect(auto.issues).toEqual(reference.issues);
          expect(auto.masks).toEqual(reference.masks);
          expect(auto.lines).toEqual(reference.lines);
          const columnar = await readColumns(utf8(csv), table);
          expect(columnar.lines).toEqual(reference.lines);
          expect([...columnar.rows()]).toEqual(reference.rows);
          expect(columnar.issues).toEqual(reference.issues);
          expect(columnar.account).toEqual(reference.account);
          // Dictionaries hold the strings of kept rows only (rejected rows are taken back).
          for (const [key, column] of Object.entries(columnar.columns) as [string, Column][]) {
            if (column.storage !== 'dictionary') continue;
            const kept = new Set(
              reference.rows.map((row) => (row as Record<string, unknown>)[key]),
            );
            expect(new Set(column.dictionary)).toEqual(
              new Set([...kept].filter((v) => typeof v === 'string')),
            );
          }
        }
        const objects = await readTable(utf8(csv), Mixed, { validation: 'zod' });
        const columns = await readColumns(utf8(csv), Mixed);
        kept += objects.account.rowsKept;
        rejected += objects.account.rowsRejected;
        masked += objects.masks.length;
        for (const mask of objects.masks) {
          const column = columns.columns[mask.field as keyof typeof columns.columns];
          expect(column.markerAt(mask.row)).toBe(mask.reason);
        }
      }),
      { numRuns: 300 },
    );
    // The generator must exercise both outcomes and masked cells, or the property says little.
    expect(kept).toBeGreaterThan(50);
    expect(rejected).toBeGreaterThan(50);
    expect(masked).toBeGreaterThan(50);
  });

  it('stores GTFS stop_times in typed arrays (Caltrain)', async () => {
    const StopTimes = defineTable({
      columns: {
        trip_id: z.string(),
        arrival_time: clockTime().optional(),
        stop_id: z.string(),
        stop_sequence: z.int().min(0),
      },
    });
    const zip = readFileSync(new URL('../test/fixtures/caltrain_20160406.zip', import.meta.url));
    const feed = await openArchive(new Uint8Array(zip));
    const table = await readColumns(feed.open('stop_times.txt'), StopTimes);
    expect(table.length).toBe(3103); // SOURCES.md
    expect(table.columns.arrival_time.data).toBeInstanceOf(Int32Array);
    expect(table.columns.trip_id.storage).toBe('dictionary');
    // SOURCES.md: 218 trips; the latest time is 25:39:00 = 92 340 s.
    expect(table.columns.trip_id.dictionary).toHaveLength(218);
    expect(Math.max(...table.columns.arrival_time.data)).toBe(25 * 3600 + 39 * 60);
  });

  it('widens an integer column to float64 past 32 bits', async () => {
    const T = defineTable({ columns: { n: z.int() } });
    const table = await readColumns(utf8('n\n1\n3000000000\n'), T);
    expect(table.columns.n.storage).toBe('float64');
    expect([...table.rows()]).toEqual([{ n: 1 }, { n: 3_000_000_000 }]);
  });
});
