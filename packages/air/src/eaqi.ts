/**
 * European Air Quality Index of the European Environment Agency, in its 2024 revision and in the
 * 2017 version it replaced.
 *
 * Sources: EEA, European Air Quality Index, https://airindex.eea.europa.eu/AQI/index.html
 * ("About the index"); ETC HE Report 2024/17, *EEA's revision of the European Air Quality Index
 * bands*, https://www.eionet.europa.eu/etcs/etc-he/products/etc-he-products/etc-he-reports/etc-he-report-2024-17-eeas-revision-of-the-european-air-quality-index-bands
 * @packageDocumentation
 */

import { EAQI_LEVELS } from './index-levels.js';
import {
  type IndexResult,
  levelByUpperLimits,
  type SubIndex,
  subIndexOf,
  worstOf,
} from './index-result.js';

export { EAQI_LABELS_FR, EAQI_LEVELS } from './index-levels.js';

import type { Pollutant } from './pollutants.js';

/** Pollutants of the EAQI. */
export type EaqiPollutant = 'pm25' | 'pm10' | 'no2' | 'o3' | 'so2';

/** Which edition of the EAQI bands to use. */
export type EaqiVersion = 2024 | 2017;

/**
 * Upper limits (µg/m³) of levels 1–5; level 6 is everything above. 2024: hourly concentrations of
 * all five pollutants. 2017: hourly NO2, O3, SO2 and the 24-hour running mean of PM.
 */
export const EAQI_UPPER_LIMITS: Readonly<
  Record<EaqiVersion, Readonly<Record<EaqiPollutant, readonly number[]>>>
> = {
  2024: {
    pm25: [5, 15, 50, 90, 140],
    pm10: [15, 45, 120, 195, 270],
    no2: [10, 25, 60, 100, 150],
    o3: [60, 100, 120, 160, 180],
    so2: [20, 40, 125, 190, 275],
  },
  2017: {
    pm25: [10, 20, 25, 50, 75],
    pm10: [20, 40, 50, 100, 150],
    no2: [40, 90, 120, 230, 340],
    o3: [50, 100, 130, 240, 380],
    so2: [100, 200, 350, 500, 750],
  },
};

/** Options of {@link eaqi}. */
export interface EaqiOptions {
  /** Edition of the bands. Default 2024. */
  readonly version?: EaqiVersion;
}

/**
 * EAQI level of one pollutant. The EEA gives bands as "0–5, 5–15 …" without saying which side a
 * limit belongs to; this package puts a value equal to a limit in the lower (better) band, as the
 * French arrêté of 10 July 2020 states explicitly for the same 2017 table. The top band is open.
 * Returns `undefined` for a negative or non-finite concentration.
 * @example
 * eaqiSubIndex('no2', 45); // level 3 'Moderate' (2024); { version: 2017 } gives level 2 'Fair'
 */
export function eaqiSubIndex(
  pollutant: EaqiPollutant,
  concentration: number,
  options: EaqiOptions = {},
): SubIndex | undefined {
  if (!Number.isFinite(concentration) || concentration < 0) return undefined;
  const uppers = EAQI_UPPER_LIMITS[options.version ?? 2024][pollutant];
  const level = levelByUpperLimits(concentration, uppers);
  return subIndexOf(EAQI_LEVELS[level - 1]!, pollutant as Pollutant, concentration);
}

/**
 * European Air Quality Index: the worst level among the pollutants given, with the pollutant
 * responsible. The EEA indexes a station only when it measures at least one of the five; it
 * defines no numeric value, only levels. Returns `undefined` when nothing valid is given.
 * @example
 * const index = eaqi({ pm25: 12, no2: 30, o3: 70 });
 * index?.label; // 'Moderate' (NO2 30 µg/m³ is in 25–60)
 * index?.dominant; // 'no2'
 */
export function eaqi(
  concentrations: Partial<Record<EaqiPollutant, number>>,
  options: EaqiOptions = {},
): IndexResult | undefined {
  const subs: SubIndex[] = [];
  for (const [pollutant, value] of Object.entries(concentrations) as [EaqiPollutant, number][]) {
    if (value === undefined || !(pollutant in EAQI_UPPER_LIMITS[2024])) continue;
    const sub = eaqiSubIndex(pollutant, value, options);
    if (sub) subs.push(sub);
  }
  return worstOf(subs);
}
