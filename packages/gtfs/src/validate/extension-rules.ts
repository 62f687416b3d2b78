/**
 * Rules on the files around the core: agencies, pathways, translations, attributions, feed
 * information, Fares v2 and GTFS-Flex windows.
 * @packageDocumentation
 */
import type { GtfsFeed } from '../feed.js';
import { type NoticeList, notice } from './notices.js';

/** Files (and their ID fields) that translations.txt may point at by record_id. */
const TRANSLATABLE: Record<string, (feed: GtfsFeed) => Set<string>> = {
  agency: (f) => new Set(f.agency.map((r) => r.agency_id ?? '')),
  stops: (f) => new Set(f.stops.map((r) => r.stop_id)),
  routes: (f) => new Set(f.routes.map((r) => r.route_id)),
  trips: (f) => new Set(f.trips.map((r) => r.trip_id)),
  stop_times: (f) => new Set(f.stopTimes.column('trip_id')?.dictionary ?? []),
  pathways: (f) => new Set(f.pathways.map((r) => r.pathway_id)),
  levels: (f) => new Set(f.levels.map((r) => r.level_id)),
  feed_info: () => new Set(),
  attributions: (f) => new Set(f.attributions.map((r) => r.attribution_id ?? '')),
};

/** Agencies, feed_info, pathways, translations, attributions, Fares v2 and Flex windows. */
export function checkExtensions(feed: GtfsFeed, list: NoticeList): void {
  const zones = new Set(feed.agency.map((a) => a.agency_timezone));
  if (zones.size > 1)
    list.add(
      notice(
        'inconsistent_agency_timezone',
        'error',
        'agency.txt',
        undefined,
        [...zones].join(', '),
        {
          field: 'agency_timezone',
        },
      ),
    );
  const langs = new Set(feed.agency.map((a) => a.agency_lang?.toLowerCase()).filter((l) => l));
  if (langs.size > 1)
    list.add(
      notice(
        'inconsistent_agency_lang',
        'warning',
        'agency.txt',
        undefined,
        [...langs].join(', '),
        {
          field: 'agency_lang',
        },
      ),
    );
  if (feed.feedInfo.length > 1)
    list.add(
      notice(
        'more_than_one_entity',
        'warning',
        'feed_info.txt',
        1,
        'feed_info.txt has one row at most',
      ),
    );
  const stops = new Map(feed.stops.map((s) => [s.stop_id, s]));
  feed.pathways.forEach((p, i) => {
    const ids = { pathway_id: p.pathway_id };
    if (p.from_stop_id === p.to_stop_id)
      list.add(
        notice(
          'pathway_loop',
          'warning',
          'pathways.txt',
          i,
          'Starts and ends at the same location',
          { entityIds: ids },
        ),
      );
    if (p.pathway_mode === 7 && p.is_bidirectional === 1)
      list.add(
        notice(
          'bidirectional_exit_gate',
          'error',
          'pathways.txt',
          i,
          'An exit gate (mode 7) goes one way',
          {
            field: 'is_bidirectional',
            entityIds: ids,
          },
        ),
      );
    for (const field of ['from_stop_id', 'to_stop_id'] as const)
      if (stops.get(p[field])?.location_type === 1)
        list.add(
          notice(
            'pathway_to_wrong_location_type',
            'error',
            'pathways.txt',
            i,
            'A pathway cannot end at a station',
            {
              field,
              entityIds: { ...ids, stop_id: p[field] },
            },
          ),
        );
  });
  const cache = new Map<string, Set<string>>();
  feed.translations.forEach((t, i) => {
    const ids = TRANSLATABLE[t.table_name];
    if (!ids) {
      list.add(
        notice(
          'translation_unknown_table_name',
          'warning',
          'translations.txt',
          i,
          `No table ${t.table_name}`,
          {
            field: 'table_name',
          },
        ),
      );
      return;
    }
    if (t.record_id === undefined || t.table_name === 'feed_info') return;
    let set = cache.get(t.table_name);
    if (!set) {
      set = ids(feed);
      cache.set(t.table_name, set);
    }
    if (!set.has(t.record_id))
      list.add(
        notice(
          'translation_foreign_key_violation',
          'error',
          'translations.txt',
          i,
          `No ${t.table_name} ${t.record_id}`,
          {
            field: 'record_id',
            entityIds: { record_id: t.record_id },
          },
        ),
      );
  });
  feed.attributions.forEach((a, i) => {
    if (a.is_producer !== 1 && a.is_operator !== 1 && a.is_authority !== 1)
      list.add(
        notice(
          'attribution_without_role',
          'warning',
          'attributions.txt',
          i,
          'No is_producer, is_operator or is_authority',
          {
            entityIds: { organization_name: a.organization_name },
          },
        ),
      );
  });
  const defaults = feed.riderCategories.filter((c) => c.is_default_fare_category === 1);
  if (defaults.length > 1)
    list.add(
      notice(
        'fare_product_with_multiple_default_rider_categories',
        'error',
        'rider_categories.txt',
        undefined,
        `${defaults.length} default categories: ${defaults.map((c) => c.rider_category_id).join(', ')}`,
        { field: 'is_default_fare_category' },
      ),
    );
  checkFlexWindows(feed, list);
}

/** GTFS-Flex: both window ends or neither; start before end; no times beside a window. */
function checkFlexWindows(feed: GtfsFeed, list: NoticeList): void {
  const start = feed.stopTimes.column('start_pickup_drop_off_window');
  const end = feed.stopTimes.column('end_pickup_drop_off_window');
  if (!start && !end) return;
  const arrival = feed.stopTimes.column('arrival_time');
  const departure = feed.stopTimes.column('departure_time');
  const trips = feed.stopTimes.column('trip_id');
  const present = (column: typeof start, row: number) =>
    column !== undefined && (!column.state || column.state[row] === 0);
  for (let row = 0; row < feed.stopTimes.length; row++) {
    const hasStart = present(start, row);
    const hasEnd = present(end, row);
    const ids = { trip_id: trips ? trips.dictionary[trips.data[row]!]! : '' };
    if (hasStart !== hasEnd)
      list.add(
        notice(
          'missing_pickup_or_drop_off_window',
          'error',
          'stop_times.txt',
          row,
          'Give both window ends',
          {
            field: hasStart ? 'end_pickup_drop_off_window' : 'start_pickup_drop_off_window',
            entityIds: ids,
          },
        ),
      );
    else if (hasStart && start!.data[row]! >= end!.data[row]!)
      list.add(
        notice(
          'invalid_pickup_drop_off_window',
          'error',
          'stop_times.txt',
          row,
          'The window ends before it starts',
          {
            field: 'end_pickup_drop_off_window',
            entityIds: ids,
          },
        ),
      );
    if ((hasStart || hasEnd) && (present(arrival, row) || present(departure, row)))
      list.add(
        notice(
          'forbidden_arrival_or_departure_time',
          'error',
          'stop_times.txt',
          row,
          'A call with a window has no arrival or departure time',
          { entityIds: ids },
        ),
      );
  }
}
