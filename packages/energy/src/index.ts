/**
 * `@datacites/energy`: French energy open data (Agence ORE, SDES, ODRÉ, RTE éCO2mix, Linky, DPE)
 * loaded right, and the indicators a territory's energy plan needs.
 * @packageDocumentation
 */

// Local wall-clock time moved to `@datacites/core` (`zoned-time.ts`); re-exported unchanged so
// that `import { ZoneClock, zoneClock } from '@datacites/energy'` keeps working.
export { type LocalParts, type LocalToUtc, ZoneClock, zoneClock } from '@datacites/core';
export {
  type DailyTemperature,
  DEFAULT_BASE_TEMPERATURE,
  type DegreeDayKind,
  type DegreeDayMethod,
  type DegreeDaysOptions,
  type DegreeDaysResult,
  defaultBase,
  degreeDay,
  degreeDays,
  FRENCH_HEATING_SEASON,
  inSeason,
  type Season,
  type TemperatureGap,
  totalsBy,
  UK_MET_OFFICE_BASE_TEMPERATURE,
} from './degree-days.js';
export { type DpeLoad, type DpeRecord, DpeTable, loadDpe } from './dpe.js';
export {
  ECO2MIX_FIELDS,
  type Eco2mixField,
  type Eco2mixLoad,
  Eco2mixTable,
  eco2mixSeries,
  loadEco2mix,
} from './eco2mix.js';
export {
  DPE_EMISSION_FACTORS,
  type EmissionFactor,
  type EmissionsOptions,
  emissionFactor,
  emissions,
} from './emission-factors.js';
export { fitLinear, type LinearFit } from './linear-regression.js';
export {
  inferStep,
  type LinkyCsvLoad,
  type LinkyCsvMetadata,
  LinkyCsvTable,
  loadLinkyCsv,
} from './linky-csv.js';
export { type LinkyJsonLoad, loadLinkyJson, type RowAccount } from './linky-json.js';
export {
  type DailyLoad,
  type IntervalStamp,
  type LoadCurve,
  type LoadCurveIndicators,
  type LoadCurveOptions,
  loadCurveIndicators,
  type TypicalProfile,
} from './load-curve.js';
export type { EnergyLoadReport } from './load-report.js';
export { LocalSequence, type ResolvedLocalTime } from './local-sequence.js';
export type {
  ConsumptionRecord,
  EnergyCarrier,
  MaskReason,
  Sector,
  TerritoryLevel,
  TimeSeries,
} from './model.js';
export { loadOdreAnnualConsumption, type OdreAnnualLoad, OdreAnnualTable } from './odre-annual.js';
export {
  carrierOf,
  loadOreConsumption,
  type OreConsumptionLoad,
  OreConsumptionTable,
  type OreLoadOptions,
} from './ore.js';
export {
  CARRIERS,
  type ConsumptionColumns,
  LEVELS,
  loadOreConsumptionColumns,
  MASKS,
  SECTORS,
} from './ore-columns.js';
export { nearestRankPercentile } from './percentile.js';
export {
  loadMeteoFranceDaily,
  loadOdreTemperatures,
  meteoFranceDailyTable,
  OdreTemperatureTable,
  type TemperatureLoad,
} from './temperatures.js';
export {
  type AggregatedConsumption,
  type Aggregation,
  aggregateConsumption,
  perCapita,
  perDwelling,
  perUnit,
  type TerritoryParents,
} from './territory.js';
export {
  convertEnergy,
  convertHeatingValue,
  convertPower,
  type EnergyUnit,
  type HeatingValueBasis,
  integrateMeanPower,
  isEnergyUnit,
  isPowerUnit,
  MWH_PER_TOE,
  meanPowerToEnergy,
  NATURAL_GAS_PCS_PER_PCI,
  type PowerUnit,
} from './units.js';
export {
  correctByDegreeDays,
  type DegreeDayCorrection,
  type DegreeDayCorrectionInput,
  type DegreeDayModel,
  type DegreeDayModelOptions,
  fitDegreeDayModel,
  referenceDegreeDays,
  type UsagePeriod,
} from './weather-normalisation.js';
