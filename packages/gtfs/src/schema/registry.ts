/**
 * Every file of the GTFS Schedule reference that the loader knows: its schema, whether the
 * reference requires it, and whether it is stored columnar.
 * @packageDocumentation
 */
import type { Table } from '@datacites/core';
import {
  AgencyTable,
  CalendarDateTable,
  CalendarTable,
  FrequencyTable,
  RouteTable,
  ShapeTable,
  StopTable,
  StopTimeTable,
  TransferTable,
  TripTable,
} from './core-tables.js';
import {
  AreaTable,
  FareLegJoinRuleTable,
  FareLegRuleTable,
  FareMediaTable,
  FareProductTable,
  FareTransferRuleTable,
  NetworkTable,
  RiderCategoryTable,
  RouteNetworkTable,
  StopAreaTable,
  TimeframeTable,
} from './fares-v2-tables.js';
import { BookingRuleTable, LocationGroupStopTable, LocationGroupTable } from './flex-tables.js';
import {
  AttributionTable,
  FareAttributeTable,
  FareRuleTable,
  FeedInfoTable,
  LevelTable,
  PathwayTable,
  TranslationTable,
} from './other-tables.js';

/** Presence of a file in the reference. */
export type FilePresence = 'required' | 'conditionally-required' | 'optional';

/** One file of the reference. */
export interface GtfsFileSpec {
  /** File name in the archive, e.g. `stop_times.txt`. */
  readonly file: string;
  /** Property of the loaded feed holding its rows. */
  readonly key: TableKey;
  readonly table: Table<unknown>;
  readonly presence: FilePresence;
  /** Stored as typed columns rather than row objects. */
  readonly columnar: boolean;
}

/** Properties of a loaded feed holding the rows of a `.txt` file. */
export type TableKey =
  | 'agency'
  | 'stops'
  | 'routes'
  | 'trips'
  | 'stopTimes'
  | 'calendar'
  | 'calendarDates'
  | 'fareAttributes'
  | 'fareRules'
  | 'timeframes'
  | 'riderCategories'
  | 'fareMedia'
  | 'fareProducts'
  | 'fareLegRules'
  | 'fareLegJoinRules'
  | 'fareTransferRules'
  | 'areas'
  | 'stopAreas'
  | 'networks'
  | 'routeNetworks'
  | 'shapes'
  | 'frequencies'
  | 'transfers'
  | 'pathways'
  | 'levels'
  | 'locationGroups'
  | 'locationGroupStops'
  | 'bookingRules'
  | 'translations'
  | 'feedInfo'
  | 'attributions';

const spec = (
  file: string,
  key: TableKey,
  table: Table<unknown>,
  presence: FilePresence = 'optional',
  columnar = false,
): GtfsFileSpec => ({ file, key, table, presence, columnar });

/** The `.txt` files of the GTFS Schedule reference, in the reference's order. */
export const GTFS_FILES: readonly GtfsFileSpec[] = [
  spec('agency.txt', 'agency', AgencyTable as Table<unknown>, 'required'),
  spec('stops.txt', 'stops', StopTable as Table<unknown>, 'conditionally-required'),
  spec('routes.txt', 'routes', RouteTable as Table<unknown>, 'required'),
  spec('trips.txt', 'trips', TripTable as Table<unknown>, 'required'),
  spec('stop_times.txt', 'stopTimes', StopTimeTable as Table<unknown>, 'required', true),
  spec('calendar.txt', 'calendar', CalendarTable as Table<unknown>, 'conditionally-required'),
  spec(
    'calendar_dates.txt',
    'calendarDates',
    CalendarDateTable as Table<unknown>,
    'conditionally-required',
  ),
  spec('fare_attributes.txt', 'fareAttributes', FareAttributeTable as Table<unknown>),
  spec('fare_rules.txt', 'fareRules', FareRuleTable as Table<unknown>),
  spec('timeframes.txt', 'timeframes', TimeframeTable as Table<unknown>),
  spec('rider_categories.txt', 'riderCategories', RiderCategoryTable as Table<unknown>),
  spec('fare_media.txt', 'fareMedia', FareMediaTable as Table<unknown>),
  spec('fare_products.txt', 'fareProducts', FareProductTable as Table<unknown>),
  spec('fare_leg_rules.txt', 'fareLegRules', FareLegRuleTable as Table<unknown>),
  spec('fare_leg_join_rules.txt', 'fareLegJoinRules', FareLegJoinRuleTable as Table<unknown>),
  spec('fare_transfer_rules.txt', 'fareTransferRules', FareTransferRuleTable as Table<unknown>),
  spec('areas.txt', 'areas', AreaTable as Table<unknown>),
  spec('stop_areas.txt', 'stopAreas', StopAreaTable as Table<unknown>),
  spec('networks.txt', 'networks', NetworkTable as Table<unknown>),
  spec('route_networks.txt', 'routeNetworks', RouteNetworkTable as Table<unknown>),
  spec('shapes.txt', 'shapes', ShapeTable as Table<unknown>, 'optional', true),
  spec('frequencies.txt', 'frequencies', FrequencyTable as Table<unknown>),
  spec('transfers.txt', 'transfers', TransferTable as Table<unknown>),
  spec('pathways.txt', 'pathways', PathwayTable as Table<unknown>),
  spec('levels.txt', 'levels', LevelTable as Table<unknown>),
  spec('location_groups.txt', 'locationGroups', LocationGroupTable as Table<unknown>),
  spec('location_group_stops.txt', 'locationGroupStops', LocationGroupStopTable as Table<unknown>),
  spec('booking_rules.txt', 'bookingRules', BookingRuleTable as Table<unknown>),
  spec('translations.txt', 'translations', TranslationTable as Table<unknown>),
  spec('feed_info.txt', 'feedInfo', FeedInfoTable as Table<unknown>),
  spec('attributions.txt', 'attributions', AttributionTable as Table<unknown>),
];

/** The GeoJSON file of GTFS-Flex zones. */
export const LOCATIONS_FILE = 'locations.geojson';
