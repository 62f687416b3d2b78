/**
 * Allocation-free US AQI paths for large series: the same breakpoints, truncation and rounding as
 * {@link usAqiSubIndex}, returning numbers only.
 * @packageDocumentation
 */
import { INDEX_RANGES, type MetricTable, SCALE, TABLES, type UsAqiMetric } from './us-aqi.js';

/** Flat tables for the allocation-free paths: [low, high, iLow, iHigh] per row. */
const FLAT: Readonly<Record<UsAqiMetric, { scale: number; rows: Int32Array; topLevel: number }>> =
  Object.fromEntries(
    (Object.entries(TABLES) as [UsAqiMetric, MetricTable][]).map(([metric, t]) => {
      const rows = new Int32Array(t.rows.length * 4);
      t.rows.forEach(([low, high], i) => {
        const [iLow, iHigh] = INDEX_RANGES[t.firstLevel + i - 1]!;
        rows.set([low, high, iLow, iHigh], i * 4);
      });
      return [
        metric,
        { scale: SCALE[t.decimals]!, rows, topLevel: t.firstLevel + t.rows.length - 1 },
      ];
    }),
  ) as Record<UsAqiMetric, { scale: number; rows: Int32Array; topLevel: number }>;

function valueFromFlat(rows: Int32Array, scale: number, concentration: number): number {
  if (!(concentration >= 0) || concentration === Number.POSITIVE_INFINITY) return Number.NaN;
  const steps = Math.floor(concentration * scale + 1e-9);
  if (steps < rows[0]!) return Number.NaN;
  for (let r = 0; r < rows.length; r += 4) {
    const high = rows[r + 1]!;
    if (steps > high) continue;
    const low = rows[r]!;
    const iLow = rows[r + 2]!;
    const denominator = high - low;
    const numerator = (rows[r + 3]! - iLow) * (steps - low);
    return iLow + Math.floor((2 * numerator + denominator) / (2 * denominator));
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The AQI value alone, without allocating: the same computation as {@link usAqiSubIndex}, `NaN`
 * where it is undefined and `Infinity` beyond the top row.
 * @example
 * usAqiValue('pm25_24h', 35.45); // 100
 * usAqiValue('pm25_24h', 400); // Infinity (beyond the AQI)
 */
export function usAqiValue(metric: UsAqiMetric, concentration: number): number {
  const flat = FLAT[metric];
  return valueFromFlat(flat.rows, flat.scale, concentration);
}

const LOOKUP = new Map<UsAqiMetric, Float64Array>();

/** AQI value of every truncated concentration step of a metric, 0 … top breakpoint (≤ 3 255 entries). */
function lookupOf(metric: UsAqiMetric): Float64Array {
  let table = LOOKUP.get(metric);
  if (!table) {
    const { rows, scale } = FLAT[metric];
    const top = rows[rows.length - 3]!;
    table = new Float64Array(top + 1);
    for (let steps = 0; steps <= top; steps++)
      table[steps] = valueFromFlat(rows, scale, steps / scale);
    LOOKUP.set(metric, table);
  }
  return table;
}

/** A scaled concentration off the lookup table: beyond the AQI, or undefined (NaN, negative). */
function offTable(scaled: number, limit: number): number {
  return scaled >= limit && scaled !== Number.POSITIVE_INFINITY
    ? Number.POSITIVE_INFINITY
    : Number.NaN;
}

/**
 * AQI value of a scaled concentration (`concentration × 10^decimals + 1e-9`, as
 * `truncatedSteps` in `us-aqi.ts`): one test for the common case, where NaN, negative values and
 * values past the table fail.
 */
function valueAt(table: Float64Array, limit: number, scaled: number): number {
  return scaled >= 1e-9 && scaled < limit ? table[scaled | 0]! : offTable(scaled, limit);
}

/**
 * AQI values of many concentrations of one metric (the fast path for large series): `NaN` where
 * undefined, `Infinity` beyond the top row. Truncated concentrations are looked up in a table of
 * every step up to the top breakpoint, built once per metric from the same equation. Pass `out` to
 * reuse an array: for a million values, allocating a fresh one (zeroed memory, page faults) can
 * cost more than the computation.
 * @example
 * const aqi = usAqiValues('pm25_24h', Float64Array.from([5, 12, 35.4])); // [28, 56, 100]
 */
export function usAqiValues(
  metric: UsAqiMetric,
  concentrations: ArrayLike<number>,
  out: Float64Array = new Float64Array(concentrations.length),
): Float64Array {
  return fillValues(lookupOf(metric), FLAT[metric].scale, concentrations, out);
}

/**
 * The loop of {@link usAqiValues}, sixteen values per iteration. V8 re-checks the three arrays and
 * reloads their length and data pointer once per loop iteration (a garbage collection may run at
 * the loop's back edge), which costs about as much as several values. On the benchmark's 836 775
 * values (node 20, alternating processes, outputs allocated once) this loop ran in 1.19-1.41 ms
 * (1.2 ms in 7 of 8 processes), the previous four-per-iteration one in 1.30-1.66 ms; 8 per
 * iteration ran 1.28-1.52 ms and 32 per iteration 2.3 ms. The same 16-value loop written inside
 * `usAqiValues` instead of this function taking the table and scale as arguments ran 1.35-1.40 ms.
 */
function fillValues(
  table: Float64Array,
  scale: number,
  c: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  const limit = table.length;
  const n = c.length;
  let i = 0;
  for (; i + 15 < n; i += 16) {
    out[i + 0] = valueAt(table, limit, c[i + 0]! * scale + 1e-9);
    out[i + 1] = valueAt(table, limit, c[i + 1]! * scale + 1e-9);
    out[i + 2] = valueAt(table, limit, c[i + 2]! * scale + 1e-9);
    out[i + 3] = valueAt(table, limit, c[i + 3]! * scale + 1e-9);
    out[i + 4] = valueAt(table, limit, c[i + 4]! * scale + 1e-9);
    out[i + 5] = valueAt(table, limit, c[i + 5]! * scale + 1e-9);
    out[i + 6] = valueAt(table, limit, c[i + 6]! * scale + 1e-9);
    out[i + 7] = valueAt(table, limit, c[i + 7]! * scale + 1e-9);
    out[i + 8] = valueAt(table, limit, c[i + 8]! * scale + 1e-9);
    out[i + 9] = valueAt(table, limit, c[i + 9]! * scale + 1e-9);
    out[i + 10] = valueAt(table, limit, c[i + 10]! * scale + 1e-9);
    out[i + 11] = valueAt(table, limit, c[i + 11]! * scale + 1e-9);
    out[i + 12] = valueAt(table, limit, c[i + 12]! * scale + 1e-9);
    out[i + 13] = valueAt(table, limit, c[i + 13]! * scale + 1e-9);
    out[i + 14] = valueAt(table, limit, c[i + 14]! * scale + 1e-9);
    out[i + 15] = valueAt(table, limit, c[i + 15]! * scale + 1e-9);
  }
  for (; i < n; i++) out[i] = valueAt(table, limit, c[i]! * scale + 1e-9);
  return out;
}
