/**
 * The loaded feed: row objects for small files, typed columns for `stop_times.txt` and
 * `shapes.txt`, the Flex locations, files the reference does not define, and what was loaded.
 * @packageDocumentation
 */
import type { Column, IssueCount, LoadAccount, LoadIssue } from '@datacites/core';
import type { FeatureCollection } from 'geojson';
import type {
  Agency,
  Calendar,
  CalendarDate,
  Frequency,
  Route,
  ShapePoint,
  Stop,
  StopTime,
  Transfer,
  Trip,
} from './schema/core-tables.js';
import type {
  Area,
  FareLegJoinRule,
  FareLegRule,
  FareMedia,
  FareProduct,
  FareTransferRule,
  Network,
  RiderCategory,
  RouteNetwork,
  StopArea,
  Timeframe,
} from './schema/fares-v2-tables.js';
import type { BookingRule, LocationGroup, LocationGroupStop } from './schema/flex-tables.js';
import type {
  Attribution,
  FareAttribute,
  FareRule,
  FeedInfo,
  Level,
  Pathway,
  Translation,
} from './schema/other-tables.js';

/**
 * A table stored as typed columns (numbers and times in typed arrays, strings interned).
 * Columns absent from the file are `undefined`; empty cells are flagged in `Column.state`.
 */
export interface ColumnarRows<Row> {
  /** Rows kept. */
  readonly length: number;
  /** A column by field name (reference or extra column), undefined when the file lacks it. */
  column(name: (keyof Row & string) | (string & {})): Column | undefined;
  /** Row `index` as an object (allocates). */
  row(index: number): Row;
  /** Every row as an object (allocates; for small tables and checks). */
  rows(): IterableIterator<Row>;
}

/** What happened to one file of the feed. */
export interface FileReport {
  /** File name (as in the archive). */
  readonly file: string;
  /** `loaded` (a reference file), `unknown` (kept, not part of the reference), `absent`. */
  readonly status: 'loaded' | 'unknown' | 'absent';
  /** Rows read, kept and rejected, bytes, encoding (loaded `.txt` files). */
  readonly account?: LoadAccount;
  /** Columns of the file that the reference does not define (kept as strings). */
  readonly extraColumns: readonly string[];
  /** Issues of the file, per code and severity. */
  readonly issueCounts: readonly IssueCount[];
  /**
   * 1-based source line where each kept row starts (`lines[i]` for the table's row `i`), from
   * `@datacites/core`; absent for files not read as a table and for feeds derived by `subsetGtfs`.
   * Not enumerable, so that `JSON.stringify(feed.report)` stays a short report.
   */
  readonly lines?: Uint32Array;
}

/** A file the reference does not define, kept as it was. */
export interface UnknownFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** A GTFS Schedule feed loaded by `loadGtfs`. Absent files give empty tables. */
export interface GtfsFeed {
  readonly agency: readonly Agency[];
  readonly stops: readonly Stop[];
  readonly routes: readonly Route[];
  readonly trips: readonly Trip[];
  readonly stopTimes: ColumnarRows<StopTime>;
  readonly calendar: readonly Calendar[];
  readonly calendarDates: readonly CalendarDate[];
  readonly fareAttributes: readonly FareAttribute[];
  readonly fareRules: readonly FareRule[];
  readonly timeframes: readonly Timeframe[];
  readonly riderCategories: readonly RiderCategory[];
  readonly fareMedia: readonly FareMedia[];
  readonly fareProducts: readonly FareProduct[];
  readonly fareLegRules: readonly FareLegRule[];
  readonly fareLegJoinRules: readonly FareLegJoinRule[];
  readonly fareTransferRules: readonly FareTransferRule[];
  readonly areas: readonly Area[];
  readonly stopAreas: readonly StopArea[];
  readonly networks: readonly Network[];
  readonly routeNetworks: readonly RouteNetwork[];
  readonly shapes: ColumnarRows<ShapePoint>;
  readonly frequencies: readonly Frequency[];
  readonly transfers: readonly Transfer[];
  readonly pathways: readonly Pathway[];
  readonly levels: readonly Level[];
  readonly locationGroups: readonly LocationGroup[];
  readonly locationGroupStops: readonly LocationGroupStop[];
  readonly bookingRules: readonly BookingRule[];
  readonly translations: readonly Translation[];
  readonly feedInfo: readonly FeedInfo[];
  readonly attributions: readonly Attribution[];
  /** GTFS-Flex zones from `locations.geojson`, when present and valid. */
  readonly locations: FeatureCollection | undefined;
  /** Files the reference does not define, kept byte for byte. */
  readonly unknownFiles: readonly UnknownFile[];
  /** Per file: rows read, kept, rejected; extra columns; issue counts. */
  readonly report: readonly FileReport[];
  /** Issues kept (bounded per code), every file together. */
  readonly issues: readonly LoadIssue[];
  /** Exact issue counts per code and severity. */
  readonly issueCounts: readonly IssueCount[];
}
