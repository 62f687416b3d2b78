import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ATB_FOLDER, BROKEN_FOLDER, CAIRNS_ZIP, CALTRAIN_ZIP } from '../../test/fixtures.ts';
import { loadGtfs } from './load-gtfs.ts';

const accountsBalance = (feed: Awaited<ReturnType<typeof loadGtfs>>) =>
  feed.report.every(
    (file) =>
      !file.account || file.account.rowsRead === file.account.rowsKept + file.account.rowsRejected,
  );

describe('loadGtfs on caltrain-2016 (zip)', async () => {
  const feed = await loadGtfs(CALTRAIN_ZIP);

  it('keeps every row of every file', () => {
    // Row counts from ../shared/data/gtfs/SOURCES.md (checked there by three independent readers).
    const rows = Object.fromEntries(
      feed.report.filter((f) => f.account).map((f) => [f.file, f.account!.rowsKept]),
    );
    expect(rows).toEqual({
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
    });
    expect(feed.stopTimes.length).toBe(3103);
    expect(feed.shapes.length).toBe(3008);
    expect(accountsBalance(feed)).toBe(true);
    expect(feed.issueCounts.filter((c) => c.severity !== 'info')).toEqual([]);
  });

  it('gives the source line of each kept row, outside the JSON report', () => {
    // stops.txt has no quoted line breaks, so kept row i starts on line i + 2 (line 1 is the
    // header): `unzip -p caltrain_20160406.zip stops.txt | wc -l` gives 96 = 1 + 95 rows.
    const stops = feed.report.find((f) => f.file === 'stops.txt')!;
    expect(stops.lines).toHaveLength(95);
    expect([stops.lines![0], stops.lines![94]]).toEqual([2, 96]);
    const json = JSON.parse(JSON.stringify(feed.report)) as Record<string, unknown>[];
    expect(json.find((f) => f.file === 'stops.txt')).not.toHaveProperty('lines');
  });

  it('reads times past 24:00 and single-digit hours as seconds', () => {
    // SOURCES.md: latest time 25:39:00 = 25·3600 + 39·60 = 92 340 s (python3: max over
    // arrival_time of h*3600+m*60+s gives 92340). First row of stop_times.txt: `23a,7:33:00,…`.
    const arrival = feed.stopTimes.column('arrival_time')!;
    expect(Math.max(...arrival.data)).toBe(92_340);
    expect(feed.stopTimes.row(0)).toMatchObject({
      trip_id: '23a',
      arrival_time: 7 * 3600 + 33 * 60,
      stop_id: '777403',
      stop_sequence: 1,
      pickup_type: 0,
    });
  });

  it('keeps whitespace-only names and ISO dates', () => {
    // SOURCES.md: route_short_name is a single space; calendar.txt start_date 20160404.
    expect(feed.routes.map((r) => r.route_short_name)).toEqual([' ', ' ', ' ', ' ']);
    expect(feed.calendar[0]).toMatchObject({ start_date: '2016-04-04', end_date: '2019-03-31' });
  });
});

