/**
 * Air-quality index levels with the colours and words each standard prescribes, so that station
 * maps look like the official ones.
 * @packageDocumentation
 */
import {
  ATMO_LEVELS as AIR_ATMO_LEVELS,
  EAQI_LEVELS as AIR_EAQI_LEVELS,
  ATMO_SPECIAL_LEVELS,
  EAQI_LABELS_FR,
  type IndexLevel,
} from '@datacites/air/levels';

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
 * Map level of an `@datacites/air` level (the source of truth for levels, labels and colours),
 * colour in lower case.
 */
function mapLevel(level: IndexLevel, fr: string): AirQualityLevel {
  return { code: level.level, color: level.color.toLowerCase(), fr, en: level.labelEn };
}

/** Codes 0–7 in order: classes 1–6 of the arrêté and the open-data codes 0 and 7. */
function atmoLevels(): AirQualityLevel[] {
  return [...AIR_ATMO_LEVELS, ...ATMO_SPECIAL_LEVELS]
    .sort((a, b) => a.level - b.level)
    .map((level) => mapLevel(level, level.label));
}

/** EAQI levels 1–6 with their French names. */
function eaqiLevels(): AirQualityLevel[] {
  return AIR_EAQI_LEVELS.map((level, i) => mapLevel(level, EAQI_LABELS_FR[i] ?? level.label));
}

/**
 * French "indice ATMO" (arrêté du 10 juillet 2020, from 2021): six levels from "Bon" (blue) to
 * "Extrêmement mauvais" (magenta), plus the open-data codes 0 "Indisponible" and 7 "Événement"
 * of the Atmo France technical notice (14 December 2020). Built from `@datacites/air`'s
 * `ATMO_LEVELS` and `ATMO_SPECIAL_LEVELS`, the source of truth.
 */
export const ATMO_LEVELS: readonly AirQualityLevel[] = /* @__PURE__ */ atmoLevels();

/**
 * European Air Quality Index (EEA): six levels from Good to Extremely poor, in the EEA palette
 * (https://airindex.eea.europa.eu), which the ATMO index shares except for the last colour.
 * Built from `@datacites/air`'s `EAQI_LEVELS` and `EAQI_LABELS_FR`.
 */
export const EAQI_LEVELS: readonly AirQualityLevel[] = /* @__PURE__ */ eaqiLevels();

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
