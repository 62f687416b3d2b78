/**
 * The pathway graph of stations, as MobilityData gtfs-validator's rules
 * `pathway_unreachable_location`, `pathway_dangling_generic_node`,
 * `pathway_to_platform_with_boarding_areas` and `missing_level_id`
 * (https://gtfs-validator.mobilitydata.org/rules.html).
 * @packageDocumentation
 */
import type { GtfsFeed } from '../feed.js';
import type { Stop } from '../schema/core-tables.js';
import { type NoticeList, notice } from './notices.js';

const STATION = 1;
const ENTRANCE = 2;
const GENERIC_NODE = 3;
const BOARDING_AREA = 4;
const ELEVATOR = 5;

/** The station a location belongs to (itself for a station), following parent_station. */
function stationOf(stop: Stop, byId: ReadonlyMap<string, Stop>): Stop | undefined {
  let current: Stop | undefined = stop;
  for (let depth = 0; current && depth < 4; depth++) {
    if ((current.location_type ?? 0) === STATION) return current;
    current = current.parent_station === undefined ? undefined : byId.get(current.parent_station);
  }
  return undefined;
}

/**
 * Locations reached from every entrance (location_type 2) along pathways: forwards from the
 * entrances (`toExits` false), or backwards to them (`toExits` true); bidirectional pathways go
 * both ways.
 */
function reachable(feed: GtfsFeed, toExits: boolean): Set<string> {
  const next = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  };
  for (const p of feed.pathways) {
    if (toExits) link(p.to_stop_id, p.from_stop_id);
    else link(p.from_stop_id, p.to_stop_id);
    if (p.is_bidirectional === 1) {
      if (toExits) link(p.from_stop_id, p.to_stop_id);
      else link(p.to_stop_id, p.from_stop_id);
    }
  }
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const stop of feed.stops)
    if (stop.location_type === ENTRANCE) {
      seen.add(stop.stop_id);
      queue.push(stop.stop_id);
    }
  for (let head = 0; head < queue.length; head++)
    for (const to of next.get(queue[head]!) ?? [])
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
  return seen;
}

/**
 * In stations that have pathways: platforms without boarding areas, boarding areas and generic
 * nodes must be reachable from an entrance and lead to one (`pathway_unreachable_location`,
 * error); a generic node joined to a single other location is useless
 * (`pathway_dangling_generic_node`, warning); a platform with boarding areas is no pathway end
 * (`pathway_to_platform_with_boarding_areas`, error); both ends of an elevator (pathway_mode 5)
 * need a level_id (`missing_level_id`, error, once per stop).
 */
export function checkPathways(feed: GtfsFeed, list: NoticeList): void {
  if (feed.pathways.length === 0) return;
  const file = 'stops.txt';
  const byId = new Map<string, Stop>();
  for (let i = feed.stops.length - 1; i >= 0; i--) byId.set(feed.stops[i]!.stop_id, feed.stops[i]!);
  const rowOf = new Map<string, number>();
  for (let i = feed.stops.length - 1; i >= 0; i--) rowOf.set(feed.stops[i]!.stop_id, i);

  const stations = new Set<string>();
  const neighbours = new Map<string, Set<string>>();
  const touch = (a: string, b: string) => {
    const set = neighbours.get(a);
    if (set) set.add(b);
    else neighbours.set(a, new Set([b]));
  };
  for (const p of feed.pathways) {
    for (const id of [p.from_stop_id, p.to_stop_id]) {
      const stop = byId.get(id);
      const station = stop && stationOf(stop, byId);
      if (station) stations.add(station.stop_id);
    }
    touch(p.from_stop_id, p.to_stop_id);
    touch(p.to_stop_id, p.from_stop_id);
  }
  const hasChildren = new Set<string>();
  for (const stop of feed.stops)
    if (stop.parent_station !== undefined) hasChildren.add(stop.parent_station);

  const fromEntrances = reachable(feed, false);
  const toExits = reachable(feed, true);
  feed.stops.forEach((stop, i) => {
    const type = stop.location_type ?? 0;
    const ids = { stop_id: stop.stop_id };
    if (type === GENERIC_NODE && neighbours.get(stop.stop_id)?.size === 1)
      list.add(
        notice(
          'pathway_dangling_generic_node',
          'warning',
          file,
          i,
          'A generic node joined to a single location',
          { entityIds: ids },
        ),
      );
    const checked =
      type === GENERIC_NODE ||
      type === BOARDING_AREA ||
      (type === 0 && !hasChildren.has(stop.stop_id));
    if (!checked) return;
    const station = stationOf(stop, byId);
    if (!station || !stations.has(station.stop_id)) return;
    const hasEntrance = fromEntrances.has(stop.stop_id);
    const hasExit = toExits.has(stop.stop_id);
    if (hasEntrance && hasExit) return;
    const missing = !hasEntrance && !hasExit ? 'from or to' : hasEntrance ? 'to' : 'from';
    list.add(
      notice(
        'pathway_unreachable_location',
        'error',
        file,
        i,
        `No pathways lead ${missing} an entrance`,
        { entityIds: { ...ids, parent_station: station.stop_id } },
      ),
    );
  });

  feed.pathways.forEach((p, i) => {
    for (const field of ['from_stop_id', 'to_stop_id'] as const) {
      const stop = byId.get(p[field]);
      if (!stop || (stop.location_type ?? 0) !== 0 || !hasChildren.has(stop.stop_id)) continue;
      list.add(
        notice(
          'pathway_to_platform_with_boarding_areas',
          'error',
          'pathways.txt',
          i,
          'A platform with boarding areas is reached through its boarding areas',
          { field, entityIds: { pathway_id: p.pathway_id, stop_id: stop.stop_id } },
        ),
      );
    }
  });

  const reported = new Set<string>();
  for (const p of feed.pathways) {
    if (p.pathway_mode !== ELEVATOR) continue;
    for (const id of [p.from_stop_id, p.to_stop_id]) {
      const stop = byId.get(id);
      if (!stop || reported.has(id)) continue;
      reported.add(id);
      if (stop.level_id !== undefined) continue;
      list.add(
        notice(
          'missing_level_id',
          'error',
          file,
          rowOf.get(id),
          'An elevator end needs a level_id',
          {
            field: 'level_id',
            entityIds: { stop_id: id, pathway_id: p.pathway_id },
          },
        ),
      );
    }
  }
}
