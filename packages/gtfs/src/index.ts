/**
 * `@datacites/gtfs`: GTFS Schedule feeds in Node and browsers — load, calendar, frequencies,
 * statistics and GeoJSON.
 * @packageDocumentation
 */
export type { ColumnarRows, FileReport, GtfsFeed, UnknownFile } from './feed.js';
export { type LoadGtfsOptions, loadGtfs } from './load/load-gtfs.js';
export * from './schema/core-tables.js';
export * from './schema/fares-v2-tables.js';
export * from './schema/fields.js';
export * from './schema/flex-tables.js';
export * from './schema/other-tables.js';
export { type FilePresence, GTFS_FILES, type GtfsFileSpec, type TableKey } from './schema/registry.js';
