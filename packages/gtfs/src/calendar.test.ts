import { describe, expect, it } from 'vitest';
import { ATB_FOLDER, CAIRNS_ZIP, CALTRAIN_ZIP, FREQUENCIES_FOLDER } from '../test/fixtures.ts';
import { activeServiceIds, serviceDates, tripsOn } from './calendar.ts';
import { loadGtfs } from './load/load-gtfs.ts';

describe('calendar on caltrain-2016', async () => {
  const feed = await loadGtfs(CALTRAIN_ZIP);

  it('swaps weekday for Sunday service on the holidays of calendar_dates.txt', () => {
    // calendar_dates.txt: 20160530 removes Weekday-01 (type 2) and adds Sunday-02 (type 1).
    expect([...activeServiceIds(feed, '2016-05-30')]).toEqual(['CT-16APR-Caltrain-Sunday-02']);
    // 2016-04-06 is a Wednesday inside Weekday-01's range 20160404–20190331.
    expect([...activeServiceIds(feed, '2016-04-06')]).toEqual(['CT-16APR-Caltrain-Weekday-01']);
    // 2016-04-01 (a Friday) is before the weekday service starts: nothing runs.
    expect(activeServiceIds(feed, '2016-04-01').size).toBe(0);
  });

  it('lists the trips of a service date', () => {
    // python3 (trips.txt rows whose service_id is active on 20160406): 92 trips.
    expect(tripsOn(feed, '2016-04-06')).toHaveLength(92);
  });

  it('gives the declared and active ranges and active days', () => {
    // SOURCES.md: active range 2014-03-23 to 2019-03-31, 1,305 active days.
    expect(serviceDates(feed)).toMatchObject({
      declaredStart: '2014-03-23',
      declaredEnd: '2019-03-31',
      activeStart: '2014-03-23',
      activeEnd: '2019-03-31',
      activeDays: 1305,
      // The weekday service (92 trips, more than Saturday or Sunday) starts on Monday 2016-04-04.
      busiestDate: '2016-04-04',
      busiestDateTrips: 92,
    });
  });

  it('rejects a malformed date', () => {
    expect(() => activeServiceIds(feed, '2016-02-30')).toThrow(RangeError);
    expect(() => tripsOn(feed, '20160406')).toThrow(RangeError);
  });
});

describe('calendar on calendar_dates-only and weekly feeds', () => {
  it('atb-region-nord: active range from calendar_dates.txt only', async () => {
    // SOURCES.md: active range 2019-01-01 to 2019-02-01 (32 days), no calendar.txt.
    const dates = serviceDates(await loadGtfs(ATB_FOLDER));
    expect([dates.activeStart, dates.activeEnd, dates.activeDays]).toEqual([
      '2019-01-01',
      '2019-02-01',
      32,
    ]);
  });

  it('cairns: active range and active days', async () => {
    // SOURCES.md: active range 2014-05-26 to 2014-12-28 (217 days).
    const dates = serviceDates(await loadGtfs(CAIRNS_ZIP));
    expect([dates.activeStart, dates.activeEnd, dates.activeDays]).toEqual([
      '2014-05-26',
      '2014-12-28',
      217,
    ]);
  });

  it('counts frequency runs for the busiest date', async () => {
    // Hand-made feed: weekdays run T1 (6 + 2 runs), T2 (3 runs) and T3 (1) = 12; weekends run
    // T4 only. 2024-01-01 (a Monday) swaps weekday for weekend service. First weekday with the
    // weekday service: Tuesday 2024-01-02.
    const dates = serviceDates(await loadGtfs(FREQUENCIES_FOLDER));
    expect(dates).toMatchObject({ busiestDate: '2024-01-02', busiestDateTrips: 12 });
    // 2024 has 366 days, all active (weekday or weekend service each day).
    expect(dates.activeDays).toBe(366);
  });
});
