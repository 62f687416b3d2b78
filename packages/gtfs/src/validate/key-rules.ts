/**
 * `duplicate_key` (a primary key used twice) and `foreign_key_violation` (a reference to an ID
 * the referenced file lacks).
 * @packageDocumentation
 */
import type { Column } from '@datacites/core';
import type { ColumnarRows, GtfsFeed } from '../feed.js';
import { type NoticeList, notice } from './notices.js';

type Rows = readonly Record<string, unknown>[];

const PRIMARY_KEYS: [keyof GtfsFeed, string, string[]][] = [
  ['agency', 'agency.txt', ['agency_id']],
  ['stops', 'stops.txt', ['stop_id']],
  ['routes', 'routes.txt', ['route_id']],
  ['trips', 'trips.txt', ['trip_id']],
  ['calendar', 'calendar.txt', ['service_id']],
  ['calendarDates', 'calendar_dates.txt', ['service_id', 'date']],
  ['frequencies', 'frequencies.txt', ['trip_id', 'start_time']],
  ['levels', 'levels.txt', ['level_id']],
  ['pathways', 'pathways.txt', ['pathway_id']],
  ['fareAttributes', 'fare_attributes.txt', ['fare_id']],
  ['areas', 'areas.txt', ['area_id']],
  ['stopAreas', 'stop_areas.txt', ['area_id', 'stop_id']],
  ['networks', 'networks.txt', ['network_id']],
  ['routeNetworks', 'route_networks.txt', ['route_id']],
  ['riderCategories', 'rider_categories.txt', ['rider_category_id']],
  ['fareMedia', 'fare_media.txt', ['fare_media_id']],
  ['fareProducts', 'fare_products.txt', ['fare_product_id', 'rider_category_id', 'fare_media_id']],
  ['locationGroups', 'location_groups.txt', ['location_group_id']],
  ['locationGroupStops', 'location_group_stops.txt', ['location_group_id', 'stop_id']],
  ['bookingRules', 'booking_rules.txt', ['booking_rule_id']],
];

function duplicates(rows: Rows, file: string, keys: string[], list: NoticeList): void {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const values = keys.map((key) => String(row[key] ?? ''));
    const key = values.join('\u0000');
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    const entityIds = Object.fromEntries(keys.map((k, j) => [k, values[j]!]));
    list.add(
      notice('duplicate_key', 'error', file, i, `${keys.join(', ')} also used on row ${first}`, {
        field: keys[0]!,
        entityIds,
      }),
    );
  });
}

/** Duplicate (trip_id, stop_sequence) or (shape_id, shape_pt_sequence) in a columnar file. */
function columnarDuplicates(
  table: ColumnarRows<unknown>,
  file: string,
  idName: string,
  sequenceName: string,
  list: NoticeList,
): void {
  const ids = table.column(idName);
  const sequence = table.column(sequenceName)?.data;
  if (!ids || !sequence) return;
  const seen = new Map<number, Set<number>>();
  for (let i = 0; i < table.length; i++) {
    const code = ids.data[i]!;
    let set = seen.get(code);
    if (!set) {
      set = new Set();
      seen.set(code, set);
    }
    const value = sequence[i]!;
    if (!set.has(value)) {
      set.add(value);
      continue;
    }
    list.add(
      notice('duplicate_key', 'error', file, i, `${idName}, ${sequenceName} used twice`, {
        field: sequenceName,
        entityIds: { [idName]: ids.dictionary[code]!, [sequenceName]: String(value) },
      }),
    );
  }
}

function idSet(rows: Rows, key: string): Set<string> {
  const set = new Set<string>();
  for (const row of rows) if (typeof row[key] === 'string') set.add(row[key] as string);
  return set;
}

function references(
  rows: Rows,
  file: string,
  field: string,
  target: ReadonlySet<string>,
  targetName: string,
  list: NoticeList,
): void {
  rows.forEach((row, i) => {
    const value = row[field];
    if (typeof value !== 'string' || target.has(value)) return;
    list.add(
      notice(
        'foreign_key_violation',
        'error',
        file,
        i,
        `${field} ${value} is not in ${targetName}`,
        {
          field,
          entityIds: { [field]: value },
        },
      ),
    );
  });
}

