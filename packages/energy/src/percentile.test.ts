import { describe, expect, it } from 'vitest';
import { nearestRankPercentile } from './percentile.js';

describe('nearestRankPercentile', () => {
  it('matches the worked examples of the nearest-rank method (Wikipedia "Percentile")', () => {
    // Worked example: list 15, 20, 35, 40, 50 → P5 = 15, P30 = 20, P40 = 20, P50 = 35, P100 = 50
    const list = [15, 20, 35, 40, 50];
    expect(nearestRankPercentile(list, 5)).toBe(15);
    expect(nearestRankPercentile(list, 30)).toBe(20);
    expect(nearestRankPercentile(list, 40)).toBe(20);
    expect(nearestRankPercentile(list, 50)).toBe(35);
    expect(nearestRankPercentile(list, 100)).toBe(50);
    // Second example: 3, 6, 7, 8, 8, 10, 13, 15, 16, 20 → P25 = 7, P50 = 8, P75 = 15
    const ten = [20, 3, 16, 8, 6, 13, 8, 10, 15, 7];
    expect(nearestRankPercentile(ten, 25)).toBe(7);
    expect(nearestRankPercentile(ten, 50)).toBe(8);
    expect(nearestRankPercentile(ten, 75)).toBe(15);
  });

  it('agrees with a full sort on random data, ignores NaN, rejects bad p', () => {
    // Independent method: sort ascending and take index ⌈p/100·N⌉ − 1.
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const values = Array.from({ length: 10_001 }, () => Math.round(random() * 1000));
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [0, 1, 5, 33.3, 50, 95, 99.9, 100]) {
      const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
      expect(nearestRankPercentile(values, p)).toBe(sorted[rank - 1]);
    }
    expect(nearestRankPercentile([Number.NaN, 4, 2], 50)).toBe(2);
    expect(nearestRankPercentile([], 5)).toBeNaN();
    expect(() => nearestRankPercentile([1], 101)).toThrow(RangeError);
  });

  it('agrees with a full sort on long inputs (one bracketing pass), whatever their order', () => {
    // Independent method as above: sort ascending, index ⌈p/100·N⌉ − 1 over the finite values.
    let seed = 1;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const n = 200_000;
    const noisy = Array.from({ length: n }, (_, i) =>
      i % 1_009 === 0 ? Number.NaN : Math.round(random() * 5_000) / 10,
    );
    const ascending = Float64Array.from({ length: n }, (_, i) => i * 0.5);
    const descending = ascending.slice().reverse();
    // Every 50th value is huge: the evenly spaced sample (every 48.8th value) sees them far more
    // often than they occur, so its bracket misses and the full selection answers.
    const skewed = Float64Array.from({ length: 204_800 }, (_, i) => (i % 50 === 0 ? 1e9 : i % 977));
    for (const values of [noisy, ascending, descending, skewed]) {
      const sorted = Array.from(values)
        .filter((v) => Number.isFinite(v))
        .sort((a, b) => a - b);
      for (const p of [0, 0.1, 5, 50, 95, 100]) {
        const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
        expect(nearestRankPercentile(values, p)).toBe(sorted[rank - 1]);
      }
    }
  });
});
