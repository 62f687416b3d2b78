import { describe, expect, it } from 'vitest';
import { FREQUENCIES_FOLDER } from '../test/fixtures.ts';
import { callsBetween } from './departures.ts';
import { loadGtfs } from './load/load-gtfs.ts';

describe('callsBetween (service-day semantics)', async () => {
  const feed = await loadGtfs(FREQUENCIES_FOLDER);

  it('finds the previous service day’s runs after midnight', () => {
    // Tuesday 2024-01-02's T2 runs at 24:00 and 24:30 (S3, then S1 20 min later) are Wednesday
    // 2024-01-03's 00:00–00:50. Window 00:00–01:00 on Wednesday: S3 00:00, S1 00:20, S3 00:30,
    // S1 00:50; Wednesday's own trips start at 06:00.
    const calls = callsBetween(feed, '2024-01-03', { from: '00:00', to: '01:00' });
    expect(calls.map((c) => [c.stopId, c.time, c.serviceDate, c.serviceTime])).toEqual([
      ['S3', 0, '2024-01-02', 86_400],
      ['S1', 1200, '2024-01-02', 87_600],
      ['S3', 1800, '2024-01-02', 88_200],
      ['S1', 3000, '2024-01-02', 89_400],
    ]);
  });

  it('keeps boarding calls only when asked', () => {
    // 08:00–08:30 on Tuesday: T3 calls S3 08:10, S2 08:12 (pickup_type 1), S1 08:15 (last call).
    const all = callsBetween(feed, '2024-01-02', { from: '08:00', to: '08:30' });
    expect(all.map((c) => c.stopId)).toEqual(['S3', 'S2', 'S1']);
    const boarding = callsBetween(feed, '2024-01-02', {
      from: '08:00',
      to: '08:30',
      boardingOnly: true,
    });
    expect(boarding.map((c) => c.stopId)).toEqual(['S3']);
  });
});
