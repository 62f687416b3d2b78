/**
 * Restricts a feed to dates, routes or a bounding box, keeping it consistent: trips kept, their
 * stop times, frequencies and shapes, the stops they call at (with parent stations), routes,
 * agencies and services used, calendars clipped to the dates.
 * @packageDocumentation
 */
import { Column } from '@datacites/core';
import { activeServiceIds } from '../calendar.js';
import type { ColumnarRows, GtfsFeed } from '../feed.js';
import { indexFeed } from '../feed-index.js';
import { ShapeTable, StopTimeTable } from '../schema/core-tables.js';
import { dayNumber, isoDate } from '../service-date.js';

/** Options of {@link subsetGtfs}: every criterion given must hold. */
export interface SubsetOptions {
  /** Keep trips running on at least one date of `[start, end]` (ISO dates, both included). */
  readonly dates?: readonly [string, string];
  /** Keep trips of these routes. */
  readonly routeIds?: readonly string[];
  /** Keep trips calling at a stop inside `[minLon, minLat, maxLon, maxLat]`. */
  readonly bbox?: readonly [number, number, number, number];
}

/** The rows `rows` of a columnar table, as a new columnar table (dictionaries shared). */
function pickColumns<Row>(
  table: ColumnarRows<Row>,
  names: readonly string[],
  rows: Int32Array,
): ColumnarRows<Row> {
  const columns = new Map<string, Column>();
  for (const name of names) {
    const source = table.column(name);
    if (!source) continue;
    const column = new Column(source.storage, rows.length);
    const data = column.data;
    for (let i = 0; i < rows.length; i++) data[i] = source.data[rows[i]!]!;
    if (source.state) {
      column.state = new Uint8Array(rows.length);
      for (let i = 0; i < rows.length; i++) column.state[i] = source.state[rows[i]!]!;
    }
    column.dictionary.push(...source.dictionary);
    column.markers.push(...source.markers);
    if (source.storage === 'values')
      column.values.push(...Array.from(rows, (r) => source.values[r]));
    column.length = rows.length;
    columns.set(name, column);
  }
  const row = (index: number) => {
    const out: Record<string, unknown> = {};
    for (const [name, column] of columns) {
      const value = column.get(index);
      if (value !== undefined) out[name] = value;
    }
    return out as Row;
  };
  return {
    length: rows.length,
    column: (name) => columns.get(name),
    row,
    *rows() {
      for (let i = 0; i < rows.length; i++) yield row(i);
    },
  };
}

function columnNames(feed: GtfsFeed, file: string, keys: readonly string[]): string[] {
  const extras = feed.report.find((f) => f.file === file)?.extraColumns ?? [];
  return [...keys, ...extras];
}

/**
 * A consistent part of a feed (see {@link SubsetOptions}); write it with `writeGtfs`.
 * @example
 * ```ts
 * const april = subsetGtfs(feed, { dates: ['2016-04-04', '2016-04-10'], routeIds: ['Lo-16APR'] });
 * ```
 */
