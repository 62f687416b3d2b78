import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readColumns } from './columnar.js';
import { calendarDate, decimal, masked } from './columns.js';
import { DataError } from './issues.js';
import { readTable, streamTable } from './read-table.js';
import { defineTable, pickColumns } from './table.js';
import { numberFormatFor } from './values.js';

const fixturePath = (name: string) => new URL(`../test/fixtures/${name}`, import.meta.url).pathname;
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('real files', () => {
  it('reads the ORE excerpt: `;`, CRLF, header typos and double spaces, NA codes', async () => {
    const Ore = defineTable({
      columns: {
        operator: z.string(),
        year: z.int(),
        department: masked(z.string().nullable(), ['NA']),
        tertiary: z.number(),
        residential: z.number(),
        total: z.number(),
      },
      aliases: {
        operator: ['Opérateur'],
        year: ['Année'],
        department: ['Code Département'],
        tertiary: ['Consommation Tertiaire (MWh)'],
        residential: ['Consommation Résidentiel (MWh)'],
        total: ['Consommation totale (MWh)'],
      },
    });
    const { rows, account, masks, issues } = await readTable(fixturePath('ore-excerpt.csv'), Ore);
    expect(account).toMatchObject({ rowsRead: 11, rowsKept: 11, rowsRejected: 0, delimiter: ';' });
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // Row 154 of the file (SOURCES.md: `NA` département in 15 rows) is the last of the excerpt.
    expect(rows[10]).toMatchObject({ operator: 'Enedis', year: 2012, department: null });
    expect(masks).toEqual([{ row: 10, field: 'department', reason: 'NA' }]);
    // Leading zeros of département codes are kept (read as text): the first row is in `01`? No:
    // codes are compared with the raw file by awk: `awk -F';' 'NR==2{print $24}'` gives the code.
    const raw = readFileSync(fixturePath('ore-excerpt.csv'), 'utf8').split('\r\n')[1]!.split(';');
    expect(rows[0]?.department).toBe(raw[23]);
    expect(rows[0]?.total).toBe(Number(raw[29]));
  });

  it('reads the Linky export: BOM, two metadata lines before the header, no final newline', async () => {
    const Curve = defineTable({
      columns: { at: z.iso.datetime({ offset: true }), watts: z.int().min(0) },
      aliases: { at: ['Horodate'], watts: ['Valeur'] },
    });
    const result = await readTable(fixturePath('linky-excerpt.csv'), Curve);
    expect(result.account).toMatchObject({ rowsRead: 20, rowsKept: 20, preambleLines: 2 });
    expect(result.preamble[0]?.[0]).toBe('Identifiant PRM');
    expect(result.preamble[1]?.[7]).toBe('W');
    // First data line of the file: 2022-07-29T00:30:00+02:00;330 (SOURCES.md shows it).
    expect(result.rows[0]).toEqual({ at: '2022-07-29T00:30:00+02:00', watts: 330 });
  });
});

