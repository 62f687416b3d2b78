import { describe, expect, it } from 'vitest';
import { FREQUENCIES_FOLDER } from '../test/fixtures.ts';
import { tripInstances } from './frequencies.ts';
import { loadGtfs } from './load/load-gtfs.ts';

describe('tripInstances', async () => {
  const feed = await loadGtfs(FREQUENCIES_FOLDER);

  it('expands exact_times=0 with end_time exclusive', () => {
    // frequencies.txt: T1 06:00–07:00 every 600 s → 06:00, 06:10 … 06:50 (07:00 excluded, since
    // start + k·headway < end); then 07:00–07:30 every 900 s → 07:00, 07:15.
    const starts = tripInstances(feed, 'T1').map((run) => run.start / 60);
    expect(starts).toEqual([360, 370, 380, 390, 400, 410, 420, 435]);
  });

  it('expands exact_times=1 past midnight and shifts the template', () => {
    // T2 23:30–25:00 every 1800 s → 23:30, 24:00, 24:30; template times start at 00:00:00, so the
    // offset equals the start.
    const runs = tripInstances(feed, 'T2');
    expect(runs.map((run) => run.start)).toEqual([84_600, 86_400, 88_200]);
    expect(runs.map((run) => run.offset)).toEqual([84_600, 86_400, 88_200]);
    expect(runs[0]?.frequency?.exact_times).toBe(1);
  });

  it('gives a scheduled trip as one run, and nothing for an unknown trip', () => {
    // T3 departs its first stop at 08:10:00 = 29 400 s.
    expect(tripInstances(feed, 'T3')).toEqual([
      { trip: 2, start: 29_400, offset: 0, frequency: undefined },
    ]);
    expect(tripInstances(feed, 'nope')).toEqual([]);
  });
});
