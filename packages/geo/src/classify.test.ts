import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

// Three obvious groups: any natural-breaks method must find them.
const GROUPS = [1, 2, 3, 10, 11, 12, 20, 21, 22];
const SKEWED = [3, 7, 8, 12, 13, 14, 20, 21, 22, 40, 41, 90];

describe('classify', () => {
  it('quantile breaks are numpy/R type-7 quantiles', () => {
    // python3: statistics.quantiles(SKEWED, n=4, method='inclusive') → [11.0, 17.0, 26.5]
    const result = classify(SKEWED, { method: 'quantile', classes: 4 });
    expect(result.breaks).toEqual([3, 11, 17, 26.5, 90]);
    expect(result.counts).toEqual([3, 3, 3, 3]);
  });

  it('equal intervals split the range evenly', () => {
    // (22 − 1) / 3 = 7 → bounds 1, 8, 15, 22 (hand calculation).
    const result = classify(GROUPS, { method: 'equal-interval', classes: 3 });
    expect(result.breaks).toEqual([1, 8, 15, 22]);
    expect(result.counts).toEqual([3, 3, 3]);
  });

  it('jenks and ckmeans find the three groups; breaks are the lowest value of each class', () => {
    for (const method of ['jenks', 'ckmeans'] as const) {
      const result = classify(GROUPS, { method, classes: 3 });
      expect(result.breaks).toEqual([1, 10, 20, 22]);
      expect(result.counts).toEqual([3, 3, 3]);
      // A break belongs to the class above (MapLibre `step`), the maximum to the last class.
      expect([9.99, 10, 19.99, 20, 22].map(result.classOf)).toEqual([0, 1, 1, 2, 2]);
    }
  });

  it('standard deviation classes are one σ wide and centred on the mean', () => {
    // python3: mean = 24.25, pstdev = 22.8768 (simple-statistics uses the population σ);
    // bounds mean + (k + ½)σ inside [3, 90]: k = −1 → 12.8116, k = 0 → 35.6884, k = 1 → 58.5652,
    // k = 2 → 81.4420.
    const result = classify(SKEWED, { method: 'standard-deviation' });
    expect(result.breaks).toHaveLength(6);
    const expected = [3, 12.8116, 35.6884, 58.5652, 81.442, 90];
    result.breaks.forEach((bound, i) => {
      expect(bound).toBeCloseTo(expected[i]!, 3);
    });
    // 3, 7, 8, 12 | 13 … 22 | 40, 41 | — | 90
    expect(result.counts).toEqual([4, 5, 2, 0, 1]);
  });

  it('manual breaks count values outside apart, and missing values are counted, not lost', () => {
    const result = classify([5, 15, 25, null, Number.NaN, undefined, 100, -1], {
      method: 'manual',
      breaks: [0, 10, 20, 30],
    });
    expect(result.counts).toEqual([1, 1, 1]);
    expect(result.missing).toBe(3);
    expect(result.outside).toBe(2);
    expect(result.total).toBe(8);
    expect(result.classOf(100)).toBe(-1);
    expect(() => classify([1], { method: 'manual', breaks: [3, 2] })).toThrow(RangeError);
  });

  it('fewer distinct values than classes gives fewer classes, never empty duplicates', () => {
    // 3 distinct values → 3 classes {1,1} {2,2} {3}; the top class holding only the maximum
    // merges into the class below, since breaks are strictly ascending: [1, 2) and [2, 3].
    const result = classify([1, 1, 2, 2, 3], { method: 'jenks', classes: 5 });
    expect(result.breaks).toEqual([1, 2, 3]);
    expect(result.counts).toEqual([2, 3]);
    expect(classify([1, 1, 2, 2, 3, 4], { method: 'ckmeans', classes: 3 }).breaks).toEqual([
      1, 2, 3, 4,
    ]);
    expect(classify([4, 4], { method: 'quantile' }).counts).toEqual([2]);
    expect(classify([], { method: 'quantile' }).counts).toEqual([]);
  });
});
