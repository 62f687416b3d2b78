import { describe, expect, it } from 'vitest';
import { headways, secondsOf } from './headways.ts';

describe('headways', () => {
  it('measures gaps inside the window, both ends included', () => {
    // Times 06:50 (outside), 07:00, 07:15, 07:45, 19:00 (included), 19:10 (outside):
    // gaps 15, 30, 675 min → min 15, max 675, mean (19:00 − 07:00) / 3 = 240 min.
    const times = [24_600, 25_200, 26_100, 27_900, 68_400, 69_000];
    expect(headways(times, 25_200, 68_400)).toEqual({
      minHeadway: 15,
      maxHeadway: 675,
      meanHeadway: 240,
    });
  });

  it('is NaN with fewer than two times in the window', () => {
    expect(headways([30_000], 25_200, 68_400).meanHeadway).toBeNaN();
  });

  it('reads HH:MM[:SS] and hours past 24', () => {
    expect(secondsOf('25:10:00')).toBe(90_600);
    expect(secondsOf('07:00')).toBe(25_200);
    expect(() => secondsOf('7h')).toThrow(RangeError);
  });
});