describe('quirks of real files, hand-made', () => {
  it('reads an SDES-like file: two header rows, every field quoted, masked values', async () => {
    const text =
      '"index";"Nom";"Consommation (en MWh)";"Nombre de points"\n' +
      '"ID";"OPERATEUR";"CONSO";"PDL"\n' +
      '"0103C";"Oyonnax";"6249.5";"12"\n' +
      '"9516C";"Montedour";"secret";"secret"\n' +
      '"9517C";"Goussainville";"nd";"nd"\n';
    const Heat = defineTable({
      columns: { id: z.string(), conso: z.number().nullable(), pdl: z.int().nullable() },
      aliases: { id: ['ID'], conso: ['CONSO'], pdl: ['PDL'] },
    });
    const { rows, masks, account, preamble } = await readTable(utf8(text), Heat);
    expect(rows).toEqual([
      { id: '0103C', conso: 6249.5, pdl: 12 },
      { id: '9516C', conso: null, pdl: null },
      { id: '9517C', conso: null, pdl: null },
    ]);
    expect(masks.map((m) => `${m.row}:${m.field}:${m.reason}`)).toEqual([
      '1:conso:secret',
      '1:pdl:secret',
      '2:conso:nd',
      '2:pdl:nd',
    ]);
    expect(account.preambleLines).toBe(1);
    expect(preamble[0]?.[2]).toBe('Consommation (en MWh)');
  });

  it('reads an RTE-like "xls": latin-1 tabs, trailing tab, blank lines and a disclaimer', async () => {
    const text =
      'Périmètre\tDate\tHeures\tConsommation\n' +
      'France\t2025-01-01\t00:00\t63949\t\n' +
      'France\t2025-01-01\t00:15\t\t\n' +
      "RTE ne pourra être tenu responsable de l'usage des données.\n\n\n";
    const Mix = defineTable({
      columns: { date: calendarDate(), hour: z.string(), load: z.int().optional() },
      aliases: { date: ['Date'], hour: ['Heures'], load: ['Consommation'] },
    });
    const result = await readTable(latin1(text), Mix, { file: 'eCO2mix.xls' });
    expect(result.rows).toEqual([
      { date: '2025-01-01', hour: '00:00', load: 63949 },
      { date: '2025-01-01', hour: '00:15' },
    ]);
    expect(result.account).toMatchObject({
      rowsRead: 2,
      rowsKept: 2,
      footerLines: 1,
      blankLines: 2,
      encoding: 'windows-1252',
      delimiter: '\t',
    });
    expect(result.issueCounts.map((c) => c.code).sort()).toEqual([
      'encoding_fallback',
      'extra_column',
      'footer_line',
      'trailing_delimiter',
    ]);
    expect(result.issues.find((i) => i.code === 'footer_line')).toMatchObject({
      file: 'eCO2mix.xls',
      line: 4,
      severity: 'warning',
    });
  });

  it('flags two-digit years once per column, with the exact count (ODRÉ DD/MM/YY)', async () => {
    const T = defineTable({
      columns: { day: calendarDate('DD/MM/YY') },
      aliases: { day: ['Date'] },
    });
    const { rows, issues } = await readTable(utf8('Date\n01/01/16\n29/11/25\n31/12/99\n'), T);
    expect(rows.map((r) => r.day)).toEqual(['2016-01-01', '2025-11-29', '1999-12-31']);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'two_digit_year', line: 2, field: 'day', raw: '01/01/16' }),
    ]);
    expect(issues[0]?.message).toMatch(/^3 value\(s\) of day/);
  });

  it('takes the header line when told, and numbers as a locale writes them', async () => {
    const text = 'Export du 2024-01-01\nx;y\nnom;valeur\nA;1\u202f234,5\n';
    const T = defineTable({
      columns: { nom: z.string(), valeur: z.number() },
      number: numberFormatFor('fr-FR'),
    });
    const { rows, preamble } = await readTable(utf8(text), T, { headerLine: 3 });
    expect(rows).toEqual([{ nom: 'A', valeur: 1234.5 }]);
    expect(preamble).toEqual([['Export du 2024-01-01'], ['x', 'y']]);
  });

  it('fetches URLs (a data: URL here)', async () => {
    const url = new URL('data:text/csv,a%3Bb%0A1%3B2%0A');
    const { rows, account } = await readTable(url);
    expect(rows.map((r) => ({ ...r }))).toEqual([{ a: '1', b: '2' }]);
    expect(account.delimiter).toBe(';');
  });

  it('reads decimal commas from a column format', async () => {
    const Temp = defineTable({
      columns: { tmin: decimal({ decimalSeparator: ',' }) },
      aliases: { tmin: ['TMin (°C)'] },
    });
    const { rows } = await readTable(utf8('Date;TMin (°C)\n01/01/16;3,3\n02/01/16;-1,25\n'), Temp);
    expect(rows).toEqual([{ tmin: 3.3 }, { tmin: -1.25 }]);
  });
});

