/**
 * The shape every air-quality index in this package returns.
 * @packageDocumentation
 */
import type { Pollutant } from './pollutants.js';

/** One level (band) of an index: its number, labels and colour. */
export interface IndexLevel {
  /** Level number, 1 = best. */
  readonly level: number;
  /** Label in the standard's own language (e.g. `Moyen` for the indice ATMO). */
  readonly label: string;
  /** English label. */
  readonly labelEn: string;
  /** The standard's colour as `#RRGGBB`. */
  readonly color: string;
}

/** The index of one pollutant (a sub-index). */
export interface SubIndex extends IndexLevel {
  /** The pollutant. */
  readonly pollutant: Pollutant;
  /** The concentration used, after the index's own truncation or rounding. */
  readonly concentration: number;
  /** Numeric value where the index defines one (US AQI 0–500, DAQI 1–10). */
  readonly value?: number;
  /** True when the concentration is above the top band the index defines. */
  readonly beyondIndex?: boolean;
}

/** The overall index: the worst sub-index, with the pollutant responsible. */
export interface IndexResult extends IndexLevel {
  /** Numeric value where the index defines one. */
  readonly value?: number;
  /** The pollutant of the worst sub-index (the first in input order on ties). */
  readonly dominant: Pollutant;
  /** Every sub-index computed. */
  readonly subIndices: readonly SubIndex[];
  /** True when the dominant concentration is above the top band. */
  readonly beyondIndex?: boolean;
}

/** Severity rank of a sub-index inside its level: beyond the top band ranks above any value. */
function rankOf(sub: SubIndex): number {
  return sub.beyondIndex ? Number.POSITIVE_INFINITY : (sub.value ?? 0);
}

/**
 * Picks the worst sub-index (highest level, then highest value); `undefined` when there is none.
 * Shared by every multi-pollutant index of the package.
 */
export function worstOf(subIndices: readonly SubIndex[]): IndexResult | undefined {
  let worst: SubIndex | undefined;
  for (const sub of subIndices) {
    if (
      worst === undefined ||
      sub.level > worst.level ||
      (sub.level === worst.level && rankOf(sub) > rankOf(worst))
    )
      worst = sub;
  }
  if (worst === undefined) return undefined;
  const { level, label, labelEn, color, value, beyondIndex, pollutant } = worst;
  return {
    level,
    label,
    labelEn,
    color,
    ...(value === undefined ? {} : { value }),
    ...(beyondIndex ? { beyondIndex } : {}),
    dominant: pollutant,
    subIndices,
  };
}

/**
 * Level (1-based) of a concentration in bands given by their inclusive upper limits: level k when
 * `c ≤ uppers[k-1]` and above the previous limit; `uppers.length + 1` above the last one.
 */
export function levelByUpperLimits(concentration: number, uppers: readonly number[]): number {
  for (let i = 0; i < uppers.length; i++) if (concentration <= uppers[i]!) return i + 1;
  return uppers.length + 1;
}

/**
 * Builds a sub-index from its level. Properties are written out rather than spread: object spread
 * is an order of magnitude slower on hot paths (a million index computations).
 */
export function subIndexOf(
  level: IndexLevel,
  pollutant: Pollutant,
  concentration: number,
  value?: number,
  beyondIndex?: boolean,
): SubIndex {
  const sub: {
    level: number;
    label: string;
    labelEn: string;
    color: string;
    pollutant: Pollutant;
    concentration: number;
    value?: number;
    beyondIndex?: boolean;
  } = {
    level: level.level,
    label: level.label,
    labelEn: level.labelEn,
    color: level.color,
    pollutant,
    concentration,
  };
  if (value !== undefined) sub.value = value;
  if (beyondIndex) sub.beyondIndex = true;
  return sub;
}