export function subsetGtfs(feed: GtfsFeed, options: SubsetOptions): GtfsFeed {
  const index = indexFeed(feed);
  let services: Set<string> | undefined;
  let first = 0;
  let last = 0;
  if (options.dates) {
    first = dayNumber(options.dates[0]);
    last = dayNumber(options.dates[1]);
    services = new Set();
    for (let day = first; day <= last; day++)
      for (const id of activeServiceIds(feed, isoDate(day))) services.add(id);
  }
  const routes = options.routeIds ? new Set(options.routeIds) : undefined;
  const keep = new Uint8Array(feed.trips.length);
  feed.trips.forEach((trip, t) => {
    if (services && !services.has(trip.service_id)) return;
    if (routes && !routes.has(trip.route_id)) return;
    if (options.bbox) {
      const [minLon, minLat, maxLon, maxLat] = options.bbox;
      let inside = false;
      for (let k = index.tripStart[t]!; k < index.tripStart[t + 1]! && !inside; k++) {
        const stop = feed.stops[index.stopOf(index.order[k]!)];
        const lon = stop?.stop_lon;
        const lat = stop?.stop_lat;
        inside =
          lon !== undefined &&
          lat !== undefined &&
          lon >= minLon &&
          lon <= maxLon &&
          lat >= minLat &&
          lat <= maxLat;
      }
      if (!inside) return;
    }
    keep[t] = 1;
  });
  const trips = feed.trips.filter((_, t) => keep[t] === 1);
  const tripIds = new Set(trips.map((trip) => trip.trip_id));
  const rows: number[] = [];
  const stopIndexes = new Set<number>();
  feed.trips.forEach((_, t) => {
    if (!keep[t]) return;
    for (let k = index.tripStart[t]!; k < index.tripStart[t + 1]!; k++) {
      rows.push(index.order[k]!);
      stopIndexes.add(index.stopOf(index.order[k]!));
    }
  });
  rows.sort((a, b) => a - b);
  const stopIds = new Set(
    [...stopIndexes].filter((s) => s >= 0).map((s) => feed.stops[s]!.stop_id),
  );
  const groupIds = new Set<string>();
  const groupColumn = feed.stopTimes.column('location_group_id');
  if (groupColumn)
    for (const row of rows)
      if (!groupColumn.state || groupColumn.state[row] === 0)
        groupIds.add(groupColumn.dictionary[groupColumn.data[row]!]!);
  for (const member of feed.locationGroupStops)
    if (groupIds.has(member.location_group_id)) stopIds.add(member.stop_id);
  // Parents (platform → station, boarding area → platform → station).
  for (let changed = true; changed; ) {
    changed = false;
    for (const stop of feed.stops)
      if (stopIds.has(stop.stop_id) && stop.parent_station && !stopIds.has(stop.parent_station)) {
        stopIds.add(stop.parent_station);
        changed = true;
      }
  }
  // Entrances and nodes of kept stations stay, with the pathways between kept locations.
  for (const stop of feed.stops)
    if ((stop.location_type ?? 0) >= 2 && stop.parent_station && stopIds.has(stop.parent_station))
      stopIds.add(stop.stop_id);
  const routeIds = new Set(trips.map((trip) => trip.route_id));
  const routesKept = feed.routes.filter((route) => routeIds.has(route.route_id));
  const agencyIds = new Set(routesKept.map((route) => route.agency_id));
  const serviceIds = new Set(trips.map((trip) => trip.service_id));
  const shapeIds = new Set(trips.map((trip) => trip.shape_id));
  const inRange = (date: string) =>
    !options.dates || (dayNumber(date) >= first && dayNumber(date) <= last);
  const clip = (date: string, bound: number, later: boolean) =>
    options.dates
      ? isoDate(later ? Math.max(dayNumber(date), bound) : Math.min(dayNumber(date), bound))
      : date;
  const shapeRows: number[] = [];
  const shapeColumn = feed.shapes.column('shape_id');
  if (shapeColumn)
    for (let i = 0; i < feed.shapes.length; i++)
      if (shapeIds.has(shapeColumn.dictionary[shapeColumn.data[i]!])) shapeRows.push(i);
  const levelIds = new Set(feed.stops.filter((s) => stopIds.has(s.stop_id)).map((s) => s.level_id));
  const fareRules = feed.fareRules.filter(
    (rule) => rule.route_id === undefined || routeIds.has(rule.route_id),
  );
  const fareIds = new Set(fareRules.map((rule) => rule.fare_id));
  return {
    ...feed,
    // The subset's rows are no longer those of the source files: their lines do not apply.
    report: feed.report.map(({ lines: _lines, ...file }) => file),
    agency: feed.agency.filter(
      (a) => a.agency_id === undefined || agencyIds.has(a.agency_id) || agencyIds.has(undefined),
    ),
    stops: feed.stops.filter((stop) => stopIds.has(stop.stop_id)),
    routes: routesKept,
    trips,
    stopTimes: pickColumns(
      feed.stopTimes,
      columnNames(
        feed,
        'stop_times.txt',
        StopTimeTable.columns.map((c) => c.key),
      ),
      Int32Array.from(rows),
    ),
    calendar: feed.calendar
      .filter((c) => serviceIds.has(c.service_id))
      .map((c) => ({
        ...c,
        start_date: clip(c.start_date, first, true),
        end_date: clip(c.end_date, last, false),
      })),
    calendarDates: feed.calendarDates.filter(
      (d) => serviceIds.has(d.service_id) && inRange(d.date),
    ),
    shapes: pickColumns(
      feed.shapes,
      columnNames(
        feed,
        'shapes.txt',
        ShapeTable.columns.map((c) => c.key),
      ),
      Int32Array.from(shapeRows),
    ),
    frequencies: feed.frequencies.filter((f) => tripIds.has(f.trip_id)),
    transfers: feed.transfers.filter(
      (x) =>
        (x.from_stop_id === undefined || stopIds.has(x.from_stop_id)) &&
        (x.to_stop_id === undefined || stopIds.has(x.to_stop_id)) &&
        (x.from_trip_id === undefined || tripIds.has(x.from_trip_id)) &&
        (x.to_trip_id === undefined || tripIds.has(x.to_trip_id)),
    ),
    pathways: feed.pathways.filter((p) => stopIds.has(p.from_stop_id) && stopIds.has(p.to_stop_id)),
    levels: feed.levels.filter((level) => levelIds.has(level.level_id)),
    fareRules,
    fareAttributes: feed.fareAttributes.filter((fare) => fareIds.has(fare.fare_id)),
    locationGroupStops: feed.locationGroupStops.filter((m) => groupIds.has(m.location_group_id)),
    locationGroups: feed.locationGroups.filter((g) => groupIds.has(g.location_group_id)),
  };
}