/** Foreign keys of a columnar column: each distinct missing value once, at its first row. */
function columnReferences(
  column: Column | undefined,
  file: string,
  field: string,
  target: ReadonlySet<string>,
  targetName: string,
  list: NoticeList,
): void {
  if (!column) return;
  const missing = new Set<number>();
  column.dictionary.forEach((value, code) => {
    if (!target.has(value)) missing.add(code);
  });
  if (missing.size === 0) return;
  for (let i = 0; i < column.length; i++) {
    const code = column.data[i]!;
    if (column.state?.[i] || !missing.has(code)) continue;
    missing.delete(code);
    const value = column.dictionary[code]!;
    list.add(
      notice(
        'foreign_key_violation',
        'error',
        file,
        i,
        `${field} ${value} is not in ${targetName}`,
        {
          field,
          entityIds: { [field]: value },
        },
      ),
    );
  }
}

/** `duplicate_key` and `foreign_key_violation` over every file. */
export function checkKeys(feed: GtfsFeed, list: NoticeList): void {
  for (const [key, file, fields] of PRIMARY_KEYS) duplicates(feed[key] as Rows, file, fields, list);
  columnarDuplicates(feed.stopTimes, 'stop_times.txt', 'trip_id', 'stop_sequence', list);
  columnarDuplicates(feed.shapes, 'shapes.txt', 'shape_id', 'shape_pt_sequence', list);

  const stops = idSet(feed.stops as Rows, 'stop_id');
  const routes = idSet(feed.routes as Rows, 'route_id');
  const trips = idSet(feed.trips as Rows, 'trip_id');
  const agencies = idSet(feed.agency as Rows, 'agency_id');
  const services = new Set([
    ...idSet(feed.calendar as Rows, 'service_id'),
    ...idSet(feed.calendarDates as Rows, 'service_id'),
  ]);
  const shapes = new Set(feed.shapes.column('shape_id')?.dictionary ?? []);
  const ref = (rows: unknown, file: string, field: string, target: Set<string>, name: string) =>
    references(rows as Rows, file, field, target, name, list);

  if (agencies.size > 0) ref(feed.routes, 'routes.txt', 'agency_id', agencies, 'agency.txt');
  ref(feed.trips, 'trips.txt', 'route_id', routes, 'routes.txt');
  ref(feed.trips, 'trips.txt', 'service_id', services, 'calendar.txt or calendar_dates.txt');
  ref(feed.trips, 'trips.txt', 'shape_id', shapes, 'shapes.txt');
  ref(feed.stops, 'stops.txt', 'parent_station', stops, 'stops.txt');
  ref(feed.stops, 'stops.txt', 'level_id', idSet(feed.levels as Rows, 'level_id'), 'levels.txt');
  ref(feed.frequencies, 'frequencies.txt', 'trip_id', trips, 'trips.txt');
  for (const field of ['from_stop_id', 'to_stop_id']) {
    ref(feed.transfers, 'transfers.txt', field, stops, 'stops.txt');
    ref(feed.pathways, 'pathways.txt', field, stops, 'stops.txt');
  }
  for (const field of ['from_route_id', 'to_route_id'])
    ref(feed.transfers, 'transfers.txt', field, routes, 'routes.txt');
  for (const field of ['from_trip_id', 'to_trip_id'])
    ref(feed.transfers, 'transfers.txt', field, trips, 'trips.txt');
  const fares = idSet(feed.fareAttributes as Rows, 'fare_id');
  ref(feed.fareRules, 'fare_rules.txt', 'fare_id', fares, 'fare_attributes.txt');
  ref(feed.fareRules, 'fare_rules.txt', 'route_id', routes, 'routes.txt');
  const products = idSet(feed.fareProducts as Rows, 'fare_product_id');
  const categories = idSet(feed.riderCategories as Rows, 'rider_category_id');
  const media = idSet(feed.fareMedia as Rows, 'fare_media_id');
  const areas = idSet(feed.areas as Rows, 'area_id');
  ref(
    feed.fareProducts,
    'fare_products.txt',
    'rider_category_id',
    categories,
    'rider_categories.txt',
  );
  ref(feed.fareProducts, 'fare_products.txt', 'fare_media_id', media, 'fare_media.txt');
  ref(feed.fareLegRules, 'fare_leg_rules.txt', 'fare_product_id', products, 'fare_products.txt');
  for (const field of ['from_area_id', 'to_area_id'])
    ref(feed.fareLegRules, 'fare_leg_rules.txt', field, areas, 'areas.txt');
  ref(
    feed.fareTransferRules,
    'fare_transfer_rules.txt',
    'fare_product_id',
    products,
    'fare_products.txt',
  );
  // Fares v2 references of the reference's schema: a fare leg rule's network_id is a
  // networks.txt network_id or a routes.txt network_id; timeframe groups come from
  // timeframes.txt; transfer rules name leg groups of fare_leg_rules.txt.
  const networkIds = new Set([
    ...idSet(feed.networks as Rows, 'network_id'),
    ...idSet(feed.routes as Rows, 'network_id'),
  ]);
  const networkNames = 'networks.txt or routes.txt';
  ref(feed.fareLegRules, 'fare_leg_rules.txt', 'network_id', networkIds, networkNames);
  const timeframes = idSet(feed.timeframes as Rows, 'timeframe_group_id');
  for (const field of ['from_timeframe_group_id', 'to_timeframe_group_id'])
    ref(feed.fareLegRules, 'fare_leg_rules.txt', field, timeframes, 'timeframes.txt');
  ref(
    feed.timeframes,
    'timeframes.txt',
    'service_id',
    services,
    'calendar.txt or calendar_dates.txt',
  );
  const legGroups = idSet(feed.fareLegRules as Rows, 'leg_group_id');
  for (const field of ['from_leg_group_id', 'to_leg_group_id'])
    ref(feed.fareTransferRules, 'fare_transfer_rules.txt', field, legGroups, 'fare_leg_rules.txt');
  for (const field of ['from_network_id', 'to_network_id'])
    ref(feed.fareLegJoinRules, 'fare_leg_join_rules.txt', field, networkIds, networkNames);
  for (const field of ['from_stop_id', 'to_stop_id'])
    ref(feed.fareLegJoinRules, 'fare_leg_join_rules.txt', field, stops, 'stops.txt');
  ref(feed.stopAreas, 'stop_areas.txt', 'area_id', areas, 'areas.txt');
  ref(feed.stopAreas, 'stop_areas.txt', 'stop_id', stops, 'stops.txt');
  const networks = idSet(feed.networks as Rows, 'network_id');
  ref(feed.routeNetworks, 'route_networks.txt', 'network_id', networks, 'networks.txt');
  ref(feed.routeNetworks, 'route_networks.txt', 'route_id', routes, 'routes.txt');
  const groups = idSet(feed.locationGroups as Rows, 'location_group_id');
  ref(
    feed.locationGroupStops,
    'location_group_stops.txt',
    'location_group_id',
    groups,
    'location_groups.txt',
  );
  ref(feed.locationGroupStops, 'location_group_stops.txt', 'stop_id', stops, 'stops.txt');

  const stopTimes = feed.stopTimes;
  const column = (name: string, target: Set<string>, targetName: string) =>
    columnReferences(stopTimes.column(name), 'stop_times.txt', name, target, targetName, list);
  column('trip_id', trips, 'trips.txt');
  column('stop_id', stops, 'stops.txt');
  column('location_group_id', groups, 'location_groups.txt');
  const locations = new Set(
    (feed.locations?.features ?? []).map((feature) => String(feature.id ?? '')),
  );
  column('location_id', locations, 'locations.geojson');
  const rules = idSet(feed.bookingRules as Rows, 'booking_rule_id');
  column('pickup_booking_rule_id', rules, 'booking_rules.txt');
  column('drop_off_booking_rule_id', rules, 'booking_rules.txt');
}
