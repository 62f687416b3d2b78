/**
 * US EPA Air Quality Index as revised on 6 May 2024.
 *
 * Source: US EPA, *Technical Assistance Document for the Reporting of Daily Air Quality – the Air
 * Quality Index (AQI)*, EPA-454/B-24-002, May 2024, Table 6 (breakpoints) and Table 2 (colours);
 * 40 CFR Part 58 Appendix G as amended by the PM NAAQS final rule, 89 FR 16202 (6 March 2024).
 * https://document.airnow.gov/technical-assistance-document-for-the-reporting-of-daily-air-quailty.pdf
 * @packageDocumentation
 */
import {
  type IndexLevel,
  type IndexResult,
  type SubIndex,
  subIndexOf,
  worstOf,
} from './index-result.js';
import type { Pollutant } from './pollutants.js';

/**
 * A pollutant with the averaging time the AQI table is defined for. Units are the AQI's own:
 * `o3_*` and `co_8h` in ppm, `so2_*` and `no2_1h` in ppb, `pm*_24h` in µg/m³ (use
 * {@link convertConcentration} with `temperature: 'us'` to get there from µg/m³).
 */
export type UsAqiMetric =
  | 'o3_8h'
  | 'o3_1h'
  | 'pm25_24h'
  | 'pm10_24h'
  | 'co_8h'
  | 'so2_1h'
  | 'so2_24h'
  | 'no2_1h';

/** AQI categories of TAD 2024 Table 2 (level 6 merges the former 301–400 and 401–500 rows). */
export const US_AQI_LEVELS: readonly IndexLevel[] = [
  { level: 1, label: 'Good', labelEn: 'Good', color: '#00E400' },
  { level: 2, label: 'Moderate', labelEn: 'Moderate', color: '#FFFF00' },
  {
    level: 3,
    label: 'Unhealthy for Sensitive Groups',
    labelEn: 'Unhealthy for Sensitive Groups',
    color: '#FF7E00',
  },
  { level: 4, label: 'Unhealthy', labelEn: 'Unhealthy', color: '#FF0000' },
  { level: 5, label: 'Very Unhealthy', labelEn: 'Very Unhealthy', color: '#8F3F97' },
  { level: 6, label: 'Hazardous', labelEn: 'Hazardous', color: '#7E0023' },
];

/** Index range of each level. */
export const INDEX_RANGES: readonly (readonly [number, number])[] = [
  [0, 50],
  [51, 100],
  [101, 150],
  [151, 200],
  [201, 300],
  [301, 500],
];

/** One metric's breakpoint table (shared with the allocation-free paths of `us-aqi-values.ts`). */
export interface MetricTable {
  readonly pollutant: Pollutant;
  /** Decimal places kept by truncation (O3 0.001 ppm, PM2.5 0.1 µg/m³, CO 0.1 ppm, others 1). */
  readonly decimals: number;
  /** Level of the first row. */
  readonly firstLevel: number;
  /** Rows [low, high] in units of 10^-decimals, contiguous. */
  readonly rows: readonly (readonly [number, number])[];
}

/** TAD 2024 Table 6, breakpoints scaled to integers at the truncation precision. */
export const TABLES: Readonly<Record<UsAqiMetric, MetricTable>> = {
  o3_8h: {
    pollutant: 'o3',
    decimals: 3,
    firstLevel: 1,
    rows: [
      [0, 54],
      [55, 70],
      [71, 85],
      [86, 105],
      [106, 200],
    ],
  },
  o3_1h: {
    pollutant: 'o3',
    decimals: 3,
    firstLevel: 3,
    rows: [
      [125, 164],
      [165, 204],
      [205, 404],
      [405, 604],
    ],
  },
  pm25_24h: {
    pollutant: 'pm25',
    decimals: 1,
    firstLevel: 1,
    rows: [
      [0, 90],
      [91, 354],
      [355, 554],
      [555, 1254],
      [1255, 2254],
      [2255, 3254],
    ],
  },
  pm10_24h: {
    pollutant: 'pm10',
    decimals: 0,
    firstLevel: 1,
    rows: [
      [0, 54],
      [55, 154],
      [155, 254],
      [255, 354],
      [355, 424],
      [425, 604],
    ],
  },
  co_8h: {
    pollutant: 'co',
    decimals: 1,
    firstLevel: 1,
    rows: [
      [0, 44],
      [45, 94],
      [95, 124],
      [125, 154],
      [155, 304],
      [305, 504],
    ],
  },
  so2_1h: {
    pollutant: 'so2',
    decimals: 0,
    firstLevel: 1,
    rows: [
      [0, 35],
      [36, 75],
      [76, 185],
      [186, 304],
    ],
  },
  so2_24h: {
    pollutant: 'so2',
    decimals: 0,
    firstLevel: 5,
    rows: [
      [305, 604],
      [605, 1004],
    ],
  },
  no2_1h: {
    pollutant: 'no2',
    decimals: 0,
    firstLevel: 1,
    rows: [
      [0, 53],
      [54, 100],
      [101, 360],
      [361, 649],
      [650, 1249],
      [1250, 2049],
    ],
  },
};

