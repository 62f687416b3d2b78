import { describe, expect, it } from 'vitest';
import { CAIRNS_ZIP, CALTRAIN_ZIP, FREQUENCIES_FOLDER } from '../../test/fixtures.ts';
import { loadGtfs } from '../load/load-gtfs.ts';
import { stopStats } from './stop-stats.ts';

// Expected values of the real feeds come from an independent python3 script over the raw files
// (csv.DictReader; active services from calendar + calendar_dates; calls sorted by
// stop_sequence; departures = not the trip's last call and pickup_type != '1'; headways over
// departure (else arrival) times t with 07:00 <= t <= 19:00):
//   python3 stopstats.py <unzipped feed> <date> <stop_ids>
describe('stopStats on real feeds', () => {
  it('caltrain-2016 on Wednesday 2016-04-06', async () => {
    const stats = stopStats(await loadGtfs(CALTRAIN_ZIP), '2016-04-06', {
      stopIds: ['70011', '70012'],
    });
    // python3: 70011 {numStopTimes 46, numDepartures 0, numTrips 46, numRoutes 3, first 21780,
    // last 86640, no headway}; 70012 {46, 46, 46, 3, 17700, 86460, min 4, max 60, mean 20.6765}.
    expect(stats).toMatchObject([
      {
        stopId: '70011',
        numStopTimes: 46,
        numDepartures: 0,
        numTrips: 46,
        numRoutes: 3,
        firstTime: 21_780,
        lastTime: 86_640,
        meanHeadway: Number.NaN,
      },
      {
        stopId: '70012',
        numStopTimes: 46,
        numDepartures: 46,
        numTrips: 46,
        numRoutes: 3,
        firstTime: 17_700,
        lastTime: 86_460,
        minHeadway: 4,
        maxHeadway: 60,
      },
    ]);
    expect(stats[1]!.meanHeadway).toBeCloseTo(20.676470588235293, 10);
  });

  it('cairns on Friday 2014-05-30 (times past 24:00)', async () => {
    const [stat] = stopStats(await loadGtfs(CAIRNS_ZIP), '2014-05-30', { stopIds: ['750000'] });
    // python3: 750000 {34, 30, 34, 2, first 21000, last 100200 (27:50:00), min 23, max 34,
    // mean 29.863636…}.
    expect(stat).toMatchObject({
      numStopTimes: 34,
      numDepartures: 30,
      numTrips: 34,
      numRoutes: 2,
      firstTime: 21_000,
      lastTime: 100_200,
      minHeadway: 23,
      maxHeadway: 34,
    });
    expect(stat!.meanHeadway).toBeCloseTo(29.863636363636363, 10);
  });
});

describe('stopStats with frequencies (hand-made feed, Tuesday 2024-01-02)', async () => {
  const feed = await loadGtfs(FREQUENCIES_FOLDER);
  // Runs that day: T1 S1→S2→S3 (+0, +5, +10 min) at 06:00…06:50 and 07:00, 07:15 (8 runs);
  // T2 S3→S1 (+0, +20 min) at 23:30, 24:00, 24:30; T3 S3 08:10 → S2 08:12 (pickup_type 1) →
  // S1 08:15.
  const stats = stopStats(feed, '2024-01-02');

  it('counts every run, and boarding only where possible', () => {
    expect(
      stats.map((s) => [s.stopId, s.numStopTimes, s.numDepartures, s.numTrips, s.numRoutes]),
    ).toEqual([
      // S1: 8 T1 departures; T2 ×3 and T3 end there.
      ['S1', 12, 8, 12, 2],
      // S2: 8 T1 departures; T3 does not pick up.
      ['S2', 9, 8, 9, 1],
      // S3: T1 ×8 end there; T2 ×3 and T3 depart.
      ['S3', 12, 4, 12, 2],
    ]);
  });

  it('gives first and last times past midnight and headways of runs', () => {
    // S1: first 06:00 (21 600 s), last 24:30 + 20 min = 24:50 (89 400 s); departures in the
    // window: 07:00 and 07:15 → one 15-minute gap.
    expect(stats[0]).toMatchObject({
      firstTime: 21_600,
      lastTime: 89_400,
      minHeadway: 15,
      maxHeadway: 15,
      meanHeadway: 15,
    });
    // S3: last call 24:30 (88 200 s); one departure in the window (08:10) → no headway.
    expect(stats[2]).toMatchObject({
      firstTime: 22_200,
      lastTime: 88_200,
      meanHeadway: Number.NaN,
    });
  });

  it('splits by direction', () => {
    const split = stopStats(feed, '2024-01-02', { splitDirections: true, stopIds: ['S1'] });
    // S1 direction 0: T1 ×8; direction 1: T2 ×3 + T3.
    expect(split.map((s) => [s.directionId, s.numStopTimes])).toEqual([
      [0, 8],
      [1, 4],
    ]);
  });
});
