import { describe, expect, it } from 'vitest';
import { CALTRAIN_ZIP } from '../test/fixtures.ts';
import { routesToGeoJSON, serviceDates, stopStats } from './index.ts';
import { loadGtfs } from './load/load-gtfs.ts';

describe('README example', () => {
  it('runs on the Caltrain fixture', async () => {
    const feed = await loadGtfs(CALTRAIN_ZIP);
    const rejected = feed.report.reduce((sum, f) => sum + (f.account?.rowsRejected ?? 0), 0);
    const { activeStart, activeEnd, busiestDate } = serviceDates(feed);
    // SOURCES.md: active range 2014-03-23 to 2019-03-31; the 92-trip weekday service starts
    // on Monday 2016-04-04 (Saturday 65 trips, Sunday 61: python3 Counter over trips.service_id).
    expect([rejected, activeStart, activeEnd, busiestDate]).toEqual([
      0,
      '2014-03-23',
      '2019-03-31',
      '2016-04-04',
    ]);
    const stats = stopStats(feed, busiestDate!, { headwayStart: '07:00', headwayEnd: '19:00' });
    const top = stats.toSorted((a, b) => b.numDepartures - a.numDepartures)[0]!;
    // Each weekday train stops at most once per platform: no platform exceeds 46 departures
    // (stopstats.py: 70012 and 70021 have 46).
    expect(top.numDepartures).toBe(46);
    const map = routesToGeoJSON(feed);
    expect(map.features.map((f) => f.geometry.type)).toEqual(Array(4).fill('MultiLineString'));
  });
});
