// Conformance run over the six real feeds of ../shared/data/gtfs (never part of `pnpm test`: three
// of them are GPL-sourced and may not be copied into the repository). Expected row counts,
// active ranges and quirks come from ../shared/data/gtfs/SOURCES.md (checked there by three
// independent readers); other figures from python3 over the unzipped files, quoted beside each.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  activeServiceIds,
  flexLocationsToGeoJSON,
  type GtfsFeed,
  loadGtfs,
  serviceDates,
  shapeLines,
  stopStats,
  tripsOn,
} from '../src/index.ts';

const DATA = join(process.env.DATACITES_SHARED_DATA ?? '', 'gtfs');

const kept = (feed: GtfsFeed) =>
  Object.fromEntries(
    feed.report.filter((f) => f.account).map((f) => [f.file, f.account!.rowsKept]),
  );
const balanced = (feed: GtfsFeed) =>
  feed.report.every(
    (f) => !f.account || f.account.rowsRead === f.account.rowsKept + f.account.rowsRejected,
  );
const errors = (feed: GtfsFeed) => feed.issueCounts.filter((c) => c.severity === 'error');

/** Values of a time column at or past 24:00:00, and the latest. */
function pastMidnight(feed: GtfsFeed): [number, number] {
  let count = 0;
  let latest = 0;
  for (const name of ['arrival_time', 'departure_time']) {
    const column = feed.stopTimes.column(name);
    if (!column) continue;
    for (let i = 0; i < feed.stopTimes.length; i++) {
      if (column.state && column.state[i] !== 0) continue;
      const value = column.data[i]!;
      if (value >= 86_400) count++;
      latest = Math.max(latest, value);
    }
  }
  return [count, latest];
}