describe('headers', () => {
  it('keeps __proto__ and constructor harmless', async () => {
    const text = '__proto__,constructor,toString\n{"polluted":1},x,y\n';
    const { rows } = await readTable(utf8(text));
    expect(Object.getPrototypeOf(rows[0])).toBe(null);
    expect(Object.getOwnPropertyDescriptor(rows[0], '__proto__')?.value).toBe('{"polluted":1}');
    expect(rows[0]?.constructor).toBe('x');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const Safe = defineTable({ columns: { toString: z.string() } });
    const typed = await readTable(utf8(text), Safe);
    expect(typed.rows).toEqual([{ toString: 'y' }]);
    expect(Object.getPrototypeOf(typed.rows[0])).toBe(Object.prototype);
  });

  it('names empty headers, suffixes duplicates and trims whitespace', async () => {
    const { header, rows, issueCounts } = await readTable(utf8(' a ,b,,b\n1,2,3,4\n'));
    expect(header).toEqual(['a', 'b', 'column_3', 'b_2']);
    expect({ ...rows[0] }).toEqual({ a: '1', b: '2', column_3: '3', b_2: '4' });
    expect(issueCounts.map((c) => c.code)).toEqual(['empty_header', 'duplicate_header']);
  });

  it('matches aliases across dataset versions (SDES 2021 IRIS_CODE, 2023 IRIS)', async () => {
    const Iris = defineTable({
      columns: { iris: z.string() },
      aliases: { iris: ['IRIS_CODE', 'IRIS'] },
    });
    const v2021 = await readTable(utf8('ID;IRIS_CODE\n1;010310000\n'), Iris);
    const v2023 = await readTable(utf8('ID;IRIS\n1;010530103\n'), Iris);
    expect([v2021.rows, v2023.rows]).toEqual([[{ iris: '010310000' }], [{ iris: '010530103' }]]);
  });

  it('reports a missing required column and rejects every row for it', async () => {
    const T = defineTable({ columns: { a: z.string(), b: z.int() } });
    const { account, issueCounts } = await readTable(utf8('a,c\n1,2\n3,4\n'), T);
    expect(account).toMatchObject({ rowsRead: 2, rowsKept: 0, rowsRejected: 2 });
    expect(issueCounts).toContainEqual({ code: 'missing_column', severity: 'error', count: 1 });
    expect(issueCounts).toContainEqual({ code: 'missing_value', severity: 'error', count: 2 });
  });
});

