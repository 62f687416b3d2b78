/**
 * French indice ATMO, arrêté du 10 juillet 2020 relatif à l'indice de la qualité de l'air ambiant
 * (NOR TRER2017892A, JORF 29 July 2020), in force since 1 January 2021.
 * https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042164835 (Annexe I)
 * @packageDocumentation
 */

import { ATMO_LEVELS } from './index-levels.js';
import {
  type IndexResult,
  levelByUpperLimits,
  type SubIndex,
  subIndexOf,
  worstOf,
} from './index-result.js';

export { ATMO_LEVELS, ATMO_SPECIAL_CODES, ATMO_SPECIAL_LEVELS } from './index-levels.js';

/** Pollutants of the indice ATMO. */
export type AtmoPollutant = 'so2' | 'no2' | 'o3' | 'pm10' | 'pm25';

/**
 * Upper limits (µg/m³, inclusive: "concentration ≤ 40 → Bon; 40 < c ≤ 90 → Moyen") of classes 1–5;
 * class 6 is above. SO2, NO2, O3: maximum of the hourly values of the day; PM10, PM2.5: daily mean.
 */
export const ATMO_UPPER_LIMITS: Readonly<Record<AtmoPollutant, readonly number[]>> = {
  so2: [100, 200, 350, 500, 750],
  no2: [40, 90, 120, 230, 340],
  o3: [50, 100, 130, 240, 380],
  pm10: [20, 40, 50, 100, 150],
  pm25: [10, 20, 25, 50, 75],
};

/**
 * Sub-index (code_<polluant>) of one pollutant. Returns `undefined` for a negative or non-finite
 * concentration.
 * @example
 * atmoSubIndex('o3', 64.9); // level 2, 'Moyen' (50 < 64.9 ≤ 100)
 */
export function atmoSubIndex(
  pollutant: AtmoPollutant,
  concentration: number,
): SubIndex | undefined {
  if (!Number.isFinite(concentration) || concentration < 0) return undefined;
  const level = levelByUpperLimits(concentration, ATMO_UPPER_LIMITS[pollutant]);
  return subIndexOf(ATMO_LEVELS[level - 1]!, pollutant, concentration);
}

/**
 * Indice ATMO (code_qual): the worst sub-index of the pollutants given. The arrêté computes it from
 * all five pollutants; pass the aggregates it prescribes (daily max of hourly values for gases,
 * daily mean for PM). Returns `undefined` when nothing valid is given.
 * @example
 * const index = indiceAtmo({ no2: 17.8, so2: 0, o3: 64.9, pm10: 6.1, pm25: 3.6 });
 * index?.label; // 'Moyen'
 * index?.dominant; // 'o3'
 */
export function indiceAtmo(
  concentrations: Partial<Record<AtmoPollutant, number>>,
): IndexResult | undefined {
  const subs: SubIndex[] = [];
  for (const [pollutant, value] of Object.entries(concentrations) as [AtmoPollutant, number][]) {
    if (value === undefined || !(pollutant in ATMO_UPPER_LIMITS)) continue;
    const sub = atmoSubIndex(pollutant, value);
    if (sub) subs.push(sub);
  }
  return worstOf(subs);
}
