/**
 * Air-quality data from AASQA, EEA, OpenAQ and Sensor.Community in one model, with the US AQI,
 * the European Air Quality Index, the indice ATMO and the UK DAQI computed exactly.
 * @packageDocumentation
 */
export {
  ATMO_LEVELS,
  ATMO_SPECIAL_CODES,
  ATMO_SPECIAL_LEVELS,
  ATMO_UPPER_LIMITS,
  type AtmoPollutant,
  atmoSubIndex,
  indiceAtmo,
} from './atmo.js';
export { loadAtmoIndexCsv } from './atmo-index-csv.js';
export { loadAtmoIndexGeoJson } from './atmo-index-geojson.js';
export { type AtmoIndexData, type AtmoIndexRecord, atmoRecordFrom } from './atmo-index-records.js';
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
export {
  type DailyIndex,
  type DailyIndexName,
  type DailyIndexOptions,
  dailyIndex,
} from './daily-index.js';
export { DAQI_LEVELS, DAQI_UPPER_LIMITS, type DaqiPollutant, daqi, daqiSubIndex } from './daqi.js';
export {
  EAQI_LABELS_FR,
  EAQI_LEVELS,
  EAQI_UPPER_LIMITS,
  type EaqiOptions,
  type EaqiPollutant,
  type EaqiVersion,
  eaqi,
  eaqiSubIndex,
} from './eaqi.js';
export { type EeaMeasurementOptions, loadEeaMeasurementsCsv } from './eea-measurements.js';
export { type EeaMetadata, type EeaSamplingPoint, loadEeaStationMetadata } from './eea-metadata.js';
export { loadEeaParquet } from './eea-parquet.js';
export {
  type EeaParquetFile,
  type EeaParquetFileList,
  loadEeaParquetUrlList,
} from './eea-url-list.js';
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
export { type HourlyIndex, hourlyEaqi, nowcastAqi } from './hourly-index.js';
export { HOUR_MS, type HourlyPoint, type HourlySeries, hourlySeries } from './hourly-series.js';
export type { IndexLevel, IndexResult, SubIndex } from './index-result.js';
export type { JsonInput } from './json-input.js';
export {
  type LoaderOptions,
  LoadSession,
  loadReport,
  type Place,
  SENTINELS,
} from './load-session.js';
export { type LongTableColumns, type LongTableOptions, loadLongTable } from './long-table.js';
export type {
  AirData,
  AirLoadAccount,
  AirLoadReport,
  Averaging,
  Measurement,
  Station,
  StationArea,
  StationType,
} from './model.js';
export { type NowcastPollutant, nowcast, nowcastSeries } from './nowcast.js';
export {
  loadOpenAqArchiveCsv,
  loadOpenAqLatestCsv,
  type OpenAqArchiveOptions,
  type OpenAqLatestOptions,
} from './openaq-csv.js';
export {
  type OpenAqLocations,
  type OpenAqMeasurementOptions,
  type OpenAqSensor,
  readOpenAqLocations,
  readOpenAqMeasurements,
} from './openaq-v3.js';
export {
  loadOpendatasoftStations,
  loadOpendatasoftStationsCsv,
  type OpendatasoftOptions,
} from './opendatasoft.js';
export {
  EEA_POLLUTANT_CODES,
  GASES,
  MOLAR_MASS,
  POLLUTANTS,
  type Pollutant,
  pollutantFrom,
} from './pollutants.js';
export { type HourlyMeansOptions, hourlyMeansOfReadings } from './readings.js';
export { loadSensorCommunityCsv } from './sensor-community.js';
export {
  type SpatialOptions,
  type StationValues,
  stationsToGrid,
  stationsToPolygons,
  type ValuedGridCell,
} from './spatial.js';
export {
  euUnit,
  hourlySeriesByStation,
  type StationSeries,
  type StationSeriesOptions,
} from './station-series.js';
export { fixedOffsetMinutes, isKnownTimeZone, type ParsedTime, parseDateTime } from './time.js';
export {
  type ConversionOptions,
  convertConcentration,
  molarVolume,
  parseUnit,
  REFERENCE_PRESSURE_KPA,
  REFERENCE_TEMPERATURE,
  type Unit,
} from './units.js';
export {
  US_AQI_LEVELS,
  type UsAqiMetric,
  usAqi,
  usAqiSubIndex,
} from './us-aqi.js';
export { usAqiValue, usAqiValues } from './us-aqi-values.js';
export { loadWideTable, type WideTableOptions } from './wide-table.js';
