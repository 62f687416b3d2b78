/**
 * Schemas of the GTFS files around the core: stations (pathways, levels), Fares v1, feed
 * information, translations and attributions (https://gtfs.org/documentation/schedule/reference/).
 * @packageDocumentation
 */
import { defineTable, type RowOf } from '@datacites/core';
import { z } from 'zod';
import { amount, count, flag, gtfsDate, id, intEnum, text } from './fields.js';

/** `pathways.txt`: links inside stations (mode 1 walkway … 7 exit gate). */
export const PathwayTable = defineTable({
  name: 'pathways.txt',
  columns: {
    pathway_id: id(),
    from_stop_id: id(),
    to_stop_id: id(),
    pathway_mode: intEnum<1 | 2 | 3 | 4 | 5 | 6 | 7>(1, 7),
    is_bidirectional: flag(),
    length: amount().optional(),
    traversal_time: count().optional(),
    stair_count: z.int().optional(),
    max_slope: z.number().optional(),
    min_width: amount().optional(),
    signposted_as: text().optional(),
    reversed_signposted_as: text().optional(),
  },
});
/** A row of `pathways.txt`. */
export type Pathway = RowOf<typeof PathwayTable>;

/** `levels.txt`: floors of stations. */
export const LevelTable = defineTable({
  name: 'levels.txt',
  columns: { level_id: id(), level_index: z.number(), level_name: text().optional() },
});
/** A row of `levels.txt`. */
export type Level = RowOf<typeof LevelTable>;

/** `fare_attributes.txt` (Fares v1). */
export const FareAttributeTable = defineTable({
  name: 'fare_attributes.txt',
  columns: {
    fare_id: id(),
    price: amount(),
    currency_type: text(),
    payment_method: flag(),
    transfers: intEnum<0 | 1 | 2>(0, 2).optional(),
    agency_id: id().optional(),
    transfer_duration: count().optional(),
  },
});
/** A row of `fare_attributes.txt`. */
export type FareAttribute = RowOf<typeof FareAttributeTable>;

/** `fare_rules.txt` (Fares v1). */
export const FareRuleTable = defineTable({
  name: 'fare_rules.txt',
  columns: {
    fare_id: id(),
    route_id: id().optional(),
    origin_id: id().optional(),
    destination_id: id().optional(),
    contains_id: id().optional(),
  },
});
/** A row of `fare_rules.txt`. */
export type FareRule = RowOf<typeof FareRuleTable>;

/** `feed_info.txt`: publisher, languages and validity of the dataset. */
export const FeedInfoTable = defineTable({
  name: 'feed_info.txt',
  columns: {
    feed_publisher_name: text(),
    feed_publisher_url: text(),
    feed_lang: text(),
    default_lang: text().optional(),
    feed_start_date: gtfsDate().optional(),
    feed_end_date: gtfsDate().optional(),
    feed_version: text().optional(),
    feed_contact_email: text().optional(),
    feed_contact_url: text().optional(),
  },
});
/** A row of `feed_info.txt`. */
export type FeedInfo = RowOf<typeof FeedInfoTable>;

/** `translations.txt`: translated names, headsigns, URLs… */
export const TranslationTable = defineTable({
  name: 'translations.txt',
  columns: {
    table_name: text(),
    field_name: text(),
    language: text(),
    translation: text(),
    record_id: id().optional(),
    record_sub_id: id().optional(),
    field_value: text().optional(),
  },
});
/** A row of `translations.txt`. */
export type Translation = RowOf<typeof TranslationTable>;

/** `attributions.txt`: organisations credited for the dataset. */
export const AttributionTable = defineTable({
  name: 'attributions.txt',
  columns: {
    attribution_id: id().optional(),
    agency_id: id().optional(),
    route_id: id().optional(),
    trip_id: id().optional(),
    organization_name: text(),
    is_producer: flag().optional(),
    is_operator: flag().optional(),
    is_authority: flag().optional(),
    attribution_url: text().optional(),
    attribution_email: text().optional(),
    attribution_phone: text().optional(),
  },
});
/** A row of `attributions.txt`. */
export type Attribution = RowOf<typeof AttributionTable>;