describe('caltrain-2016', async () => {
  const feed = await loadGtfs(join(DATA, 'caltrain-2016/caltrain_20160406.zip'));
  it('loads every row', () => {
    expect(kept(feed)).toEqual({
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
    expect(balanced(feed)).toBe(true);
    expect(errors(feed)).toEqual([]);
    // SOURCES.md: 104 values past 24:00:00, the latest 25:39:00.
    expect(pastMidnight(feed)).toEqual([104, 25 * 3600 + 39 * 60]);
    expect(serviceDates(feed)).toMatchObject({
      activeStart: '2014-03-23',
      activeEnd: '2019-03-31',
      activeDays: 1305,
    });
  });
});

describe('cairns', async () => {
  const feed = await loadGtfs(join(DATA, 'cairns/cairns_gtfs.zip'));
  it('loads every row, keeps untimed calls, reads times up to 29:39:00', () => {
    expect(kept(feed)).toEqual({
      'agency.txt': 1,
      'calendar.txt': 4,
      'calendar_dates.txt': 9,
      'routes.txt': 22,
      'shapes.txt': 22_784,
      'stop_times.txt': 37_790,
      'stops.txt': 416,
      'trips.txt': 1339,
    });
    expect(balanced(feed)).toBe(true);
    expect(errors(feed)).toEqual([]);
    // SOURCES.md: 2,810 values past 24:00:00, the latest 29:39:00.
    expect(pastMidnight(feed)).toEqual([2810, 29 * 3600 + 39 * 60]);
    expect(serviceDates(feed)).toMatchObject({
      activeStart: '2014-05-26',
      activeEnd: '2014-12-28',
      activeDays: 217,
    });
    // SOURCES.md: every shape's shape_pt_sequence starts at 10001; the lines still have all points.
    let points = 0;
    for (const line of shapeLines(feed).values()) points += line.coordinates.length;
    expect(points).toBe(22_784);
  });
});

describe('cdmx (frequencies only)', async () => {
  const feed = await loadGtfs(join(DATA, 'cdmx/cdmx.zip'));
  it('loads every row and keeps the stray desktop.ini', () => {
    expect(kept(feed)).toEqual({
      'agency.txt': 8,
      'calendar.txt': 99,
      'frequencies.txt': 1741,
      'routes.txt': 145,
      'shapes.txt': 29_148,
      'stop_times.txt': 70_714,
      'stops.txt': 6021,
      'trips.txt': 1741,
    });
    expect(balanced(feed)).toBe(true);
    expect(errors(feed)).toEqual([]);
    expect(feed.unknownFiles.map((f) => [f.file, f.bytes.byteLength])).toEqual([
      ['desktop.ini', 144],
    ]);
    // UTF-8 BOM on agency.txt: the first column is still agency_id.
    expect(feed.agency.every((a) => a.agency_id !== undefined)).toBe(true);
    expect(serviceDates(feed)).toMatchObject({
      activeStart: '2018-01-01',
      activeEnd: '2019-12-31',
      activeDays: 730,
    });
  });

  it('counts frequency runs, not templates', () => {
    // python3: trips active on 20180101 (Monday) = 691; runs = Σ ceil((end − start) / headway)
    // over their frequencies.txt rows = 40,538; calls = Σ runs × stop_times of the trip =
    // 1,355,585 (the 26,730 template calls alone would be 50× too few); stop 132131: 252 calls;
    // busiest date over 2018–2019: 2018-01-01 with 40,538 runs.
    expect(tripsOn(feed, '2018-01-01')).toHaveLength(691);
    expect(serviceDates(feed)).toMatchObject({
      busiestDate: '2018-01-01',
      busiestDateTrips: 40_538,
    });
    const stats = stopStats(feed, '2018-01-01');
    expect(stats.reduce((sum, s) => sum + s.numStopTimes, 0)).toBe(1_355_585);
    expect(stats).toHaveLength(6021);
    expect(stats.find((s) => s.stopId === '132131')?.numStopTimes).toBe(252);
  });
});

describe('ctran-flex (GTFS-Flex v2, Fares v2)', async () => {
  const feed = await loadGtfs(join(DATA, 'ctran-flex/ctran-flex.zip'));
  it('loads every row, Flex stop_times without stop_id included', () => {
    expect(kept(feed)).toEqual({
      'agency.txt': 1,
      'booking_rules.txt': 128,
      'calendar.txt': 18,
      'calendar_dates.txt': 27,
      'fare_leg_rules.txt': 3,
      'fare_media.txt': 5,
      'fare_products.txt': 14,
      'fare_transfer_rules.txt': 1,
      'feed_info.txt': 1,
      'location_group_stops.txt': 293,
      'location_groups.txt': 10,
      'rider_categories.txt': 3,
      'routes.txt': 6,
      'stop_times.txt': 2778,
      'stops.txt': 293,
      'trips.txt': 1389,
    });
    expect(balanced(feed)).toBe(true);
    expect(errors(feed)).toEqual([]);
    // SOURCES.md: 1,598 rows use location_group_id and 1,180 location_id; none has stop_id.
    let groups = 0;
    let locations = 0;
    for (const row of feed.stopTimes.rows()) {
      if (row.location_group_id !== undefined) groups++;
      if (row.location_id !== undefined) locations++;
      expect(row.stop_id).toBeUndefined();
    }
    expect([groups, locations]).toEqual([1598, 1180]);
  });

  it('reads locations.geojson and draws location groups', () => {
    // SOURCES.md: a FeatureCollection of 8 Polygon features; location_groups.txt has 10 rows.
    expect(feed.locations?.features.map((f) => f.geometry.type)).toEqual(Array(8).fill('Polygon'));
    const zones = flexLocationsToGeoJSON(feed).features;
    expect(zones.length).toBe(8 + 10);
  });

  it('finds the trips that never run and the active range', () => {
    // SOURCES.md: active range 2025-10-01 to 2045-12-31 (7,397 days); 1,105 of 1,389 trips never run.
    const dates = serviceDates(feed);
    expect(dates).toMatchObject({
      activeStart: '2025-10-01',
      activeEnd: '2045-12-31',
      activeDays: 7397,
    });
    const running = new Set<string>();
    const day = new Date(`${dates.activeStart}T00:00:00Z`);
    for (; day.toISOString().slice(0, 10) <= dates.activeEnd!; day.setUTCDate(day.getUTCDate() + 1))
      for (const id of activeServiceIds(feed, day.toISOString().slice(0, 10))) running.add(id);
    expect(feed.trips.filter((t) => !running.has(t.service_id))).toHaveLength(1105);
  });
});

describe('wmata (352k stop_times, calendar_dates only, pathways)', async () => {
  const feed = await loadGtfs(join(DATA, 'wmata/wmata.zip'));
  it('loads every row and keeps the extra columns', () => {
    expect(kept(feed)).toEqual({
      'agency.txt': 1,
      'calendar_dates.txt': 82,
      'feed_info.txt': 1,
      'levels.txt': 277,
      'pathways.txt': 2963,
      'routes.txt': 7,
      'shapes.txt': 173_485,
      'stop_times.txt': 352_668,
      'stops.txt': 2175,
      'trips.txt': 16_514,
    });
    expect(balanced(feed)).toBe(true);
    expect(errors(feed)).toEqual([]);
    const extra = Object.fromEntries(feed.report.map((f) => [f.file, f.extraColumns]));
    // SOURCES.md: routes.txt has as_route (network_id is a Fares v2 column), trips.txt has
    // scheduled_trip_id and train_id.
    expect(extra['routes.txt']).toEqual(['as_route']);
    expect(extra['trips.txt']).toEqual(['scheduled_trip_id', 'train_id']);
  });

  it('reads stations, times and shapes', () => {
    // SOURCES.md: location_type 0/1/2/3 = 125/98/239/1,713; 31,745 values past 24:00:00, the
    // latest 27:12:00; RRED_1 is 51.57 km long by haversine.
    const types = [0, 1, 2, 3].map((t) => feed.stops.filter((s) => s.location_type === t).length);
    expect(types).toEqual([125, 98, 239, 1713]);
    expect(pastMidnight(feed)).toEqual([31_745, 27 * 3600 + 12 * 60]);
    expect(shapeLines(feed).get('RRED_1')?.lengthKm).toBeCloseTo(51.57, 2);
  });

  it('gives the active range, busiest date and stop statistics', () => {
    // SOURCES.md: active range 2026-04-29 to 2026-09-06 (78 days), feed_info claims 20260429 to
    // 20260508. python3 (Σ trips per date of exception_type 1 rows): busiest 2026-05-09, 2,003
    // trips; stopstats.py wmata 2026-05-09 PF_A01_1 → 180 calls, 180 departures, first 23,580,
    // last 93,960, headways 6/6/6 min.
    expect(serviceDates(feed)).toMatchObject({
      activeStart: '2026-04-29',
      activeEnd: '2026-09-06',
      activeDays: 78,
      busiestDate: '2026-05-09',
      busiestDateTrips: 2003,
      feedStart: '2026-04-29',
      feedEnd: '2026-05-08',
    });
    const [stat] = stopStats(feed, '2026-05-09', { stopIds: ['PF_A01_1'] });
    expect(stat).toMatchObject({
      numStopTimes: 180,
      numDepartures: 180,
      numTrips: 180,
      numRoutes: 1,
      firstTime: 23_580,
      lastTime: 93_960,
      minHeadway: 6,
      maxHeadway: 6,
      meanHeadway: 6,
    });
  });
});

describe('atb-region-nord (folder)', async () => {
  const feed = await loadGtfs(join(DATA, 'atb-region-nord'));
  it('loads every row and decodes ISO-8859-1 names', () => {
    expect(kept(feed)).toEqual({
      'agency.txt': 1,
      'calendar_dates.txt': 333,
      'routes.txt': 181,
      'stop_times.txt': 26_890,
      'stops.txt': 3693,
      'trips.txt': 1098,
    });
    expect(balanced(feed)).toBe(true);
    expect(feed.stops.find((s) => s.stop_id === '16242135')?.stop_name).toBe('Olsøya');
    // SOURCES.md: 72 values past 24:00:00, the latest 24:55:00.
    expect(pastMidnight(feed)).toEqual([72, 24 * 3600 + 55 * 60]);
  });
});