describe('loadGtfs on atb-region-nord (folder, ISO-8859-1 stops.txt)', async () => {
  const feed = await loadGtfs(ATB_FOLDER);

  it('decodes windows-1252 stop names and says so', () => {
    // python3: csv.DictReader(open('stops.txt', encoding='cp1252')) → stop 16242135 'Olsøya',
    // 16242167 'Hjørundhølen bru'; 964 names contain æ/ø/å.
    const byId = new Map(feed.stops.map((s) => [s.stop_id, s.stop_name]));
    expect(byId.get('16242135')).toBe('Olsøya');
    expect(byId.get('16242167')).toBe('Hjørundhølen bru');
    expect(feed.stops.filter((s) => /[æøåÆØÅ]/.test(s.stop_name ?? '')).length).toBe(964);
    const stopsFile = feed.report.find((f) => f.file === 'stops.txt')!;
    expect(stopsFile.account?.encoding).toBe('windows-1252');
    expect(feed.issues.some((i) => i.code === 'encoding_fallback' && i.file === 'stops.txt')).toBe(
      true,
    );
  });

  it('keeps IDs with leading zeros as strings', () => {
    // SOURCES.md: route_id 0301, service_id 0032, trip_id 03010001 (first row of trips.txt).
    expect(feed.trips[0]).toMatchObject({
      trip_id: '03010001',
      route_id: '0301',
      service_id: '0032',
    });
  });

  it('keeps unknown columns as text and reports them as info', () => {
    // Header of stops.txt holds stop_direction and vehicle_type, not in the GTFS reference.
    const stopsFile = feed.report.find((f) => f.file === 'stops.txt')!;
    expect(stopsFile.extraColumns).toEqual(['stop_direction', 'vehicle_type']);
    const unknown = feed.issues.filter((i) => i.code === 'unknown_column');
    expect(unknown.every((i) => i.severity === 'info')).toBe(true);
    expect(unknown.map((i) => `${i.file}:${i.field}`)).toContain('trips.txt:trip_bikes_allowed');
    // The extra columns of this feed are empty in every row (awk -F, 'NR>1 && $8!=""'
    // stop_times.txt prints nothing): the columns exist, each cell flagged empty. Values of
    // extra columns are checked on the hand-made broken feed below.
    expect(feed.stopTimes.column('route_short_name')?.state?.every((s) => s === 1)).toBe(true);
    // SOURCES.md rows: stop_times 26,890, stops 3,693, trips 1,098, calendar_dates 333.
    expect([feed.stopTimes.length, feed.stops.length, feed.trips.length]).toEqual([
      26_890, 3_693, 1_098,
    ]);
    expect(feed.calendarDates.length).toBe(333);
    expect(accountsBalance(feed)).toBe(true);
  });
});

describe('loadGtfs on cairns (bytes, empty non-timepoint times)', async () => {
  const feed = await loadGtfs(new Uint8Array(await readFile(CAIRNS_ZIP)));

  it('keeps calls without times, flagged empty', () => {
    // SOURCES.md: 65 stop_times rows have empty arrival_time and departure_time.
    const arrival = feed.stopTimes.column('arrival_time')!;
    let empty = 0;
    for (let i = 0; i < feed.stopTimes.length; i++) if (arrival.state?.[i] === 1) empty++;
    expect(empty).toBe(65);
    expect(feed.stopTimes.length).toBe(37_790);
    expect(feed.agency[0]?.agency_id).toBeUndefined();
  });
});

describe('loadGtfs on a broken hand-made feed', async () => {
  const feed = await loadGtfs(BROKEN_FOLDER);
  const codes = (file: string) =>
    feed.issues.filter((i) => i.file === file && i.severity === 'error').map((i) => i.code);

  it('rejects bad rows with issues and counts them', () => {
    // stops.txt: S2 has stop_lat 95 (> 90); stop_times.txt: `8:6:00` is not a time;
    // trips.txt: the second row has an empty trip_id.
    const account = (file: string) => feed.report.find((f) => f.file === file)!.account!;
    expect(account('stops.txt')).toMatchObject({ rowsRead: 3, rowsKept: 2, rowsRejected: 1 });
    expect(account('stop_times.txt')).toMatchObject({ rowsRead: 3, rowsKept: 2, rowsRejected: 1 });
    expect(account('trips.txt')).toMatchObject({ rowsRead: 2, rowsKept: 1, rowsRejected: 1 });
    expect(codes('stop_times.txt')).toEqual(['invalid_time']);
    expect(feed.issues.find((i) => i.file === 'stop_times.txt')).toMatchObject({
      line: 3,
      field: 'arrival_time',
      raw: '8:6:00',
    });
    expect(codes('trips.txt')).toEqual(['missing_value']);
  });

  it('reports missing files and keeps unknown ones', () => {
    const missing = feed.issues
      .filter((i) => i.code === 'missing_required_file')
      .map((i) => i.file);
    expect(missing).toEqual(['routes.txt']);
    expect(feed.issues.some((i) => i.code === 'missing_calendar_and_calendar_date_files')).toBe(
      true,
    );
    expect(feed.unknownFiles.map((f) => f.file)).toEqual(['notes.md']);
    expect(new TextDecoder().decode(feed.unknownFiles[0]!.bytes)).toBe(
      'Notes of the person who made this feed.\n',
    );
    expect(feed.stops.map((s) => (s as Record<string, unknown>).platform_colour)).toEqual([
      'red',
      'green',
    ]);
  });
});
