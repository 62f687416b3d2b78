/**
 * Nearest-rank percentile, computed by selection (no full sort) so it stays linear on long
 * series: long inputs by one bracketing pass over the values, short ones by quickselect.
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
  if (values.length >= 16 * SAMPLE_SIZE) {
    const bracketed = bracketSelect(values, p);
    if (bracketed !== undefined) return bracketed;
  }
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

/** Values read, evenly spaced, to place the bracket of {@link bracketSelect}. */
const SAMPLE_SIZE = 4096;
/**
 * Sample ranks kept on each side of the target. The target's rank in a random sample of 4096
 * varies by √(4096 · p · (1 − p)) ≤ 32 ranks, so ±64 misses rarely; a miss costs a fallback,
 * never a wrong answer.
 */
const BRACKET = 64;

/**
 * Nearest-rank percentile of a long input in one pass: an evenly spaced sample, sorted, gives
 * two bounds expected to surround the target; the pass counts the finite values below the lower
 * bound and keeps those between the bounds, which are sorted. Undefined when the target is not
 * between the bounds (the caller then selects on a full copy). Quicker than quickselect on a copy
 * for a first call, before the JIT has compiled anything: the sorts are the runtime's own.
 */
function bracketSelect(values: ArrayLike<number>, p: number): number | undefined {
  const length = values.length;
  const sample = new Float64Array(SAMPLE_SIZE);
  let m = 0;
  for (let j = 0; j < SAMPLE_SIZE; j++) {
    const v = values[Math.floor((j * length) / SAMPLE_SIZE)] as number;
    if (Number.isFinite(v)) sample[m++] = v;
  }
  if (m === 0) return undefined;
  const sorted = sample.subarray(0, m).sort();
  const at = Math.max(0, Math.ceil((p / 100) * m) - 1);
  const low = at - BRACKET < 0 ? Number.NEGATIVE_INFINITY : (sorted[at - BRACKET] as number);
  const high = at + BRACKET >= m ? Number.POSITIVE_INFINITY : (sorted[at + BRACKET] as number);
  let n = 0;
  let below = 0;
  const inside: number[] = [];
  for (let i = 0; i < length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    n++;
    if (v < low) below++;
    else if (v <= high) inside.push(v);
  }
  const k = Math.max(1, Math.ceil((p / 100) * n)) - 1;
  if (n === 0 || k < below || k >= below + inside.length) return undefined;
  return Float64Array.from(inside).sort()[k - below];
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
