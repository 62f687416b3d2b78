/**
 * Schemas of GTFS-Flex files: location groups and booking rules (`locations.geojson` is read
 * as GeoJSON by the loader) (https://gtfs.org/documentation/schedule/reference/#booking_rulestxt).
 * @packageDocumentation
 */
import { defineTable, type RowOf } from '@datacites/core';
import { count, gtfsTime, id, intEnum, text } from './fields.js';

/** `location_groups.txt`: named groups of stops served on demand. */
export const LocationGroupTable = defineTable({
  name: 'location_groups.txt',
  columns: { location_group_id: id(), location_group_name: text().optional() },
});
/** A row of `location_groups.txt`. */
export type LocationGroup = RowOf<typeof LocationGroupTable>;

/** `location_group_stops.txt`: stops of each location group. */
export const LocationGroupStopTable = defineTable({
  name: 'location_group_stops.txt',
  columns: { location_group_id: id(), stop_id: id() },
});
/** A row of `location_group_stops.txt`. */
export type LocationGroupStop = RowOf<typeof LocationGroupStopTable>;

/** `booking_rules.txt`: 0 real-time booking, 1 same-day with notice, 2 up to prior day(s). */
export const BookingRuleTable = defineTable({
  name: 'booking_rules.txt',
  columns: {
    booking_rule_id: id(),
    booking_type: intEnum<0 | 1 | 2>(0, 2),
    prior_notice_duration_min: count().optional(),
    prior_notice_duration_max: count().optional(),
    prior_notice_last_day: count().optional(),
    prior_notice_last_time: gtfsTime().optional(),
    prior_notice_start_day: count().optional(),
    prior_notice_start_time: gtfsTime().optional(),
    prior_notice_service_id: id().optional(),
    message: text().optional(),
    pickup_message: text().optional(),
    drop_off_message: text().optional(),
    phone_number: text().optional(),
    info_url: text().optional(),
    booking_url: text().optional(),
  },
});
/** A row of `booking_rules.txt`. */
export type BookingRule = RowOf<typeof BookingRuleTable>;
