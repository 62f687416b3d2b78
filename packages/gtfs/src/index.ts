/**
 * `@datacites/gtfs`: GTFS Schedule feeds in Node and browsers — load, calendar, frequencies,
 * statistics and GeoJSON.
 * @packageDocumentation
 */
export {
  activeServiceIds,
  type ServiceDates,
  serviceDates,
  tripIndexesOn,
  tripsOn,
} from './calendar.js';
export { type Call, type CallsBetweenOptions, callsBetween } from './departures.js';
export type { ColumnarRows, FileReport, GtfsFeed, UnknownFile } from './feed.js';
export { type FeedIndex, indexFeed, NO_TIME } from './feed-index.js';
export { type TripInstance, tripInstances } from './frequencies.js';
export {
  flexLocationsToGeoJSON,
  type RouteProperties,
  routesToGeoJSON,
  type ShapeProperties,
  shapesToGeoJSON,
  stopsToGeoJSON,
  type TripProperties,
  tripsToGeoJSON,
} from './geojson.js';
export { type LoadGtfsOptions, loadGtfs } from './load/load-gtfs.js';
export {
  type Alert,
  decodeRealtime,
  type InformedEntity,
  type RealtimeEvent,
  type RealtimeFeed,
  type RealtimeTrip,
  type RealtimeVehicle,
  type StopTimeUpdate,
  type TripUpdate,
  type VehiclePosition,
} from './realtime/decode-realtime.js';
export {
  type JoinedTripUpdate,
  type JoinedVehiclePosition,
  type JoinRealtimeOptions,
  joinRealtime,
  type PredictedCall,
  type RealtimeJoin,
} from './realtime/join-realtime.js';
export { serviceDayStart, timeZoneOffset } from './realtime/service-day.js';
export * from './schema/core-tables.js';
export * from './schema/fares-v2-tables.js';
export * from './schema/fields.js';
export * from './schema/flex-tables.js';
export * from './schema/other-tables.js';
export {
  type FilePresence,
  GTFS_FILES,
  type GtfsFileSpec,
  type TableKey,
} from './schema/registry.js';
export { dayNumber, isoDate } from './service-date.js';
export { lineLengthKm, type ShapeLine, shapeLines } from './shapes.js';
export {
  DEFAULT_HEADWAY_WINDOW,
  type Headways,
  headways,
  secondsOf,
  type TimeOfDay,
} from './stats/headways.js';
export { type DatedRun, runsOn } from './stats/instances.js';
export {
  type IntensityBin,
  type IntensityOptions,
  type NetworkStats,
  networkStats,
  serviceIntensity,
} from './stats/network-stats.js';
export { type RouteStats, type RouteStatsOptions, routeStats } from './stats/route-stats.js';
export { type StopStats, type StopStatsOptions, stopStats } from './stats/stop-stats.js';
export { type TripStats, tripStats } from './stats/trip-stats.js';
export type { Notice, NoticeCount } from './validate/notices.js';
export { MAX_SPEED_KMH } from './validate/trip-rules.js';
export {
  type ValidateOptions,
  type ValidationReport,
  validateGtfs,
} from './validate/validate-gtfs.js';
export { type SubsetOptions, subsetGtfs } from './write/subset-gtfs.js';
export { gtfsFiles, writeGtfs } from './write/write-gtfs.js';
export { crc32, writeZip, type ZipInput } from './write/zip-writer.js';
