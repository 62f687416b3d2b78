/**
 * Nearest-rank percentile, computed by selection (no full sort) so it stays linear on long
 * series.
 * @packageDocumentation
 */

/**
 * Nearest-rank percentile: the smallest value such that at least `p` % of the values are less
 * than or equal to it, i.e. the value of rank ⌈p/100 × N⌉ (1-based) in ascending order; p = 0
 * gives the minimum. Values that are not finite are ignored. Returns NaN for an empty input.
 *
 * @example
 * ```ts
 * nearestRankPercentile([15, 20, 35, 40, 50], 30); // 20 (rank ⌈1.5⌉ = 2)
 * ```
 */
export function nearestRankPercentile(values: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be in [0, 100], got ${p}`);
  const data = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) data[n++] = v;
  }
  if (n === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  return select(data, n, rank - 1);
}

/** k-th smallest (0-based) of the first n values, by iterative quickselect (median of three). */
function select(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo] as number;
    const y = a[mid] as number;
    const z = a[hi] as number;
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z)); // median of three
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  return a[k] as number;
}
