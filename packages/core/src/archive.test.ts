import { readFileSync } from 'node:fs';
import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { platform } from '#platform';
import { openArchive } from './archive.js';
import { DataError } from './issues.js';
import { readTable } from './read-table.js';
import { readBytes } from './source.js';
import { defineTable } from './table.js';

const caltrainPath = new URL('../test/fixtures/caltrain_20160406.zip', import.meta.url).pathname;

describe('openArchive on a real GTFS zip', () => {
  it('lists the Caltrain feed and reads every file with the row counts of SOURCES.md', async () => {
    const feed = await openArchive(caltrainPath);
    expect(feed.entries.map((e) => e.name)).toEqual([
      'agency.txt',
      'calendar.txt',
      'calendar_dates.txt',
      'fare_attributes.txt',
      'fare_rules.txt',
      'routes.txt',
      'shapes.txt',
      'stop_times.txt',
      'stops.txt',
      'trips.txt',
    ]);
    // Row counts from ../shared/data/gtfs/SOURCES.md (Python csv, node-gtfs and gtfs-utils agree).
    const expected: Record<string, number> = {
      'agency.txt': 1,
      'calendar.txt': 3,
      'calendar_dates.txt': 8,
      'fare_attributes.txt': 6,
      'fare_rules.txt': 144,
      'routes.txt': 4,
      'shapes.txt': 3008,
      'stop_times.txt': 3103,
      'stops.txt': 95,
      'trips.txt': 218,
    };
    let unzipped = 0;
    for (const entry of feed.entries) {
      const { account, issues } = await readTable(feed.open(entry));
      expect(account.rowsRead, entry.name).toBe(expected[entry.name]);
      expect(account.rowsKept).toBe(account.rowsRead);
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      unzipped += account.bytesRead;
    }
    // SOURCES.md: 322,849 bytes unzipped.
    expect(unzipped).toBe(322_849);
  });

  it('inflates natively, and with fflate (same bytes) when the host has no native inflater', async () => {
    const read = async () => {
      const feed = await openArchive(caltrainPath);
      return Promise.all(feed.entries.map((entry) => readBytes(feed.open(entry))));
    };
    const native = vi.spyOn(platform, 'inflateRaw');
    const inflatedNatively = await read();
    expect(native).toHaveBeenCalled();
    expect(native.mock.results.every((result) => result.value !== undefined)).toBe(true);
    native.mockReturnValue(undefined);
    const inflatedByFflate = await read();
    expect(inflatedByFflate).toEqual(inflatedNatively);
    // SOURCES.md: 322,849 bytes unzipped.
    expect(inflatedByFflate.reduce((sum, bytes) => sum + bytes.byteLength, 0)).toBe(322_849);
    native.mockRestore();
  });

  it('loads the same zip from bytes, a Blob and a stream', async () => {
    const bytes = new Uint8Array(readFileSync(caltrainPath));
    const stream = new Blob([bytes]).stream();
    for (const source of [bytes, new Blob([bytes]), stream]) {
      const feed = await openArchive(source);
      const { account } = await readTable(feed.open('stops.txt'));
      expect(account.rowsRead).toBe(95);
    }
  });
});

describe('openArchive layouts', () => {
  it('finds files of a feed zipped inside one sub-folder, beside stray files', async () => {
    const zip = zipSync({
      'feed/stops.txt': strToU8('stop_id,stop_name\nA,Alpha\n'),
      'feed/desktop.ini': strToU8('[.ShellClassInfo]\n'),
    });
    const feed = await openArchive(zip);
    expect(feed.find('stops.txt')?.path).toBe('feed/stops.txt');
    expect(feed.find('STOPS.TXT')?.path).toBe('feed/stops.txt');
    expect(feed.issues.map((i) => i.code)).toEqual(['nested_folder']);
    const { rows } = await readTable(feed.open('stops.txt'));
    expect(rows.map((r) => ({ ...r }))).toEqual([{ stop_id: 'A', stop_name: 'Alpha' }]);
  });

  it('opens gzip files, and folders in Node', async () => {
    const gz = gzipSync(strToU8('a;b\n1;2\n'));
    const archive = await openArchive(new File([gz], 'values.csv.gz'));
    expect(archive.entries.map((e) => e.name)).toEqual(['values.csv']);
    expect(new TextDecoder().decode(await archive.bytes('values.csv'))).toBe('a;b\n1;2\n');
    const folder = await openArchive(new URL('../test/fixtures', import.meta.url).pathname);
    expect(folder.find('ore-excerpt.csv')?.size).toBe(
      readFileSync(new URL('../test/fixtures/ore-excerpt.csv', import.meta.url)).byteLength,
    );
  });

  it('reads gzip-compressed tables directly', async () => {
    const gz = gzipSync(strToU8('a;b\n1;2\n3;4\n'));
    const { rows, account } = await readTable(gz);
    expect(rows.length).toBe(2);
    expect(account.bytesRead).toBe(12);
  });
});

