/**
 * Health reference levels: WHO 2021 air quality guidelines with interim targets, and the EU limit
 * values to be met by 1 January 2030.
 *
 * WHO: *WHO global air quality guidelines: particulate matter (PM2.5 and PM10), ozone, nitrogen
 * dioxide, sulfur dioxide and carbon monoxide*, 22 September 2021, ISBN 978-92-4-003422-8, Table 0.1,
 * https://www.who.int/publications/i/item/9789240034228 .
 * EU: Directive (EU) 2024/2881 of 23 October 2024 on ambient air quality and cleaner air for Europe,
 * Annex I, Section 1, Table 1, https://eur-lex.europa.eu/eli/dir/2024/2881/oj .
 * @packageDocumentation
 */
import type { Pollutant } from './pollutants.js';

/** Averaging period of a reference level. */
export type ReferencePeriod = '1h' | '8h-daily-max' | '24h' | 'year' | 'peak-season';

/** One reference level. Concentrations in µg/m³, except CO in mg/m³. */
export interface ReferenceLevel {
  readonly pollutant: Pollutant;
  readonly period: ReferencePeriod;
  /** The level; a period value above it is an exceedance. */
  readonly value: number;
  /** `ug/m3`, or `mg/m3` for CO. */
  readonly unit: 'ug/m3' | 'mg/m3';
  /** Exceedances allowed per calendar year (EU), or the 99th-percentile rule (WHO short-term: 3–4 days). */
  readonly allowedPerYear?: number;
  /** Which level of a scheme: WHO `AQG`, `IT-1` … `IT-4`; EU `limit-2030`. */
  readonly kind: string;
}

const who = (
  pollutant: Pollutant,
  period: ReferencePeriod,
  levels: readonly (number | undefined)[],
  unit: 'ug/m3' | 'mg/m3' = 'ug/m3',
): ReferenceLevel[] => {
  const kinds = ['IT-1', 'IT-2', 'IT-3', 'IT-4', 'AQG'];
  const shortTerm = period === '24h' || period === '8h-daily-max';
  return levels.flatMap((value, i) =>
    value === undefined
      ? []
      : [
          {
            pollutant,
            period,
            value,
            unit,
            kind: kinds[i]!,
            ...(shortTerm ? { allowedPerYear: 3 } : {}),
          },
        ],
  );
};

/**
 * WHO 2021 guideline levels (AQG) and interim targets (IT-1 … IT-4), Table 0.1. Short-term levels
 * are 99th percentiles (3–4 exceedance days a year): `allowedPerYear` is 3.
 */
export const WHO_2021: readonly ReferenceLevel[] = [
  ...who('pm25', 'year', [35, 25, 15, 10, 5]),
  ...who('pm25', '24h', [75, 50, 37.5, 25, 15]),
  ...who('pm10', 'year', [70, 50, 30, 20, 15]),
  ...who('pm10', '24h', [150, 100, 75, 50, 45]),
  ...who('o3', 'peak-season', [100, 70, undefined, undefined, 60]),
  ...who('o3', '8h-daily-max', [160, 120, undefined, undefined, 100]),
  ...who('no2', 'year', [40, 30, 20, undefined, 10]),
  ...who('no2', '24h', [120, 50, undefined, undefined, 25]),
  ...who('so2', '24h', [125, 50, undefined, undefined, 40]),
  ...who('co', '24h', [7, undefined, undefined, undefined, 4], 'mg/m3'),
];

const eu = (
  pollutant: Pollutant,
  period: ReferencePeriod,
  value: number,
  allowedPerYear?: number,
  unit: 'ug/m3' | 'mg/m3' = 'ug/m3',
): ReferenceLevel => ({
  pollutant,
  period,
  value,
  unit,
  kind: 'limit-2030',
  ...(allowedPerYear === undefined ? {} : { allowedPerYear }),
});

/**
 * Limit values for the protection of human health to be attained by 1 January 2030, Directive
 * (EU) 2024/2881 Annex I Table 1 (the six pollutants of this package). Hourly NO2 and SO2 limits may
 * be exceeded 3 times, daily limits 18 times a calendar year.
 */
export const EU_LIMITS_2030: readonly ReferenceLevel[] = [
  eu('pm25', '24h', 25, 18),
  eu('pm25', 'year', 10),
  eu('pm10', '24h', 45, 18),
  eu('pm10', 'year', 20),
  eu('no2', '1h', 200, 3),
  eu('no2', '24h', 50, 18),
  eu('no2', 'year', 20),
  eu('so2', '1h', 350, 3),
  eu('so2', '24h', 50, 18),
  eu('so2', 'year', 20),
  eu('co', '8h-daily-max', 10, undefined, 'mg/m3'),
  eu('co', '24h', 4, 18, 'mg/m3'),
];

/**
 * The reference levels of a scheme for one pollutant and period.
 * @example
 * referenceLevels(EU_LIMITS_2030, 'pm10', '24h'); // [{ value: 45, allowedPerYear: 18, … }]
 */
export function referenceLevels(
  scheme: readonly ReferenceLevel[],
  pollutant: Pollutant,
  period?: ReferencePeriod,
): ReferenceLevel[] {
  return scheme.filter(
    (l) => l.pollutant === pollutant && (period === undefined || l.period === period),
  );
}
