/**
 * Rules on stops (station hierarchy, coordinates) and routes (names, colours).
 * @packageDocumentation
 */
import type { GtfsFeed } from '../feed.js';
import { indexFeed } from '../feed-index.js';
import { type NoticeList, notice } from './notices.js';

/** Parent location_type each child location_type must have (reference, `parent_station`). */
const PARENT_TYPE: Record<number, number> = { 0: 1, 2: 1, 3: 1, 4: 0 };

function nearOrigin(lat: number, lon: number): boolean {
  return Math.abs(lat) <= 1 && Math.abs(lon) <= 1;
}
function nearPole(lat: number): boolean {
  return Math.abs(lat) >= 89;
}

/** Station hierarchy, coordinates near (0, 0) or a pole, stops never served. */
export function checkStops(feed: GtfsFeed, list: NoticeList): void {
  const file = 'stops.txt';
  const byId = new Map(feed.stops.map((stop) => [stop.stop_id, stop]));
  feed.stops.forEach((stop, i) => {
    const type = stop.location_type ?? 0;
    const ids = { stop_id: stop.stop_id };
    if (type === 1 && stop.parent_station !== undefined)
      list.add(
        notice('station_with_parent_station', 'error', file, i, 'A station has a parent_station', {
          field: 'parent_station',
          entityIds: ids,
        }),
      );
    if (type >= 2 && stop.parent_station === undefined)
      list.add(
        notice(
          'location_without_parent_station',
          'error',
          file,
          i,
          `location_type ${type} requires a parent_station`,
          { field: 'parent_station', entityIds: ids },
        ),
      );
    const parent = stop.parent_station === undefined ? undefined : byId.get(stop.parent_station);
    if (parent && type !== 1 && (parent.location_type ?? 0) !== PARENT_TYPE[type])
      list.add(
        notice(
          'wrong_parent_location_type',
          'error',
          file,
          i,
          `location_type ${type} needs a parent of type ${PARENT_TYPE[type]}, not ${parent.location_type ?? 0}`,
          { field: 'parent_station', entityIds: { ...ids, parent_station: parent.stop_id } },
        ),
      );
    if (stop.stop_lat === undefined || stop.stop_lon === undefined) return;
    if (nearOrigin(stop.stop_lat, stop.stop_lon))
      list.add(
        notice('point_near_origin', 'error', file, i, 'Within 1° of (0, 0)', {
          field: 'stop_lat',
          entityIds: ids,
        }),
      );
    if (nearPole(stop.stop_lat))
      list.add(
        notice('point_near_pole', 'error', file, i, 'Within 1° of a pole', {
          field: 'stop_lat',
          entityIds: ids,
        }),
      );
  });
  const shapes = feed.shapes;
  const lat = shapes.column('shape_pt_lat')?.data;
  const lon = shapes.column('shape_pt_lon')?.data;
  const shapeIds = shapes.column('shape_id');
  if (lat && lon && shapeIds)
    for (let i = 0; i < shapes.length; i++) {
      const code = nearOrigin(lat[i]!, lon[i]!)
        ? 'point_near_origin'
        : nearPole(lat[i]!)
          ? 'point_near_pole'
          : undefined;
      if (code)
        list.add(
          notice(code, 'error', 'shapes.txt', i, 'Shape point near (0, 0) or a pole', {
            field: 'shape_pt_lat',
            entityIds: { shape_id: shapeIds.dictionary[shapeIds.data[i]!]! },
          }),
        );
    }
  // stop_without_stop_time: stops and platforms (type 0) no stop time calls.
  const index = indexFeed(feed);
  const served = new Set<number>();
  for (let row = 0; row < feed.stopTimes.length; row++) served.add(index.stopOf(row));
  const grouped = new Set(feed.locationGroupStops.map((member) => member.stop_id));
  feed.stops.forEach((stop, i) => {
    if ((stop.location_type ?? 0) !== 0 || served.has(i) || grouped.has(stop.stop_id)) return;
    list.add(
      notice('stop_without_stop_time', 'warning', file, i, 'No stop_times row calls here', {
        entityIds: { stop_id: stop.stop_id },
      }),
    );
  });
}

const HEX_COLOR = /^[0-9A-Fa-f]{6}$/;

/** Relative luminance of a `RRGGBB` colour (WCAG 2). */
function luminance(hex: string): number {
  const channel = (k: number) => {
    const c = Number.parseInt(hex.slice(k, k + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG contrast ratio of two `RRGGBB` colours. */
export function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

/** Route names, descriptions and colours. */
export function checkRoutes(feed: GtfsFeed, list: NoticeList): void {
  const file = 'routes.txt';
  const names = new Map<string, number>();
  feed.routes.forEach((route, i) => {
    const ids = { route_id: route.route_id };
    const short = route.route_short_name?.trim() || undefined;
    const long = route.route_long_name?.trim() || undefined;
    if (!short && !long)
      list.add(
        notice(
          'route_both_short_and_long_name_missing',
          'error',
          file,
          i,
          'Neither route_short_name nor route_long_name',
          { entityIds: ids },
        ),
      );
    if (short && short.length > 12)
      list.add(
        notice('route_short_name_too_long', 'warning', file, i, `${short.length} characters`, {
          field: 'route_short_name',
          entityIds: ids,
        }),
      );
    if (short && long && short === long)
      list.add(
        notice('route_short_and_long_name_equal', 'warning', file, i, 'Same short and long name', {
          entityIds: ids,
        }),
      );
    const desc = route.route_desc?.trim();
    if (desc && (desc === short || desc === long))
      list.add(
        notice(
          'same_name_and_description_for_route',
          'warning',
          file,
          i,
          'route_desc repeats a name',
          {
            field: 'route_desc',
            entityIds: ids,
          },
        ),
      );
    const key = `${route.agency_id ?? ''}\u0000${short ?? ''}\u0000${long ?? ''}\u0000${route.route_type}`;
    const first = names.get(key);
    if (first !== undefined && (short || long))
      list.add(
        notice('duplicate_route_name', 'warning', file, i, `Same names and type as row ${first}`, {
          entityIds: { ...ids, other_route_id: feed.routes[first]!.route_id },
        }),
      );
    else names.set(key, i);
    let colorsValid = true;
    for (const field of ['route_color', 'route_text_color'] as const) {
      const value = route[field];
      if (value === undefined || HEX_COLOR.test(value)) continue;
      colorsValid = false;
      list.add(
        notice('invalid_color', 'error', file, i, `${value} is not a RRGGBB colour`, {
          field,
          entityIds: ids,
        }),
      );
    }
    if (colorsValid && route.route_color && route.route_text_color) {
      // Threshold here: WCAG 2 contrast ratio below 4.5 (level AA for text).
      const ratio = contrastRatio(route.route_color, route.route_text_color);
      if (ratio < 4.5)
        list.add(
          notice('route_color_contrast', 'warning', file, i, `Contrast ratio ${ratio.toFixed(2)}`, {
            field: 'route_text_color',
            entityIds: ids,
          }),
        );
    }
  });
}
