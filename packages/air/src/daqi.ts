/**
 * UK Daily Air Quality Index (DAQI), Defra / COMEAP.
 * Sources: Defra UK-AIR, "Daily Air Quality Index",
 * https://uk-air.defra.gov.uk/air-pollution/daqi?view=more-info ; Defra, *Update on Implementation
 * of the Daily Air Quality Index*, April 2013,
 * https://uk-air.defra.gov.uk/assets/documents/reports/cat14/1304251155_Update_on_Implementation_of_the_DAQI_April_2013_Final.pdf
 * @packageDocumentation
 */
import {
  type IndexLevel,
  type IndexResult,
  levelByUpperLimits,
  type SubIndex,
  subIndexOf,
  worstOf,
} from './index-result.js';

/** Pollutants of the DAQI. */
export type DaqiPollutant = 'no2' | 'o3' | 'pm25' | 'pm10' | 'so2';

const BANDS = ['Low', 'Low', 'Low', 'Moderate', 'Moderate', 'Moderate', 'High', 'High', 'High'];
const COLORS = [
  '#9CFF9C',
  '#31FF00',
  '#31CF00',
  '#FFFF00',
  '#FFCF00',
  '#FF9A00',
  '#FF6464',
  '#FF0000',
  '#990000',
  '#CE30FF',
];

/** Indices 1–10 with their band (Low 1–3, Moderate 4–6, High 7–9, Very High 10) and UK-AIR colour. */
export const DAQI_LEVELS: readonly IndexLevel[] = COLORS.map((color, i) => {
  const band = BANDS[i] ?? 'Very High';
  return { level: i + 1, label: band, labelEn: band, color };
});

/**
 * Upper limits (µg/m³, whole numbers, inclusive) of indices 1–9; index 10 is above. Averaging:
 * NO2 hourly mean, O3 running 8-hour mean, PM2.5 and PM10 24-hour mean, SO2 15-minute mean.
 */
export const DAQI_UPPER_LIMITS: Readonly<Record<DaqiPollutant, readonly number[]>> = {
  no2: [67, 134, 200, 267, 334, 400, 467, 534, 600],
  o3: [33, 66, 100, 120, 140, 160, 187, 213, 240],
  pm25: [11, 23, 35, 41, 47, 53, 58, 64, 70],
  pm10: [16, 33, 50, 58, 66, 75, 83, 91, 100],
  so2: [88, 177, 266, 354, 443, 532, 710, 887, 1064],
};

/**
 * DAQI of one pollutant (1–10). The Defra bands are in whole µg/m³ (e.g. NO2 0–67, 68–134), so the
 * concentration is first rounded to the nearest whole µg/m³, halves up. Returns `undefined` for a
 * negative or non-finite concentration.
 * @example
 * daqiSubIndex('pm25', 35.4); // value 3, 'Low' (rounds to 35)
 * daqiSubIndex('pm25', 35.5); // value 4, 'Moderate' (rounds to 36)
 */
export function daqiSubIndex(
  pollutant: DaqiPollutant,
  concentration: number,
): SubIndex | undefined {
  if (!Number.isFinite(concentration) || concentration < 0) return undefined;
  const rounded = Math.floor(concentration + 0.5);
  const level = levelByUpperLimits(rounded, DAQI_UPPER_LIMITS[pollutant]);
  return subIndexOf(DAQI_LEVELS[level - 1]!, pollutant, rounded, level);
}

/**
 * UK DAQI: the highest index among the pollutants given, with the pollutant responsible.
 * Returns `undefined` when nothing valid is given.
 * @example
 * const index = daqi({ no2: 120, pm25: 40 });
 * index?.value; // 4 (PM2.5 36–41 → 4; NO2 68–134 → 2)
 * index?.dominant; // 'pm25'
 */
export function daqi(
  concentrations: Partial<Record<DaqiPollutant, number>>,
): IndexResult | undefined {
  const subs: SubIndex[] = [];
  for (const [pollutant, value] of Object.entries(concentrations) as [DaqiPollutant, number][]) {
    if (value === undefined || !(pollutant in DAQI_UPPER_LIMITS)) continue;
    const sub = daqiSubIndex(pollutant, value);
    if (sub) subs.push(sub);
  }
  return worstOf(subs);
}
