/**
 * Greenhouse-gas emission factors for energy use, each carrying its value, unit, year, heating
 * value basis and source, and the computation of emissions from consumption.
 * @packageDocumentation
 */

import type { EnergyCarrier } from './model.js';
import {
  convertEnergy,
  convertHeatingValue,
  type EnergyUnit,
  type HeatingValueBasis,
  NATURAL_GAS_PCS_PER_PCI,
} from './units.js';

/** An emission factor in kg CO2e per kWh of final energy. */
export interface EmissionFactor {
  /** Stable identifier, e.g. `dpe-2021/gaz-naturel`. */
  readonly id: string;
  /** Name as in the source. */
  readonly label: string;
  readonly carrier: EnergyCarrier | 'fioul' | 'bois' | 'charbon' | 'gpl';
  /** kg CO2e per kWh. */
  readonly value: number;
  readonly unit: 'kgCO2e/kWh';
  /** Year the factor applies from (regulatory) or refers to (statistical). */
  readonly year: number;
  /** Heating value of the kWh it applies to; `final` for electricity and heat. */
  readonly basis: HeatingValueBasis | 'final';
  /** Citation of the official text or database entry. */
  readonly source: string;
}

const DPE_2021 =
  'Arrêté du 31 mars 2021 relatif aux méthodes et procédures applicables au diagnostic de performance énergétique, annexe (facteurs d’émission, kg CO2e/kWh PCI) — values as tabulated by lesgrandesterres.net/GES_2022_01.htm';
const DPE_2023 =
  'Arrêté du 3 novembre 2022 modifiant les méthodes du DPE (facteurs d’émission applicables aux DPE établis à partir de 2023) — values as tabulated by lesgrandesterres.net/GES_2022_01.htm';

/**
 * Regulatory emission factors of the French energy performance certificate (DPE), per kWh of
 * final energy on a PCI basis. Electricity factors by use are **not** included: their values
 * could not be verified against the official text here; pass the Base Empreinte "Électricité –
 * mix moyen – consommation" factor of the year you report as your own {@link EmissionFactor}.
 */
export const DPE_EMISSION_FACTORS: readonly EmissionFactor[] = [
  ef('dpe-2021/gaz-naturel', 'Gaz naturel', 'gaz', 0.227, 2021, DPE_2021),
  ef('dpe-2021/fioul-domestique', 'Fioul domestique', 'fioul', 0.324, 2021, DPE_2021),
  ef('dpe-2021/bois-buches', 'Bois – bûches', 'bois', 0.03, 2021, DPE_2021),
  ef('dpe-2021/bois-granules', 'Bois – granulés', 'bois', 0.03, 2021, DPE_2021),
  ef('dpe-2021/bois-plaquettes', 'Bois – plaquettes forestières', 'bois', 0.024, 2021, DPE_2021),
  ef('dpe-2021/charbon', 'Charbon', 'charbon', 0.385, 2021, DPE_2021),
  ef('dpe-2023/gaz-naturel', 'Gaz naturel', 'gaz', 0.227, 2023, DPE_2023),
  ef('dpe-2023/fioul-domestique', 'Fioul domestique', 'fioul', 0.324, 2023, DPE_2023),
  ef('dpe-2023/bois-buches', 'Bois – bûches', 'bois', 0.03, 2023, DPE_2023),
  ef('dpe-2023/bois-granules', 'Bois – granulés', 'bois', 0.03, 2023, DPE_2023),
  ef('dpe-2023/bois-plaquettes', 'Bois – plaquettes forestières', 'bois', 0.024, 2023, DPE_2023),
  ef('dpe-2023/charbon', 'Charbon', 'charbon', 0.384, 2023, DPE_2023),
];

function ef(
  id: string,
  label: string,
  carrier: EmissionFactor['carrier'],
  value: number,
  year: number,
  source: string,
): EmissionFactor {
  return { id, label, carrier, value, unit: 'kgCO2e/kWh', year, basis: 'PCI', source };
}

/** Looks a factor up by id in {@link DPE_EMISSION_FACTORS} (or a list you pass). */
export function emissionFactor(
  id: string,
  factors: readonly EmissionFactor[] = DPE_EMISSION_FACTORS,
): EmissionFactor | undefined {
  return factors.find((f) => f.id === id);
}

/** Options of {@link emissions}. */
export interface EmissionsOptions {
  /** Heating-value basis of the consumption (gas network data are PCS). Default the factor's. */
  readonly basis?: HeatingValueBasis;
  /** PCS/PCI ratio used when bases differ. Default {@link NATURAL_GAS_PCS_PER_PCI}. */
  readonly pcsPerPci?: number;
}

/**
 * Emissions in kg CO2e of a consumption, converting units and, for fuels, the heating-value
 * basis of the consumption to the factor's (e.g. GRDF kWh PCS → kWh PCI before × 0.227).
 *
 * @example
 * ```ts
 * const gas = emissionFactor('dpe-2023/gaz-naturel')!;
 * emissions(111, 'MWh', gas, { basis: 'PCS' }); // 111 MWh PCS = 100 MWh PCI → 22 700 kg CO2e
 * ```
 */
export function emissions(
  consumption: number,
  unit: EnergyUnit,
  factor: EmissionFactor,
  options: EmissionsOptions = {},
): number {
  let kWh = convertEnergy(consumption, unit, 'kWh');
  if (factor.basis !== 'final' && options.basis !== undefined && options.basis !== factor.basis) {
    kWh = convertHeatingValue(kWh, options.basis, factor.basis, options.pcsPerPci);
  }
  return kWh * factor.value;
}