/** 10^decimals, by decimals. */
export const SCALE = [1, 10, 100, 1000];

/**
 * Truncates a concentration to the AQI precision of a metric (TAD 2024: "truncate, do not
 * round"), as an integer count of the last kept decimal. A tiny tolerance absorbs binary floating
 * point (0.29 × 100 = 28.999…96).
 */
function truncatedSteps(concentration: number, decimals: number): number {
  return Math.floor(concentration * SCALE[decimals]! + 1e-9);
}

/**
 * AQI sub-index of one pollutant: truncates the concentration, finds its breakpoint row and applies
 * `I = (I_hi − I_lo)/(BP_hi − BP_lo) × (C − BP_lo) + I_lo`, rounded to the nearest integer
 * (halves up). Returns `undefined` for a negative or non-finite concentration and where the table
 * defines no value (1-h O3 below 0.125 ppm, 24-h SO2 below 305 ppb). Above the top row of a metric
 * the result has `beyondIndex: true`, the level of that row and no value ("Beyond the AQI"; for
 * 8-h O3 above 0.200 ppm use 1-h O3, for 1-h SO2 above 304 ppb use 24-h SO2).
 * @example
 * usAqiSubIndex('pm25_24h', 35.45); // { value: 100, level: 2, label: 'Moderate', concentration: 35.4, … }
 */
export function usAqiSubIndex(metric: UsAqiMetric, concentration: number): SubIndex | undefined {
  if (!Number.isFinite(concentration) || concentration < 0) return undefined;
  const table = TABLES[metric];
  const steps = truncatedSteps(concentration, table.decimals);
  const truncated = steps / SCALE[table.decimals]!;
  const { rows, firstLevel, pollutant } = table;
  if (steps < rows[0]![0]) return undefined;
  for (let i = 0; i < rows.length; i++) {
    const [low, high] = rows[i]!;
    if (steps > high) continue;
    const level = firstLevel + i;
    const [iLow, iHigh] = INDEX_RANGES[level - 1]!;
    const numerator = (iHigh - iLow) * (steps - low);
    const denominator = high - low;
    const value = iLow + Math.floor((2 * numerator + denominator) / (2 * denominator));
    return subIndexOf(US_AQI_LEVELS[level - 1]!, pollutant, truncated, value);
  }
  const level = firstLevel + rows.length - 1;
  return subIndexOf(US_AQI_LEVELS[level - 1]!, pollutant, truncated, undefined, true);
}

/**
 * US AQI of several pollutants: the highest sub-index, with the pollutant responsible. When both
 * 8-h and 1-h O3 are given, the higher of the two counts (TAD 2024, section on ozone).
 * Returns `undefined` when no sub-index is defined.
 * @example
 * const aqi = usAqi({ pm25_24h: 12.0, o3_8h: 0.061 });
 * aqi?.value; // 71: O3 (100−51)/(0.070−0.055)×(0.061−0.055)+51 = 70.6, above PM2.5's 56
 * aqi?.dominant; // 'o3'
 */
export function usAqi(
  concentrations: Partial<Record<UsAqiMetric, number>>,
): IndexResult | undefined {
  const subs: SubIndex[] = [];
  for (const [metric, value] of Object.entries(concentrations) as [UsAqiMetric, number][]) {
    if (value === undefined || !(metric in TABLES)) continue;
    const sub = usAqiSubIndex(metric, value);
    if (sub) subs.push(sub);
  }
  return worstOf(subs);
}
