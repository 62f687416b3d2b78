/**
 * The normalised model every loader of the package produces: annual consumption records by
 * territory and sector, and time series with their interval convention.
 * @packageDocumentation
 */

import type { EnergyUnit, HeatingValueBasis, PowerUnit } from './units.js';

/** Territorial levels of French energy open data, from the finest. */
export type TerritoryLevel =
  | 'address'
  | 'iris'
  | 'commune'
  | 'epci'
  | 'departement'
  | 'region'
  | 'country';

/**
 * Sectors ("grands secteurs") of the ORE/SDES data: codes R, T, I, A and X (non affecté /
 * professionnel non affecté), plus `total` for all-sector values.
 */
export type Sector =
  | 'residentiel'
  | 'tertiaire'
  | 'industrie'
  | 'agriculture'
  | 'non-affecte'
  | 'total';

/** Energy carriers ("filières"): E electricity, G gas, C heat network, F cold network. */
export type EnergyCarrier = 'electricite' | 'gaz' | 'chaleur' | 'froid' | 'total';

/** Why a published value is absent: statistical secrecy (`secret`) or not available (`nd`). */
export type MaskReason = 'secret' | 'nd';

/** One annual consumption value of one territory, sector and carrier. */
export interface ConsumptionRecord {
  /** INSEE code of the territory (commune, IRIS, département, région…), or an address label. */
  readonly territoryCode: string;
  readonly territoryLevel: TerritoryLevel;
  readonly territoryName?: string;
  readonly sector: Sector;
  readonly carrier: EnergyCarrier;
  readonly year: number;
  /** Consumption, or null when masked ({@link mask}) or empty. */
  readonly value: number | null;
  readonly unit: EnergyUnit;
  /** Heating-value basis of gas quantities (network data are PCS). */
  readonly heatingValue?: HeatingValueBasis;
  /** Number of delivery points (PDL/PCE), or null when masked. */
  readonly deliveryPoints: number | null;
  /** Why `value` is null, when the file says. */
  readonly mask?: MaskReason;
  /** Network operator (Enedis, GRDF, an ELD…). */
  readonly operator?: string;
  /** Share (0–1) of the value measured rather than estimated (ORE "indice qualité"). */
  readonly quality?: number;
  /** Aggregation cells hidden by secrecy inside this value (ORE "mailles secrétisées"). */
  readonly secretCells?: number;
  /** Number of dwellings (Enedis address files). */
  readonly dwellings?: number;
  /** Heat/cold network identifier (SDES), when the record is per network. */
  readonly network?: string;
  /** 1-based line of the source file the record comes from. */
  readonly line?: number;
}

/** A regular time series of mean power or energy per interval. */
export interface TimeSeries {
  /** Instants as epoch milliseconds (UTC). */
  readonly timestamps: Float64Array;
  /** Values; NaN where missing. */
  readonly values: Float64Array;
  readonly unit: PowerUnit | EnergyUnit;
  /** Interval length in minutes. */
  readonly stepMinutes: number;
  /** Whether a timestamp marks the end (Enedis) or the start (RTE éCO2mix) of its interval. */
  readonly stamp: 'end' | 'start';
  /** IANA time zone of the local timestamps in the source. */
  readonly timeZone: string;
}
