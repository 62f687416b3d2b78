/**
 * Schemas of the core GTFS Schedule files: agencies, stops, routes, trips, stop times,
 * calendars, shapes, frequencies and transfers (https://gtfs.org/documentation/schedule/reference/).
 * @packageDocumentation
 */
import { defineTable, type RowOf } from '@datacites/core';
import {
  accessibility,
  amount,
  count,
  flag,
  gtfsDate,
  gtfsTime,
  id,
  intEnum,
  latitude,
  longitude,
  pickupDropOff,
  text,
} from './fields.js';

/** `agency.txt`: transit agencies. */
export const AgencyTable = defineTable({
  name: 'agency.txt',
  columns: {
    agency_id: id().optional(),
    agency_name: text(),
    agency_url: text(),
    agency_timezone: text(),
    agency_lang: text().optional(),
    agency_phone: text().optional(),
    agency_fare_url: text().optional(),
    agency_email: text().optional(),
    cemv_support: intEnum<0 | 1 | 2>(0, 2).optional(),
  },
});
/** A row of `agency.txt`. */
export type Agency = RowOf<typeof AgencyTable>;

/** `location_type`: 0 stop/platform, 1 station, 2 entrance/exit, 3 generic node, 4 boarding area. */
export type LocationType = 0 | 1 | 2 | 3 | 4;

/** `stops.txt`: stops, stations, entrances, generic nodes and boarding areas. */
export const StopTable = defineTable({
  name: 'stops.txt',
  columns: {
    stop_id: id(),
    stop_code: text().optional(),
    stop_name: text().optional(),
    tts_stop_name: text().optional(),
    stop_desc: text().optional(),
    stop_lat: latitude().optional(),
    stop_lon: longitude().optional(),
    zone_id: id().optional(),
    stop_url: text().optional(),
    location_type: intEnum<LocationType>(0, 4).optional(),
    parent_station: id().optional(),
    stop_timezone: text().optional(),
    wheelchair_boarding: accessibility().optional(),
    level_id: id().optional(),
    platform_code: text().optional(),
    stop_access: flag().optional(),
  },
});
/** A row of `stops.txt`. */
export type Stop = RowOf<typeof StopTable>;

/** `routes.txt`: routes (lines). `route_type` is a basic (0–12) or extended (100–1702) type. */
export const RouteTable = defineTable({
  name: 'routes.txt',
  columns: {
    route_id: id(),
    agency_id: id().optional(),
    route_short_name: text().optional(),
    route_long_name: text().optional(),
    route_desc: text().optional(),
    route_type: count(),
    route_url: text().optional(),
    route_color: text().optional(),
    route_text_color: text().optional(),
    route_sort_order: count().optional(),
    continuous_pickup: pickupDropOff().optional(),
    continuous_drop_off: pickupDropOff().optional(),
    network_id: id().optional(),
    cemv_support: intEnum<0 | 1 | 2>(0, 2).optional(),
  },
});
/** A row of `routes.txt`. */
export type Route = RowOf<typeof RouteTable>;

/** `trips.txt`: trips of a route on a service. */
export const TripTable = defineTable({
  name: 'trips.txt',
  columns: {
    route_id: id(),
    service_id: id(),
    trip_id: id(),
    trip_headsign: text().optional(),
    trip_short_name: text().optional(),
    direction_id: flag().optional(),
    block_id: id().optional(),
    shape_id: id().optional(),
    wheelchair_accessible: accessibility().optional(),
    bikes_allowed: accessibility().optional(),
    cars_allowed: accessibility().optional(),
  },
});
/** A row of `trips.txt`. */
export type Trip = RowOf<typeof TripTable>;

/**
 * `stop_times.txt`: calls of trips at stops, or (GTFS-Flex) at location groups and GeoJSON
 * locations, with pickup/drop-off windows instead of times. Loaded columnar.
 */
export const StopTimeTable = defineTable({
  name: 'stop_times.txt',
  columns: {
    trip_id: id(),
    arrival_time: gtfsTime().optional(),
    departure_time: gtfsTime().optional(),
    stop_id: id().optional(),
    location_group_id: id().optional(),
    location_id: id().optional(),
    stop_sequence: count(),
    stop_headsign: text().optional(),
    start_pickup_drop_off_window: gtfsTime().optional(),
    end_pickup_drop_off_window: gtfsTime().optional(),
    pickup_type: pickupDropOff().optional(),
    drop_off_type: pickupDropOff().optional(),
    continuous_pickup: pickupDropOff().optional(),
    continuous_drop_off: pickupDropOff().optional(),
    shape_dist_traveled: amount().optional(),
    timepoint: flag().optional(),
    pickup_booking_rule_id: id().optional(),
    drop_off_booking_rule_id: id().optional(),
  },
});
/** A row of `stop_times.txt`. */
export type StopTime = RowOf<typeof StopTimeTable>;

/** `calendar.txt`: weekly service patterns between two dates. */
export const CalendarTable = defineTable({
  name: 'calendar.txt',
  columns: {
    service_id: id(),
    monday: flag(),
    tuesday: flag(),
    wednesday: flag(),
    thursday: flag(),
    friday: flag(),
    saturday: flag(),
    sunday: flag(),
    start_date: gtfsDate(),
    end_date: gtfsDate(),
  },
});
/** A row of `calendar.txt`. */
export type Calendar = RowOf<typeof CalendarTable>;

/** `calendar_dates.txt`: exceptions (1 service added, 2 service removed). */
export const CalendarDateTable = defineTable({
  name: 'calendar_dates.txt',
  columns: {
    service_id: id(),
    date: gtfsDate(),
    exception_type: intEnum<1 | 2>(1, 2),
  },
});
/** A row of `calendar_dates.txt`. */
export type CalendarDate = RowOf<typeof CalendarDateTable>;

/** `shapes.txt`: vehicle paths, one point per row. Loaded columnar. */
export const ShapeTable = defineTable({
  name: 'shapes.txt',
  columns: {
    shape_id: id(),
    shape_pt_lat: latitude(),
    shape_pt_lon: longitude(),
    shape_pt_sequence: count(),
    shape_dist_traveled: amount().optional(),
  },
});
/** A row of `shapes.txt`. */
export type ShapePoint = RowOf<typeof ShapeTable>;

/** `frequencies.txt`: headway-based service (0 frequency-based, 1 exact schedule). */
export const FrequencyTable = defineTable({
  name: 'frequencies.txt',
  columns: {
    trip_id: id(),
    start_time: gtfsTime(),
    end_time: gtfsTime(),
    headway_secs: count(),
    exact_times: flag().optional(),
  },
});
/** A row of `frequencies.txt`. */
export type Frequency = RowOf<typeof FrequencyTable>;

/** `transfers.txt`: transfer rules between stops, routes or trips (types 0–5). */
export const TransferTable = defineTable({
  name: 'transfers.txt',
  columns: {
    from_stop_id: id().optional(),
    to_stop_id: id().optional(),
    from_route_id: id().optional(),
    to_route_id: id().optional(),
    from_trip_id: id().optional(),
    to_trip_id: id().optional(),
    transfer_type: intEnum<0 | 1 | 2 | 3 | 4 | 5>(0, 5).optional(),
    min_transfer_time: count().optional(),
  },
});
/** A row of `transfers.txt`. */
export type Transfer = RowOf<typeof TransferTable>;