describe('pickColumns', () => {
  const Full = defineTable({
    columns: { id: z.string(), count: z.int().min(0), name: z.string(), day: calendarDate() },
    aliases: { name: ['Libellé'] },
  });
  const Picked = pickColumns(Full, ['id', 'count']);
  // `day` is invalid in row 2 and `name` is empty in row 3: only picked columns are checked.
  const file = utf8(
    'id,count,Libellé,day,other\na,1,x,2024-01-02,o\nb,2,y,not a day,o\nc,3,,2024-01-03,o\nd,-1,z,2024-01-04,o\n',
  );

  it('reads and checks only the picked columns, in both decodings', async () => {
    for (const result of [
      await readTable(file, Picked),
      await readTable(file, Picked, { validation: 'zod' }),
    ]) {
      expect(result.rows).toEqual([
        { id: 'a', count: 1 },
        { id: 'b', count: 2 },
        { id: 'c', count: 3 },
      ]);
      expect(result.account).toMatchObject({ rowsRead: 4, rowsKept: 3, rowsRejected: 1 });
    }
    const columns = await readColumns(file, Picked);
    expect(Object.keys(columns.columns)).toEqual(['id', 'count']);
    expect([...columns.rows()]).toEqual((await readTable(file, Picked)).rows);
    // The full table rejects rows 2 (day), 3 (name) and 5 (count): the picked one row 5 only.
    expect((await readTable(file, Full)).account.rowsRejected).toBe(3);
  });

  it('knows the headers it skips (aliases too) and still reports unknown ones', async () => {
    const { issues } = await readTable(file, Picked);
    expect(issues.filter((issue) => issue.code === 'extra_column').map((i) => i.field)).toEqual([
      'other',
    ]);
    // A required column left out is not missing.
    const { issues: noDay } = await readTable(utf8('id,count\na,1\n'), Picked);
    expect(noDay.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('refuses a key the table does not have', () => {
    expect(() => pickColumns(Full, ['id', 'nope' as 'id'])).toThrow(/No column nope/);
  });
});

describe('issues and accounts', () => {
  const Stops = defineTable({
    columns: {
      stop_id: z.string(),
      stop_lat: z.number().min(-90).max(90),
      kind: z.enum(['0', '1']).optional(),
    },
  });

  it('rejects bad rows with an error issue each and accounts for every row', async () => {
    const text =
      'stop_id,stop_lat,kind\n' +
      'A,48.85,0\n' +
      'B,north,0\n' + // not a number
      'C,123,1\n' + // out of range (zod)
      ',1,1\n' + // required id empty
      'E,1,7\n' + // not in the enum
      'F,1,0,surplus\n' + // too many fields
      'G,2\n'; // too few fields: kind is optional
    const { rows, account, issues } = await readTable(utf8(text), Stops);
    expect(rows.map((r) => r.stop_id)).toEqual(['A', 'G']);
    expect(account).toMatchObject({ rowsRead: 7, rowsKept: 2, rowsRejected: 5 });
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.line, i.code, i.field])).toEqual([
      [3, 'invalid_number', 'stop_lat'],
      [4, 'invalid_value', 'stop_lat'],
      [5, 'missing_value', 'stop_id'],
      [6, 'invalid_value', 'kind'],
      [7, 'too_many_fields', undefined],
    ]);
    expect(errors[0]).toMatchObject({ column: 2, raw: 'north', file: 'bytes' });
    expect(issues.find((i) => i.code === 'too_few_fields')?.line).toBe(8);
  });

  it('throws one DataError listing every error in strict mode', async () => {
    const error = await readTable(utf8('stop_id,stop_lat\nA,x\nB,y\n'), Stops, {
      strict: true,
    }).catch((e: unknown) => e);
    expect(DataError.isInstance(error)).toBe(true);
    const errors = (error as DataError).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.line)).toEqual([2, 3]);
    expect((error as DataError).message).toContain('error bytes:3 [stop_lat] invalid_number');
  });

  it('keeps issue lists bounded on huge files, with exact counts', async () => {
    const text = `stop_id,stop_lat\n${'X,bad\n'.repeat(10_000)}`;
    const { issues, issueCounts, account } = await readTable(utf8(text), Stops, {
      maxIssuesPerCode: 5,
    });
    expect(issues.filter((i) => i.code === 'invalid_number')).toHaveLength(5);
    expect(issueCounts).toContainEqual({
      code: 'invalid_number',
      severity: 'error',
      count: 10_000,
    });
    expect(account.rowsRejected).toBe(10_000);
  });

  it('rejects the row of an unterminated quote', async () => {
    const { rows, account, issues } = await readTable(utf8('a,b\n1,2\n3,"open\n4,5\n'));
    expect(rows).toHaveLength(1);
    expect(account).toMatchObject({ rowsRead: 2, rowsRejected: 1 });
    expect(issues.at(-1)).toMatchObject({ code: 'unterminated_quote', line: 3, severity: 'error' });
  });

  it('skips a 100 MB field with an error and reads on, in bounded memory', async () => {
    async function* source() {
      yield utf8('id,text\n1,"');
      const mebibyte = new Uint8Array(1 << 20).fill(0x61);
      for (let k = 0; k < 100; k++) yield mebibyte;
      yield utf8('"\n2,short\n');
    }
    const { rows, account, issues } = await readTable(source());
    expect(rows.map((r) => ({ ...r }))).toEqual([{ id: '2', text: 'short' }]);
    expect(account).toMatchObject({ rowsRead: 2, rowsKept: 1, rowsRejected: 1 });
    expect(issues[0]).toMatchObject({ code: 'record_too_long', line: 2, severity: 'error' });
    expect(account.bytesRead).toBe(100 * 2 ** 20 + 21);
  });
});

