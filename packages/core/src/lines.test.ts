import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readColumns } from './columnar.js';
import { readTable, streamTable } from './read-table.js';
import { defineTable } from './table.js';

const fixturePath = (name: string) => new URL(`../test/fixtures/${name}`, import.meta.url).pathname;
const utf8 = (text: string) => new TextEncoder().encode(text);

// Expected lines computed independently with python3's csv module: the line where a record starts
// is 1 + `reader.line_num` after the previous record (`io.StringIO(data, newline='')`, so `\r`,
// `\n` and `\r\n` each end a physical line):
//   r = csv.reader(io.StringIO(data, newline='')); start = 1
//   for row in r: print(start, row); start = r.line_num + 1

describe('source line of each kept row', () => {
  it('points at line 2 for the record of the real stationnement-cyclable example (quoted line break)', async () => {
    // python3: [(1, header), (2, ['STSI01', …])]; the record spans lines 2–3.
    const Parking = defineTable({
      columns: { id_local: z.string(), coordonneesxy: z.string(), capacite: z.int() },
    });
    const path = fixturePath('stationnement-cyclable-exemple.csv');
    const rows = await readTable(path, Parking);
    expect(rows.rows).toEqual([
      { id_local: 'STSI01', coordonneesxy: '[5.7145295,45.191463]\n', capacite: 8 },
    ]);
    expect([...rows.lines]).toEqual([2]);
    const columns = await readColumns(path, Parking);
    expect([...columns.lines]).toEqual([2]);
  });

  // Hand-made: quoted CRLF, LF and a doubled quote before a line break, a blank CRLF line.
  const mixed = 'id,note\r\na,"x\r\ny"\nb,plain\r\n\r\nc,"one\ntwo\nthree"\nd,"q""\n"\n';
  // python3 over `mixed`: (2, a) (4, b) (5, blank) (6, c) (9, d)
  const expected = [2, 4, 6, 9];
  const Notes = defineTable({ columns: { id: z.string(), note: z.string() } });

  it('gives the first line of multi-line records in readTable, with and without a table', async () => {
    const typed = await readTable(utf8(mixed), Notes);
    expect(typed.rows.map((row) => row.id)).toEqual(['a', 'b', 'c', 'd']);
    expect([...typed.lines]).toEqual(expected);
    const strings = await readTable(utf8(mixed));
    expect([...strings.lines]).toEqual(expected);
  });

  it('skips rejected rows, keeping lines aligned with the kept rows (columnar and rows)', async () => {
    const Counts = defineTable({ columns: { id: z.string(), n: z.int() } });
    // Line 3 ("b,x") is rejected: not an integer. Kept: lines 2, 4 (quoted break), 6.
    const text = 'id,n\na,1\nb,x\n"c\nc",3\nd,4\n';
    const rows = await readTable(utf8(text), Counts);
    expect(rows.rows.map((row) => row.id)).toEqual(['a', 'c\nc', 'd']);
    expect([...rows.lines]).toEqual([2, 4, 6]);
    const columns = await readColumns(utf8(text), Counts);
    expect(columns.length).toBe(3);
    expect([...columns.lines]).toEqual([2, 4, 6]);
  });

  it('gives lines per batch and per row when streaming, across chunks', async () => {
    // 3000 records of two physical lines each: record k (0-based) starts at line 2 + 2k.
    const body = Array.from({ length: 3000 }, (_, k) => `r${k},"line\nbreak"`).join('\n');
    const bytes = utf8(`id,note\n${body}\n`);
    const chunks = async function* () {
      for (let at = 0; at < bytes.length; at += 4096) yield bytes.subarray(at, at + 4096);
    };
    const stream = await streamTable(chunks(), Notes);
    const seen: number[] = [];
    for await (const batch of stream.batches()) {
      expect(stream.lines.length).toBe(batch.length);
      for (let i = 0; i < batch.length; i++) {
        expect(stream.lines[i]).toBe(2 + 2 * Number(batch[i]!.id.slice(1)));
        seen.push(stream.lines[i]!);
      }
    }
    expect(seen.length).toBe(3000);
    const rows = await streamTable(utf8(mixed), Notes);
    const perRow: number[] = [];
    for await (const _ of rows) perRow.push(rows.line);
    expect(perRow).toEqual(expected);
  });

  it('counts metadata lines before the header (Linky export: data from line 4)', async () => {
    // SOURCES.md: two metadata lines, header on line 3, then one data row per line.
    const Curve = defineTable({
      columns: { at: z.string(), watts: z.int() },
      aliases: { at: ['Horodate'], watts: ['Valeur'] },
    });
    const result = await readColumns(fixturePath('linky-excerpt.csv'), Curve);
    expect([...result.lines]).toEqual(Array.from({ length: 20 }, (_, i) => 4 + i));
  });
});