describe('limits against hostile archives', () => {
  it('stops a zip bomb by its compression ratio', async () => {
    // 16 MiB of zeros deflate about 1000:1, far above the limit of 50.
    const bomb = zipSync({ 'stop_times.txt': new Uint8Array(16 << 20) }, { level: 9 });
    const feed = await openArchive(bomb, { limits: { maxRatio: 50 } });
    const error = await readBytes(feed.open('stop_times.txt')).catch((e: unknown) => e);
    expect(DataError.isInstance(error)).toBe(true);
    expect((error as DataError).issues[0]).toMatchObject({
      code: 'archive_limit',
      file: 'stop_times.txt',
      message: 'Compression ratio above 50: a zip bomb?',
    });
  });

  it('stops an archive larger than the total allowed, and too many entries', async () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(3000), 'b.txt': new Uint8Array(3000) });
    const total = await openArchive(zip, { limits: { maxTotalBytes: 5000 } }).catch((e) => e);
    expect((total as DataError).issues[0]?.code).toBe('archive_limit');
    const many = zipSync(
      Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`${i}.txt`, strToU8('x')])),
    );
    const count = await openArchive(many, { limits: { maxEntries: 10 } }).catch((e) => e);
    expect((count as DataError).message).toContain('Archive limit exceeded');
    expect((count as DataError).issues[0]?.message).toBe('20 entries, more than 10');
  });

  it('stops an entry that inflates past the size its header declares', async () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(100_000) });
    // Lower the uncompressed size in the central directory (offset 24 of the entry header).
    const view = new DataView(zip.buffer);
    let central = zip.length - 4;
    while (view.getUint32(central, true) !== 0x02014b50) central--;
    view.setUint32(central + 24, 10, true);
    const feed = await openArchive(zip);
    const error = await readBytes(feed.open('a.txt')).catch((e) => e);
    expect((error as DataError).issues[0]?.message).toBe(
      'Inflates past its declared size of 10 bytes',
    );
  });

  it('rejects bytes that are not a zip even if they start like one', async () => {
    const error = await openArchive(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])).catch((e) => e);
    expect((error as DataError).issues[0]?.code).toBe('invalid_zip');
  });
});

describe('archive entries as sources', () => {
  it('name themselves in issues and give their size to progress', async () => {
    const zip = zipSync({ 'feed/stops.txt': strToU8('stop_id,stop_lat\nA,x\n') });
    const feed = await openArchive(new File([zip], 'feed.zip'));
    const totals: (number | undefined)[] = [];
    const { issues } = await readTable(feed.open('stops.txt'), {
      onProgress: (p) => totals.push(p.totalBytes),
    });
    expect(totals.at(-1)).toBe(21); // 'stop_id,stop_lat\n' is 17 bytes, 'A,x\n' 4
    expect(issues).toEqual([]);
    const typed = await readTable(
      feed.open('stops.txt'),
      defineTable({ columns: { stop_lat: z.number() } }),
    );
    expect(typed.issues.at(-1)).toMatchObject({
      source: 'feed.zip',
      file: 'feed/stops.txt',
      line: 2,
      code: 'invalid_number',
    });
  });

  it('stops a gzip bomb read as a table', async () => {
    const bomb = gzipSync(new Uint8Array(16 << 20), { level: 9 });
    const error = await readTable(bomb, { limits: { maxRatio: 50 } }).catch((e: unknown) => e);
    expect((error as DataError).issues[0]).toMatchObject({
      code: 'archive_limit',
      message: 'Compression ratio above 50: a decompression bomb?',
    });
  });
});

describe('plain files', () => {
  it('opens a non-archive source as one entry that reads as a table (regression: bytes as chunks)', async () => {
    // Before the fix, `open` handed back the bytes as if they were chunks and reading threw
    // "chunks[Symbol.asyncIterator] is not a function" (reported by @datacites/gtfs).
    const text = 'stop_id,stop_name\nS1,Gare\nS2,Mairie\n';
    const archive = await openArchive(new TextEncoder().encode(text));
    expect(archive.entries).toHaveLength(1);
    const entry = archive.entries[0]!;
    const { rows, account } = await readTable(archive.open(entry));
    expect(rows.map((row) => ({ ...row }))).toEqual([
      { stop_id: 'S1', stop_name: 'Gare' },
      { stop_id: 'S2', stop_name: 'Mairie' },
    ]);
    expect(account.rowsRead).toBe(2);
    // Opened twice, the entry reads the same bytes again.
    expect(new TextDecoder().decode(await archive.bytes(entry))).toBe(text);
    expect(new TextDecoder().decode(await archive.bytes(entry))).toBe(text);
  });
});
