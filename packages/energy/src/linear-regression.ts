/**
 * Ordinary least squares for the few-parameter models of weather normalisation.
 * @packageDocumentation
 */

/** An ordinary-least-squares fit. */
export interface LinearFit {
  /** One coefficient per column, in the order given. */
  readonly coefficients: readonly number[];
  /** Standard error of each coefficient (NaN when there are no residual degrees of freedom). */
  readonly standardErrors: readonly number[];
  /** Coefficient / standard error. */
  readonly tStatistics: readonly number[];
  /** 1 − SSres/SStot (SStot around the mean). */
  readonly rSquared: number;
  /** 1 − (1 − R²)(n − 1)/(n − p); for an intercept-only model it is 0. */
  readonly adjustedRSquared: number;
}

/**
 * Least-squares fit of y on the given columns (include a column of ones for an intercept), by
 * solving the normal equations with Gaussian elimination (partial pivoting). A singular design
 * (e.g. a degree-day column of zeros) gives NaN coefficients and R² = −∞ so it is never chosen.
 *
 * @example
 * ```ts
 * fitLinear([[1, 1, 1], [0, 1, 2]], [1, 3, 5]).coefficients; // [1, 2]
 * ```
 */
export function fitLinear(
  columns: readonly (readonly number[])[],
  y: readonly number[],
): LinearFit {
  const p = columns.length;
  const n = y.length;
  const xtx: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i++) {
    const ci = columns[i]!;
    for (let k = 0; k < n; k++) xty[i]! += ci[k]! * y[k]!;
    for (let j = i; j < p; j++) {
      const cj = columns[j]!;
      let s = 0;
      for (let k = 0; k < n; k++) s += ci[k]! * cj[k]!;
      xtx[i]![j] = s;
      xtx[j]![i] = s;
    }
  }
  const inverse = invert(xtx);
  const failed: LinearFit = {
    coefficients: new Array<number>(p).fill(Number.NaN),
    standardErrors: new Array<number>(p).fill(Number.NaN),
    tStatistics: new Array<number>(p).fill(Number.NaN),
    rSquared: Number.NEGATIVE_INFINITY,
    adjustedRSquared: Number.NEGATIVE_INFINITY,
  };
  if (inverse === undefined || n === 0) return failed;
  const beta = inverse.map((row) => row.reduce((s, v, j) => s + v * xty[j]!, 0));
  let mean = 0;
  for (const v of y) mean += v / n;
  let ssRes = 0;
  let ssTot = 0;
  for (let k = 0; k < n; k++) {
    let fitted = 0;
    for (let i = 0; i < p; i++) fitted += beta[i]! * columns[i]![k]!;
    ssRes += (y[k]! - fitted) ** 2;
    ssTot += (y[k]! - mean) ** 2;
  }
  const dof = n - p;
  const sigma2 = dof > 0 ? ssRes / dof : Number.NaN;
  const standardErrors = inverse.map((row, i) => Math.sqrt(sigma2 * row[i]!));
  const rSquared = ssTot === 0 ? (ssRes === 0 ? 1 : 0) : 1 - ssRes / ssTot;
  const adjustedRSquared = dof > 0 ? 1 - ((1 - rSquared) * (n - 1)) / dof : Number.NaN;
  return {
    coefficients: beta,
    standardErrors,
    tStatistics: beta.map((b, i) => b / standardErrors[i]!),
    rSquared,
    adjustedRSquared,
  };
}

function invert(m: number[][]): number[][] | undefined {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  let scale = 0;
  for (const row of m) for (const v of row) scale = Math.max(scale, Math.abs(v));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) <= 1e-12 * (scale || 1)) return undefined;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const pv = a[col]![col]!;
    for (let j = 0; j < 2 * n; j++) a[col]![j]! /= pv;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r]![col]!;
      if (f !== 0) for (let j = 0; j < 2 * n; j++) a[r]![j]! -= f * a[col]![j]!;
    }
  }
  return a.map((row) => row.slice(n));
}
