import {
  ckmeans,
  equalIntervalBreaks,
  jenks,
  mean,
  quantileSorted,
  standardDeviation,
} from 'simple-statistics';

/** How class breaks are computed. */
export type ClassificationMethod =
  | 'quantile'
  | 'equal-interval'
  | 'jenks'
  | 'ckmeans'
  | 'standard-deviation'
  | 'manual';

/** Options of {@link classify}. */
export interface ClassifyOptions {
  /** Method. */
  readonly method: ClassificationMethod;
  /** Number of classes wanted (not for `manual` and `standard-deviation`). Default 5. */
  readonly classes?: number;
  /** For `manual`: every bound, ascending, lowest first and highest last (n + 1 values). */
  readonly breaks?: readonly number[];
  /** For `standard-deviation`: class width in standard deviations. Default 1. */
  readonly deviations?: number;
}

/** Classes for a choropleth. */
export interface Classification {
  /** Method used. */
  readonly method: ClassificationMethod;
  /**
   * Bounds of the classes, ascending (classes + 1 values). Class `i` holds values `v` with
   * `breaks[i] <= v < breaks[i + 1]`; the last class also holds its upper bound. A value equal to
   * an inner break belongs to the class above, as in MapLibre's `step` expression, so
   * `['step', value, colour0, breaks[1], colour1, …]` draws these classes.
   */
  readonly breaks: readonly number[];
  /** Number of values in each class. */
  readonly counts: readonly number[];
  /** Values given: `total = counts sum + missing + outside`. */
  readonly total: number;
  /** Values that were not finite numbers (null, undefined, NaN, ±Infinity): not classified. */
  readonly missing: number;
  /** Finite values outside the manual breaks: not classified. */
  readonly outside: number;
  /** Class index of a value, or -1 when it is missing or outside the breaks. */
  classOf(value: number | null | undefined): number;
}

/**
 * Computes class breaks and counts per class for a choropleth: quantiles (type 7, as numpy),
 * equal intervals, Jenks natural breaks, ckmeans (optimal 1-D k-means, Jenks' modern
 * equivalent), standard deviations around the mean, or manual breaks. Jenks and ckmeans breaks
 * are the lowest value of each class. Breaks are strictly ascending (as MapLibre's `step`
 * needs): with fewer distinct values than classes asked there are fewer classes, and a top class
 * holding only the maximum merges into the class below.
 *
 * @example
 * ```ts
 * const { breaks, counts, classOf } = classify(consumption, { method: 'jenks', classes: 5 });
 * ```
 */
export function classify(
  values: Iterable<number | null | undefined>,
  options: ClassifyOptions,
): Classification {
  const sorted: number[] = [];
  let total = 0;
  for (const value of values) {
    total++;
    if (typeof value === 'number' && Number.isFinite(value)) sorted.push(value);
  }
  sorted.sort((a, b) => a - b);
  const missing = total - sorted.length;
  const breaks = computeBreaks(sorted, options);
  const classOf = (value: number | null | undefined) => classIndex(breaks, value);
  const counts = new Array<number>(Math.max(breaks.length - 1, 0)).fill(0);
  let outside = 0;
  for (const value of sorted) {
    const index = classOf(value);
    if (index < 0) outside++;
    else counts[index]!++;
  }
  return { method: options.method, breaks, counts, total, missing, outside, classOf };
}

function classIndex(breaks: readonly number[], value: number | null | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || breaks.length < 2) return -1;
  const last = breaks.length - 1;
  if (value < breaks[0]! || value > breaks[last]!) return -1;
  if (value === breaks[last]) return last - 1;
  // Largest i with breaks[i] <= value.
  let low = 0;
  let high = last - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (breaks[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

function distinctCount(sorted: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) count++;
  return count;
}

function computeBreaks(sorted: readonly number[], options: ClassifyOptions): number[] {
  if (options.method === 'manual') {
    const breaks = [...(options.breaks ?? [])];
    if (
      breaks.length < 2 ||
      breaks.some((b, i) => !Number.isFinite(b) || (i > 0 && b <= breaks[i - 1]!))
    ) {
      throw new RangeError(
        'Manual breaks must be at least two finite numbers, strictly ascending.',
      );
    }
    return breaks;
  }
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [min, max];
  const wanted = options.classes ?? 5;
  if (!Number.isInteger(wanted) || wanted < 1) {
    throw new RangeError(`classes must be a positive integer, not ${wanted}.`);
  }
  const classes = Math.min(wanted, distinctCount(sorted));
  switch (options.method) {
    case 'quantile': {
      const inner = [];
      for (let i = 1; i < classes; i++) inner.push(quantileSorted(sorted as number[], i / classes));
      return dedupe([min, ...inner, max]);
    }
    case 'equal-interval':
      return equalIntervalBreaks(sorted as number[], classes);
    case 'jenks': {
      // simple-statistics 7.12 gives the lowest value of each class, then the maximum.
      return dedupe(jenks(sorted as number[], classes) ?? [min, max]);
    }
    case 'ckmeans': {
      const clusters = ckmeans(sorted as number[], classes);
      return dedupe([...clusters.map((cluster) => cluster[0]!), max]);
    }
    case 'standard-deviation': {
      const centre = mean(sorted as number[]);
      const width = standardDeviation(sorted as number[]) * (options.deviations ?? 1);
      const inner: number[] = [];
      // Bounds at mean ± width/2, ± 3·width/2, …: the middle class is centred on the mean.
      for (let k = Math.ceil((min - centre) / width - 0.5); ; k++) {
        const bound = centre + (k + 0.5) * width;
        if (bound >= max) break;
        if (bound > min) inner.push(bound);
      }
      return [min, ...inner, max];
    }
  }
}

function dedupe(breaks: number[]): number[] {
  return breaks.filter((bound, i) => i === 0 || bound > breaks[i - 1]!);
}
