// Every real GTFS feed of ../shared/data/gtfs read through the core API: every file, every row.
// Expected counts and quirks come from ../shared/data/gtfs/SOURCES.md (three independent readers
// agree on them: Python csv, node-gtfs and gtfs-utils).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineTable, openArchive, readColumns, readTable } from '../src/index.js';

const data = process.env.DATACITES_SHARED_DATA!;
const StopTimeIds = defineTable({ columns: { trip_id: z.string(), stop_sequence: z.int() } });

const feeds = [
  {
    name: 'caltrain-2016',
    path: 'caltrain-2016/caltrain_20160406.zip',
    stopTimes: 3103,
    stops: 95,
  },
  { name: 'cairns', path: 'cairns/cairns_gtfs.zip', stopTimes: 37_790, stops: 416 },
  { name: 'cdmx', path: 'cdmx/cdmx.zip', stopTimes: 70_714, stops: 6021 },
  { name: 'ctran-flex', path: 'ctran-flex/ctran-flex.zip', stopTimes: 2778, stops: 293 },
  { name: 'wmata', path: 'wmata/wmata.zip', stopTimes: 352_668, stops: 2175 },
  { name: 'atb-region-nord', path: 'atb-region-nord', stopTimes: 26_890, stops: 3693 },
];

describe.each(feeds)('GTFS feed $name', ({ path, stopTimes, stops }) => {
  it('reads every file without an error and with the row counts of SOURCES.md', async () => {
    const feed = await openArchive(join(data, 'gtfs', path));
    const counts: Record<string, number> = {};
    for (const entry of feed.entries.filter((e) => e.name.endsWith('.txt'))) {
      const { account, issues } = await readTable(feed.open(entry));
      expect(
        issues.filter((i) => i.severity === 'error'),
        entry.path,
      ).toEqual([]);
      expect(account.rowsRead).toBe(account.rowsKept + account.rowsRejected);
      counts[entry.name] = account.rowsRead;
    }
    expect(counts['stop_times.txt']).toBe(stopTimes);
    expect(counts['stops.txt']).toBe(stops);
  });
});

describe('feed quirks', () => {
  it('cdmx: BOM on agency.txt, a stray desktop.ini', async () => {
    const feed = await openArchive(join(data, 'gtfs/cdmx/cdmx.zip'));
    expect(feed.find('desktop.ini')?.size).toBe(144);
    const agency = await readTable(feed.open('agency.txt'));
    expect(agency.header[0]).toBe('agency_id');
    expect(agency.account.rowsRead).toBe(8);
  });

  it('atb-region-nord: stops.txt in ISO-8859-1 is read with a fallback warning', async () => {
    const feed = await openArchive(join(data, 'gtfs/atb-region-nord'));
    const stopsFile = await readTable(feed.open('stops.txt'));
    expect(stopsFile.account.encoding).toBe('windows-1252');
    expect(stopsFile.issues.map((i) => i.code)).toContain('encoding_fallback');
    const routes = await readTable(feed.open('routes.txt'));
    expect(routes.account.encoding).toBe('utf-8');
    // Leading zeros of ids are kept (SOURCES.md: route_id 0301).
    expect(routes.rows.some((r) => r.route_id === '0301')).toBe(true);
  });
});

describe('source lines of rows on a real feed', () => {
  it('gives WMATA stop_times rows the lines 2…352,669 (one line per record)', async () => {
    // Independent: `unzip -p wmata.zip stop_times.txt | grep -c '"'` prints 0 (no quoted field,
    // so no record spans two lines), `| grep -c '^$'` prints 0 (no blank line) and
    // `| awk 'END{print NR}'` prints 352669 (the header and 352,668 rows): row i is on line i + 2.
    const feed = await openArchive(join(data, 'gtfs/wmata/wmata.zip'));
    const { lines, length } = await readColumns(feed.open('stop_times.txt'), StopTimeIds);
    expect(length).toBe(352_668);
    let mismatches = 0;
    for (let i = 0; i < length; i++) if (lines[i] !== i + 2) mismatches++;
    expect(mismatches).toBe(0);
  });
});
