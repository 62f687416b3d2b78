import { describe, expect, it } from 'vitest';
import { FREQUENCIES_FOLDER } from '../../test/fixtures.ts';
import { loadGtfs } from '../load/load-gtfs.ts';
import { networkStats, serviceIntensity } from './network-stats.ts';
import { routeStats } from './route-stats.ts';

// Hand-made feed, Tuesday 2024-01-02 (see stop-stats.test.ts for the runs). Hand calculations:
// SH1 ordered by numeric shape_pt_sequence (1, 2, 10) runs 48.00 → 48.01 → 48.02 °N along 2 °E,
// i.e. 0.02° of latitude = 0.02 · π/180 · 6 371 008.8 m = 2.22390 km (3.3358 km if ordered as
// text "1", "10", "2"). T3 has no shape: S3 → S2 → S1 by straight lines, the same 2.22390 km.
const KM = (0.02 * Math.PI * 6_371_008.8) / 180 / 1000;

describe('routeStats', async () => {
  const feed = await loadGtfs(FREQUENCIES_FOLDER);
  const [r1, r2] = routeStats(feed, '2024-01-02');

  it('counts runs, patterns, directions and headways of trip starts', () => {
    // R1: T1 ×8 (direction 0) + T3 (direction 1): 2 stop patterns, both directions.
    // Starts in 07:00–19:00: 07:00, 07:15, 08:10 → gaps 15 and 55 min.
    expect(r1).toMatchObject({
      routeId: 'R1',
      numTrips: 9,
      numStopPatterns: 2,
      isLoop: false,
      isBidirectional: true,
      startTime: 21_600,
      endTime: 29_700,
      minHeadway: 15,
      maxHeadway: 55,
      meanHeadway: 35,
      // T1 runs last 10 min every 10 min: never two at once; first peak interval 06:00–06:10.
      peakNumTrips: 1,
      peakStartTime: 21_600,
      peakEndTime: 22_200,
    });
    // 8 runs × 10 min + 5 min = 85 min; 9 trips × 2.22390 km.
    expect(r1!.serviceDuration).toBeCloseTo(85 / 60, 10);
    expect(r1!.serviceDistance).toBeCloseTo(9 * KM, 6);
    // R2: T2 ×3 from 23:30, each 20 min, ending 24:50.
    expect(r2).toMatchObject({ routeId: 'R2', numTrips: 3, startTime: 84_600, endTime: 89_400 });
  });

  it('summarises the network', () => {
    const [all, bus] = networkStats(feed, '2024-01-02');
    expect(all).toMatchObject({ routeType: undefined, numStops: 3, numRoutes: 2, numTrips: 12 });
    expect(bus).toMatchObject({ routeType: 3, numTrips: 12 });
    // Service: 85 min (R1) + 3 × 20 min (R2) = 145 min.
    expect(all!.serviceDuration).toBeCloseTo(145 / 60, 10);
  });

  it('gives hourly service intensity past midnight', () => {
    const hours = serviceIntensity(feed, '2024-01-02');
    const pick = (h: number) => [hours[h]!.tripStarts, hours[h]!.departures];
    // 06h: 6 T1 runs, each boarding at S1 and S2 → 12 departures; 07h: 2 runs → 4;
    // 08h: T3 boards at S3 only (S2 has pickup_type 1); 23h: T2 at 23:30; 24h: T2 at 24:00, 24:30.
    expect([pick(6), pick(7), pick(8), pick(23), pick(24)]).toEqual([
      [6, 12],
      [2, 4],
      [1, 1],
      [1, 1],
      [2, 2],
    ]);
    expect(hours).toHaveLength(25);
  });

  it('gives the time series of a route or a stop', () => {
    // R2 = T2 only: runs start at 23:30, 24:00, 24:30 → 1 start in bin 23, 2 in bin 24.
    const r2 = serviceIntensity(feed, '2024-01-02', { routeIds: ['R2'] });
    expect(r2.map((b) => b.tripStarts).reduce((a, b) => a + b, 0)).toBe(3);
    expect([r2[23]!.tripStarts, r2[24]!.tripStarts]).toEqual([1, 2]);
    // S2: boarding only on T1 runs (T3 has pickup_type 1 there): 06:05…06:55 (6) and
    // 07:05, 07:20 (2).
    const s2 = serviceIntensity(feed, '2024-01-02', { stopIds: ['S2'] });
    expect([s2[6]!.departures, s2[7]!.departures, s2[8]!.departures]).toEqual([6, 2, 0]);
  });
});
