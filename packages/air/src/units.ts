/**
 * Concentration units and conversions between mass concentrations (µg/m³, mg/m³) and volume
 * mixing ratios (ppb, ppm) at an explicit reference temperature.
 * @packageDocumentation
 */
import { MOLAR_MASS, type Pollutant } from './pollutants.js';

/** A normalised concentration unit. */
export type Unit = 'ug/m3' | 'mg/m3' | 'ppb' | 'ppm';

/**
 * Reference temperatures in kelvin. `eu`: 293.15 K, the standard conditions of gaseous
 * pollutants in Directive 2008/50/EC and Directive (EU) 2024/2881 (293 K, 101.3 kPa).
 * `us`: 298.15 K, the 25 °C reference of US EPA rules (40 CFR 50.3).
 */
export const REFERENCE_TEMPERATURE = { eu: 293.15, us: 298.15 } as const;

/** Standard pressure used with both reference temperatures, in kPa (101.325). */
export const REFERENCE_PRESSURE_KPA = 101.325;

/** Molar gas constant, J/(mol·K) (CODATA 2018, exact). */
const GAS_CONSTANT = 8.314462618;

const UNIT_ALIASES = new Map<string, Unit>([
  ['ug/m3', 'ug/m3'],
  ['µg/m3', 'ug/m3'],
  ['µg/m³', 'ug/m3'],
  ['ug/m³', 'ug/m3'],
  ['μg/m³', 'ug/m3'],
  ['μg/m3', 'ug/m3'],
  ['ug.m-3', 'ug/m3'],
  ['µg.m-3', 'ug/m3'],
  ['µg-m3', 'ug/m3'],
  ['ug-m3', 'ug/m3'],
  ['microg/m3', 'ug/m3'],
  ['mg/m3', 'mg/m3'],
  ['mg/m³', 'mg/m3'],
  ['mg.m-3', 'mg/m3'],
  ['mg-m3', 'mg/m3'],
  ['ppb', 'ppb'],
  ['ppbv', 'ppb'],
  ['ppm', 'ppm'],
  ['ppmv', 'ppm'],
]);

/**
 * Reads a unit as sources write it (`µg/m³`, `ug.m-3`, `µg-m3`, `ppbv`, `mg.m-3` …), or
 * `undefined` when it is not a concentration unit this package converts.
 * @example
 * parseUnit('ug.m-3'); // 'ug/m3'
 */
export function parseUnit(text: string): Unit | undefined {
  return UNIT_ALIASES.get(text.trim().toLowerCase().replace(/\s+/g, ''));
}

/** Molar volume of an ideal gas in L/mol at `temperatureK` and 101.325 kPa (24.055 at 293.15 K). */
export function molarVolume(temperatureK: number): number {
  return (GAS_CONSTANT * temperatureK) / REFERENCE_PRESSURE_KPA;
}

/** Options of {@link convertConcentration}. */
export interface ConversionOptions {
  /**
   * Reference temperature in kelvin, or `eu` (293.15 K) / `us` (298.15 K). Required when the
   * conversion crosses between mass and volume units; choose the one of the index computed.
   */
  readonly temperature?: number | keyof typeof REFERENCE_TEMPERATURE;
}

/**
 * Converts a concentration between µg/m³, mg/m³, ppb and ppm:
 * `µg/m³ = ppb × M / Vm` with `Vm = R·T / P` (ideal gas, P = 101.325 kPa).
 * Particles (pm25, pm10) convert only between µg/m³ and mg/m³.
 * @throws RangeError when asked for a mixing ratio of particles, or a mass↔volume conversion
 *   without a reference temperature.
 * @example
 * convertConcentration(100, 'ppb', 'ug/m3', 'no2', { temperature: 'eu' }); // 191.25 µg/m³
 * convertConcentration(40, 'ug/m3', 'ppb', 'no2', { temperature: 'us' }); // 21.27 ppb
 */
export function convertConcentration(
  value: number,
  from: Unit,
  to: Unit,
  pollutant: Pollutant,
  options: ConversionOptions = {},
): number {
  if (from === to) return value;
  const fromMass = from === 'ug/m3' || from === 'mg/m3';
  const toMass = to === 'ug/m3' || to === 'mg/m3';
  // Scale to µg/m³ or ppb first.
  const base = from === 'mg/m3' || from === 'ppm' ? value * 1000 : value;
  let converted = base;
  if (fromMass !== toMass) {
    if (pollutant === 'pm25' || pollutant === 'pm10') {
      throw new RangeError(`${pollutant} has no volume mixing ratio: cannot convert ${from}→${to}`);
    }
    const t = options.temperature;
    if (t === undefined) {
      throw new RangeError(`converting ${from}→${to} needs a reference temperature (eu or us)`);
    }
    const kelvin = typeof t === 'number' ? t : REFERENCE_TEMPERATURE[t];
    const factor = MOLAR_MASS[pollutant] / molarVolume(kelvin); // µg/m³ per ppb
    converted = fromMass ? base / factor : base * factor;
  }
  return to === 'mg/m3' || to === 'ppm' ? converted / 1000 : converted;
}
