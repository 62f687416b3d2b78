/**
 * Energy and power units used in French energy open data, and conversions between them.
 * @packageDocumentation
 */

/** Energy units: watt-hour multiples and tonnes of oil equivalent. */
export type EnergyUnit = 'Wh' | 'kWh' | 'MWh' | 'GWh' | 'TWh' | 'toe' | 'ktoe' | 'Mtoe';

/** Power units: watt multiples. */
export type PowerUnit = 'W' | 'kW' | 'MW' | 'GW';

/**
 * Megawatt-hours in one tonne of oil equivalent: 1 toe = 41.868 GJ (IEA/Eurostat definition,
 * also used by the French SDES: "1 tep = 41,868 GJ") and 1 MWh = 3.6 GJ, so 1 toe = 11.63 MWh.
 * This is the final-energy equivalence; primary-energy conventions (e.g. nuclear electricity
 * counted through a 33 % efficiency) are out of scope.
 */
export const MWH_PER_TOE = 11.63;

const WH_PER_ENERGY_UNIT: Record<EnergyUnit, number> = {
  Wh: 1,
  kWh: 1e3,
  MWh: 1e6,
  GWh: 1e9,
  TWh: 1e12,
  toe: MWH_PER_TOE * 1e6,
  ktoe: MWH_PER_TOE * 1e9,
  Mtoe: MWH_PER_TOE * 1e12,
};

const W_PER_POWER_UNIT: Record<PowerUnit, number> = { W: 1, kW: 1e3, MW: 1e6, GW: 1e9 };

/** True when `unit` is an {@link EnergyUnit}. */
export function isEnergyUnit(unit: string): unit is EnergyUnit {
  return Object.hasOwn(WH_PER_ENERGY_UNIT, unit);
}

/** True when `unit` is a {@link PowerUnit}. */
export function isPowerUnit(unit: string): unit is PowerUnit {
  return Object.hasOwn(W_PER_POWER_UNIT, unit);
}

/**
 * Converts an energy between units.
 *
 * @example
 * ```ts
 * convertEnergy(1, 'toe', 'MWh'); // 11.63
 * convertEnergy(2500, 'kWh', 'MWh'); // 2.5
 * ```
 */
export function convertEnergy(value: number, from: EnergyUnit, to: EnergyUnit): number {
  if (from === to) return value;
  return (value * WH_PER_ENERGY_UNIT[from]) / WH_PER_ENERGY_UNIT[to];
}

/**
 * Converts a power between units.
 *
 * @example
 * ```ts
 * convertPower(46_970, 'MW', 'GW'); // 46.97
 * ```
 */
export function convertPower(value: number, from: PowerUnit, to: PowerUnit): number {
  if (from === to) return value;
  return (value * W_PER_POWER_UNIT[from]) / W_PER_POWER_UNIT[to];
}

/**
 * Energy delivered by a constant (or mean) power over a duration: E = P × t.
 *
 * @param power mean power over the interval
 * @param powerUnit unit of `power`
 * @param minutes length of the interval in minutes (any step: 10, 15, 30, 60…)
 * @param energyUnit unit of the result; default the watt-hour matching `powerUnit` (W → Wh…)
 * @example
 * ```ts
 * // A Linky 30-min value of 540 W is 270 Wh.
 * meanPowerToEnergy(540, 'W', 30); // 270
 * // An éCO2mix 15-min value of 46 970 MW is 11 742.5 MWh.
 * meanPowerToEnergy(46_970, 'MW', 15); // 11742.5
 * ```
 */
export function meanPowerToEnergy(
  power: number,
  powerUnit: PowerUnit,
  minutes: number,
  energyUnit: EnergyUnit = `${powerUnit}h` as EnergyUnit,
): number {
  const wattHours = (power * W_PER_POWER_UNIT[powerUnit] * minutes) / 60;
  return wattHours / WH_PER_ENERGY_UNIT[energyUnit];
}

/**
 * Integrates a series of mean powers into energy, each value lasting `minutes` (a number for a
 * regular step, or one duration per value for irregular steps). Values that are not finite
 * (missing) are skipped and counted, never treated as zero.
 *
 * @example
 * ```ts
 * integrateMeanPower([500, 700], 'W', 30, 'kWh'); // { energy: 0.6, used: 2, skipped: 0 }
 * ```
 */
export function integrateMeanPower(
  powers: ArrayLike<number>,
  powerUnit: PowerUnit,
  minutes: number | ArrayLike<number>,
  energyUnit: EnergyUnit = `${powerUnit}h` as EnergyUnit,
): { energy: number; used: number; skipped: number } {
  let wattMinutes = 0;
  let used = 0;
  let skipped = 0;
  const regular = typeof minutes === 'number';
  if (!regular && minutes.length !== powers.length) {
    throw new RangeError(`integrateMeanPower: ${powers.length} values but ${minutes.length} steps`);
  }
  for (let i = 0; i < powers.length; i++) {
    const p = powers[i] as number;
    const step = regular ? minutes : (minutes[i] as number);
    if (!Number.isFinite(p) || !Number.isFinite(step)) {
      skipped++;
      continue;
    }
    wattMinutes += p * step;
    used++;
  }
  const energy = (wattMinutes * W_PER_POWER_UNIT[powerUnit]) / 60 / WH_PER_ENERGY_UNIT[energyUnit];
  return { energy, used, skipped };
}

/** Heating-value basis of a gas quantity: higher (PCS, gross) or lower (PCI, net). */
export type HeatingValueBasis = 'PCS' | 'PCI';

/**
 * Ratio PCS / PCI of natural gas used by default: 1.11. French gas networks meter and publish
 * energy in kWh PCS (ODRÉ: "GWh PCS 0 °C"), while regulatory emission factors (DPE, Base
 * Carbone) are per kWh PCI. The conventional ratio for natural gas is PCS = 1.11 × PCI (ADEME
 * Base Carbone documentation; Bilan Carbone guide, "Passage du PCS au PCI"), i.e. about 0.9 kWh
 * PCI per kWh PCS. Pass your own ratio for another gas (e.g. propane, ≈ 1.09).
 */
export const NATURAL_GAS_PCS_PER_PCI = 1.11;

/**
 * Converts a gas energy from one heating-value basis to the other.
 *
 * @param ratio PCS / PCI of the gas, default {@link NATURAL_GAS_PCS_PER_PCI}
 * @example
 * ```ts
 * convertHeatingValue(111, 'PCS', 'PCI'); // 100
 * ```
 */
export function convertHeatingValue(
  value: number,
  from: HeatingValueBasis,
  to: HeatingValueBasis,
  ratio: number = NATURAL_GAS_PCS_PER_PCI,
): number {
  if (from === to) return value;
  return from === 'PCS' ? value / ratio : value * ratio;
}
