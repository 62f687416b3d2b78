/**
 * Air-quality data from AASQA, EEA, OpenAQ and Sensor.Community in one model, with the US AQI,
 * the European Air Quality Index, the indice ATMO and the UK DAQI computed exactly.
 * @packageDocumentation
 */
export {
  ATMO_LEVELS,
  ATMO_SPECIAL_CODES,
  ATMO_UPPER_LIMITS,
  type AtmoPollutant,
  atmoSubIndex,
  indiceAtmo,
} from './atmo.js';
export {
  type DailyMax8hOptions,
  type DailyOptions,
  type DailyValue,
  dailyMax8hMeans,
  dailyMaxHourly,
  dailyMeans,
  type RunningMeanOptions,
  runningMeans,
} from './averaging.js';
export { DAQI_LEVELS, DAQI_UPPER_LIMITS, type DaqiPollutant, daqi, daqiSubIndex } from './daqi.js';
export {
  EAQI_LEVELS,
  EAQI_UPPER_LIMITS,
  type EaqiOptions,
  type EaqiPollutant,
  type EaqiVersion,
  eaqi,
  eaqiSubIndex,
} from './eaqi.js';
export {
  type AssessYearOptions,
  assessYear,
  type ExceedanceCount,
  type YearAssessment,
} from './exceedances.js';
export {
  EU_LIMITS_2030,
  type ReferenceLevel,
  type ReferencePeriod,
  referenceLevels,
  WHO_2021,
} from './health-references.js';
export { HOUR_MS, type HourlyPoint, type HourlySeries, hourlySeries } from './hourly-series.js';
export type { IndexLevel, IndexResult, SubIndex } from './index-result.js';
export { type NowcastPollutant, nowcast, nowcastSeries } from './nowcast.js';
export {
  EEA_POLLUTANT_CODES,
  GASES,
  MOLAR_MASS,
  POLLUTANTS,
  type Pollutant,
  pollutantFrom,
} from './pollutants.js';
export {
  type ConversionOptions,
  convertConcentration,
  molarVolume,
  parseUnit,
  REFERENCE_PRESSURE_KPA,
  REFERENCE_TEMPERATURE,
  type Unit,
} from './units.js';
export { US_AQI_LEVELS, type UsAqiMetric, usAqi, usAqiSubIndex } from './us-aqi.js';
