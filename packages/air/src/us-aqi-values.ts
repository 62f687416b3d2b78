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
 * AQI values of many concentrations of one metric (the fast path for large series): `NaN` where
 * undefined, `Infinity` beyond the top row. Truncated concentrations are looked up in a table of
 * every step up to the top breakpoint, built once per metric from the same equation.
 * @example
 * const aqi = usAqiValues('pm25_24h', Float64Array.from([5, 12, 35.4])); // [28, 56, 100]
 */
export function usAqiValues(
  metric: UsAqiMetric,
  concentrations: ArrayLike<number>,
  out: Float64Array = new Float64Array(concentrations.length),
): Float64Array {
  const table = lookupOf(metric);
  const scale = FLAT[metric].scale;
  const limit = table.length;
  const n = concentrations.length;
  // Four values per iteration (independent loads and stores the CPU overlaps); one test per value
  // for the common case: NaN and negative values fail it, as do values past the table.
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const s0 = concentrations[i]! * scale + 1e-9;
    const s1 = concentrations[i + 1]! * scale + 1e-9;
    const s2 = concentrations[i + 2]! * scale + 1e-9;
    const s3 = concentrations[i + 3]! * scale + 1e-9;
    out[i] = s0 >= 1e-9 && s0 < limit ? table[s0 | 0]! : offTable(s0, limit);
    out[i + 1] = s1 >= 1e-9 && s1 < limit ? table[s1 | 0]! : offTable(s1, limit);
    out[i + 2] = s2 >= 1e-9 && s2 < limit ? table[s2 | 0]! : offTable(s2, limit);
    out[i + 3] = s3 >= 1e-9 && s3 < limit ? table[s3 | 0]! : offTable(s3, limit);
  }
  for (; i < n; i++) {
    const scaled = concentrations[i]! * scale + 1e-9;
    out[i] = scaled >= 1e-9 && scaled < limit ? table[scaled | 0]! : offTable(scaled, limit);
  }
  return out;
}
