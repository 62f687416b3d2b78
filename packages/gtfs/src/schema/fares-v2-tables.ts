/**
 * Schemas of GTFS Fares v2: areas, networks, timeframes, rider categories, fare media and
 * products, leg and transfer rules (https://gtfs.org/documentation/schedule/reference/#fare_productstxt).
 * @packageDocumentation
 */
import { defineTable, type RowOf } from '@datacites/core';
import { z } from 'zod';
import { count, flag, gtfsTime, id, intEnum, text } from './fields.js';

/** `areas.txt`: groups of stops used by fare rules. */
export const AreaTable = defineTable({
  name: 'areas.txt',
  columns: { area_id: id(), area_name: text().optional() },
});
/** A row of `areas.txt`. */
export type Area = RowOf<typeof AreaTable>;

/** `stop_areas.txt`: stops of each area. */
export const StopAreaTable = defineTable({
  name: 'stop_areas.txt',
  columns: { area_id: id(), stop_id: id() },
});
/** A row of `stop_areas.txt`. */
export type StopArea = RowOf<typeof StopAreaTable>;

/** `networks.txt`: route networks used by fare rules. */
export const NetworkTable = defineTable({
  name: 'networks.txt',
  columns: { network_id: id(), network_name: text().optional() },
});
/** A row of `networks.txt`. */
export type Network = RowOf<typeof NetworkTable>;

/** `route_networks.txt`: routes of each network. */
export const RouteNetworkTable = defineTable({
  name: 'route_networks.txt',
  columns: { network_id: id(), route_id: id() },
});
/** A row of `route_networks.txt`. */
export type RouteNetwork = RowOf<typeof RouteNetworkTable>;

/** `timeframes.txt`: time-of-day and service-day windows of fares. */
export const TimeframeTable = defineTable({
  name: 'timeframes.txt',
  columns: {
    timeframe_group_id: id(),
    start_time: gtfsTime().optional(),
    end_time: gtfsTime().optional(),
    service_id: id(),
  },
});
/** A row of `timeframes.txt`. */
export type Timeframe = RowOf<typeof TimeframeTable>;

/** `rider_categories.txt`: fare categories of riders. */
export const RiderCategoryTable = defineTable({
  name: 'rider_categories.txt',
  columns: {
    rider_category_id: id(),
    rider_category_name: text(),
    is_default_fare_category: flag().optional(),
    eligibility_url: text().optional(),
  },
});
/** A row of `rider_categories.txt`. */
export type RiderCategory = RowOf<typeof RiderCategoryTable>;

/** `fare_media.txt`: 0 none, 1 paper ticket, 2 transit card, 3 cEMV, 4 mobile app. */
export const FareMediaTable = defineTable({
  name: 'fare_media.txt',
  columns: {
    fare_media_id: id(),
    fare_media_name: text().optional(),
    fare_media_type: intEnum<0 | 1 | 2 | 3 | 4>(0, 4),
  },
});
/** A row of `fare_media.txt`. */
export type FareMedia = RowOf<typeof FareMediaTable>;

/** `fare_products.txt`: what riders buy. */
export const FareProductTable = defineTable({
  name: 'fare_products.txt',
  columns: {
    fare_product_id: id(),
    fare_product_name: text().optional(),
    rider_category_id: id().optional(),
    fare_media_id: id().optional(),
    amount: z.number(),
    currency: text(),
  },
});
/** A row of `fare_products.txt`. */
export type FareProduct = RowOf<typeof FareProductTable>;

/** `fare_leg_rules.txt`: fares of single legs. */
export const FareLegRuleTable = defineTable({
  name: 'fare_leg_rules.txt',
  columns: {
    leg_group_id: id().optional(),
    network_id: id().optional(),
    from_area_id: id().optional(),
    to_area_id: id().optional(),
    from_timeframe_group_id: id().optional(),
    to_timeframe_group_id: id().optional(),
    fare_product_id: id(),
    rule_priority: count().optional(),
  },
});
/** A row of `fare_leg_rules.txt`. */
export type FareLegRule = RowOf<typeof FareLegRuleTable>;

/** `fare_leg_join_rules.txt`: consecutive legs counted as one. */
export const FareLegJoinRuleTable = defineTable({
  name: 'fare_leg_join_rules.txt',
  columns: {
    from_network_id: id(),
    to_network_id: id(),
    from_stop_id: id().optional(),
    to_stop_id: id().optional(),
  },
});
/** A row of `fare_leg_join_rules.txt`. */
export type FareLegJoinRule = RowOf<typeof FareLegJoinRuleTable>;

/** `fare_transfer_rules.txt`: fares of transfers between legs. */
export const FareTransferRuleTable = defineTable({
  name: 'fare_transfer_rules.txt',
  columns: {
    from_leg_group_id: id().optional(),
    to_leg_group_id: id().optional(),
    transfer_count: z.int().min(-1).optional(),
    duration_limit: count().optional(),
    duration_limit_type: intEnum<0 | 1 | 2 | 3>(0, 3).optional(),
    fare_transfer_type: intEnum<0 | 1 | 2>(0, 2),
    fare_product_id: id().optional(),
  },
});
/** A row of `fare_transfer_rules.txt`. */
export type FareTransferRule = RowOf<typeof FareTransferRuleTable>;
