import { describe, expect, it } from 'vitest';
import { CALTRAIN_ZIP, FREQUENCIES_FOLDER } from '../../test/fixtures.ts';
import { serviceDates } from '../calendar.ts';
import { loadGtfs } from '../load/load-gtfs.ts';
import { validateGtfs } from '../validate/validate-gtfs.ts';
import { subsetGtfs } from './subset-gtfs.ts';
import { writeGtfs } from './write-gtfs.ts';
import { crc32 } from './zip-writer.ts';

const kept = (feed: Awaited<ReturnType<typeof loadGtfs>>) =>
  Object.fromEntries(
    feed.report.filter((f) => f.account).map((f) => [f.file, f.account!.rowsKept]),
  );

describe('writeGtfs', () => {
  it('computes CRC-32 as zip does', () => {
    // The CRC-32 check value of "123456789" is 0xCBF43926 (IEEE 802.3 / ISO-HDLC catalogue).
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes a zip that loads back to the same rows and values', async () => {
    const feed = await loadGtfs(CALTRAIN_ZIP);
    const again = await loadGtfs(await writeGtfs(feed));
    expect(kept(again)).toEqual(kept(feed));
    expect(again.issueCounts.filter((c) => c.severity !== 'info')).toEqual([]);
    // Whitespace-only names, times past 24:00 and ISO dates survive the round trip.
    expect(again.routes.map((r) => r.route_short_name)).toEqual(
      feed.routes.map((r) => r.route_short_name),
    );
    expect([...again.stopTimes.rows()]).toEqual([...feed.stopTimes.rows()]);
    expect(again.calendar).toEqual(feed.calendar);
    expect([...again.shapes.rows()].slice(0, 5)).toEqual([...feed.shapes.rows()].slice(0, 5));
  });
});

describe('subsetGtfs', () => {
  it('keeps one route with its stops, parents, shapes and fares', async () => {
    const feed = await loadGtfs(CALTRAIN_ZIP);
    const part = await loadGtfs(await writeGtfs(subsetGtfs(feed, { routeIds: ['Lo-16APR'] })));
    // python3 over the unzipped feed: route Lo-16APR has 88 trips and 2,070 stop_times calling
    // at 57 stops whose 31 parent stations are added; 5 shapes with 2,121 points; fare_rules
    // with route_id '' or Lo-16APR: 36 rows, 6 fare_ids.
    expect(kept(part)).toMatchObject({
      'trips.txt': 88,
      'stop_times.txt': 2070,
      'stops.txt': 57 + 31,
      'routes.txt': 1,
      'shapes.txt': 2121,
      'fare_rules.txt': 36,
      'fare_attributes.txt': 6,
    });
    expect(validateGtfs(part, { today: '2016-04-06' }).errors).toBe(0);
  });

  it('clips services to a date range', async () => {
    const feed = await loadGtfs(CALTRAIN_ZIP);
    const part = await loadGtfs(
      await writeGtfs(subsetGtfs(feed, { dates: ['2016-05-28', '2016-05-30'] })),
    );
    // 28 May 2016 is a Saturday, 29 a Sunday, 30 Memorial Day (weekday service removed, Sunday
    // service added by calendar_dates.txt): Saturday (65 trips) and Sunday (61) services only.
    expect(part.trips).toHaveLength(65 + 61);
    expect(part.calendarDates).toEqual([
      { service_id: 'CT-16APR-Caltrain-Sunday-02', date: '2016-05-30', exception_type: 1 },
    ]);
    expect(serviceDates(part)).toMatchObject({
      activeStart: '2016-05-28',
      activeEnd: '2016-05-30',
      activeDays: 3,
    });
  });

  it('keeps trips calling inside a bounding box', async () => {
    const feed = await loadGtfs(FREQUENCIES_FOLDER);
    // Only S3 (48.02 °N) is inside; T1, T2 and T3 call there, T4 (S1 → S3) too: all four trips.
    // A box around S1 alone (48.0 °N) also keeps all; a box with no stop keeps none.
    expect(subsetGtfs(feed, { bbox: [1.9, 48.015, 2.1, 48.03] }).trips).toHaveLength(4);
    const none = subsetGtfs(feed, { bbox: [3, 49, 3.1, 49.1] });
    expect([none.trips.length, none.stopTimes.length, none.stops.length]).toEqual([0, 0, 0]);
  });
});