describe('streaming and control', () => {
  const text = `id,value\n${Array.from({ length: 50_000 }, (_, i) => `${i},${i * 2}`).join('\n')}\n`;
  const Values = defineTable({ columns: { id: z.int(), value: z.int() } });

  it('streams rows in batches and reports progress', async () => {
    const progress: number[] = [];
    const stream = await streamTable(utf8(text), Values, {
      chunkSize: 64 * 1024,
      onProgress: (p) => progress.push(p.bytesRead),
    });
    let count = 0;
    let largest = 0;
    let sum = 0;
    for await (const batch of stream.batches()) {
      count += batch.length;
      largest = Math.max(largest, batch.length);
      for (const row of batch) sum += row.value;
    }
    expect(count).toBe(50_000);
    expect(sum).toBe(2 * ((49_999 * 50_000) / 2)); // 2 × (0 + … + 49 999)
    expect(largest).toBeLessThan(50_000);
    expect(progress.at(-1)).toBe(utf8(text).byteLength);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(stream.report().account.rowsKept).toBe(50_000);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const stream = await streamTable(utf8(text), Values, {
      signal: controller.signal,
      chunkSize: 4096,
    });
    let seen = 0;
    const run = (async () => {
      for await (const _ of stream) if (++seen === 10) controller.abort(new Error('enough'));
    })();
    await expect(run).rejects.toThrow('enough');
    expect(seen).toBeLessThan(50_000);
  });
});

describe('masked values', () => {
  it('recognises markers longer than 8 characters and markers starting with a digit', async () => {
    // Hand-made: `confidentiel` (12 characters) was compared only up to 8 characters before;
    // `999` starts like a number. Expected by reading the three lines: 12.5, masked, masked.
    const Counts = defineTable({
      columns: {
        id: z.string(),
        value: masked(z.number().nullable(), ['confidentiel', '999']),
      },
      number: { decimalSeparator: ',' },
    });
    const text = 'id;value\na;12,5\nb;confidentiel\nc;999\n';
    const { rows, masks } = await readTable(utf8(text), Counts);
    expect(rows).toEqual([
      { id: 'a', value: 12.5 },
      { id: 'b', value: null },
      { id: 'c', value: null },
    ]);
    expect(masks).toEqual([
      { row: 1, field: 'value', reason: 'confidentiel' },
      { row: 2, field: 'value', reason: '999' },
    ]);
  });
});

describe('string formats', () => {
  it('checks zod string formats such as z.email() in every mode (not only typeof string)', async () => {
    // Hand-made: line 3 is not an e-mail address (no `@`), so zod rejects it.
    const Contacts = defineTable({ columns: { name: z.string(), mail: z.email() } });
    const text = 'name,mail\nAda,ada@example.org\nBob,not-an-address\n';
    for (const validation of ['auto', 'zod'] as const) {
      const { rows, account, issues } = await readTable(utf8(text), Contacts, { validation });
      expect(rows).toEqual([{ name: 'Ada', mail: 'ada@example.org' }]);
      expect(account).toMatchObject({ rowsRead: 2, rowsKept: 1, rowsRejected: 1 });
      expect(issues).toMatchObject([{ code: 'invalid_value', line: 3, field: 'mail' }]);
    }
    const columns = await readColumns(utf8(text), Contacts);
    expect([...columns.rows()]).toEqual([{ name: 'Ada', mail: 'ada@example.org' }]);
    expect(columns.issues).toMatchObject([{ code: 'invalid_value', line: 3, field: 'mail' }]);
  });
});
