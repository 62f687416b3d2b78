/**
 * Air-quality index levels with the colours and words each standard prescribes, so that station
 * maps look like the official ones.
 * @packageDocumentation
 */

/** One level of an air-quality index. */
export interface AirQualityLevel {
  /** The index value as published (ATMO `code_qual`, EEA level number). */
  readonly code: number;
  /** Colour prescribed by the standard, `#rrggbb` in lower case. */
  readonly color: string;
  /** Label in French. */
  readonly fr: string;
  /** Label in English. */
  readonly en: string;
}

/** The air-quality indices whose levels are bundled. */
export type AirQualityIndex = 'atmo' | 'eaqi';

/**
 * French "indice ATMO" (arrêté du 10 juillet 2020, from 2021): six levels from "Bon" (blue) to
 * "Extrêmement mauvais" (magenta), plus the open-data codes 0 "Indisponible" and 7 "Événement"
 * of the Atmo France technical notice (14 December 2020), which also gives the hex colours.
 */
export const ATMO_LEVELS: readonly AirQualityLevel[] = [
  { code: 0, color: '#dddddd', fr: 'Indisponible', en: 'Unavailable' },
  { code: 1, color: '#50f0e6', fr: 'Bon', en: 'Good' },
  { code: 2, color: '#50ccaa', fr: 'Moyen', en: 'Fair' },
  { code: 3, color: '#f0e641', fr: 'Dégradé', en: 'Degraded' },
  { code: 4, color: '#ff5050', fr: 'Mauvais', en: 'Poor' },
  { code: 5, color: '#960032', fr: 'Très mauvais', en: 'Very poor' },
  { code: 6, color: '#872181', fr: 'Extrêmement mauvais', en: 'Extremely poor' },
  { code: 7, color: '#888888', fr: 'Événement', en: 'Event' },
];

/**
 * European Air Quality Index (EEA): six levels from Good to Extremely poor, in the EEA palette
 * (https://airindex.eea.europa.eu), which the ATMO index shares except for the last colour.
 */
export const EAQI_LEVELS: readonly AirQualityLevel[] = [
  { code: 1, color: '#50f0e6', fr: 'Bon', en: 'Good' },
  { code: 2, color: '#50ccaa', fr: 'Moyen', en: 'Fair' },
  { code: 3, color: '#f0e641', fr: 'Modéré', en: 'Moderate' },
  { code: 4, color: '#ff5050', fr: 'Mauvais', en: 'Poor' },
  { code: 5, color: '#960032', fr: 'Très mauvais', en: 'Very poor' },
  { code: 6, color: '#7d2181', fr: 'Extrêmement mauvais', en: 'Extremely poor' },
];

/**
 * The levels of an index.
 *
 * @example
 * ```ts
 * airQualityLevels('atmo').find((level) => level.code === 2)?.color; // '#50ccaa'
 * ```
 */
export function airQualityLevels(index: AirQualityIndex): readonly AirQualityLevel[] {
  return index === 'atmo' ? ATMO_LEVELS : EAQI_LEVELS;
}
