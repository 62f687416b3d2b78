/**
 * Stops against the shapes of their trips, as MobilityData gtfs-validator's shape-to-stop
 * matching by geographic distance and by shape_dist_traveled (rules `stop_too_far_from_shape`,
 * `stop_too_far_from_shape_using_user_distance`, `stop_has_too_many_matches_for_shape`,
 * `stops_match_shape_out_of_order`,
 * https://gtfs-validator.mobilitydata.org/rules.html; thresholds from its
 * `StopToShapeMatcherSettings`). The geometry is in `shape-geometry.ts`, the matching of a stop
 * to a shape in `shape-matching.ts`; this file walks the feed's trip patterns and reports.
 * @packageDocumentation
 */
import type { GtfsFeed } from '../feed.js';
import { indexFeed } from '../feed-index.js';
import type { Stop } from '../schema/core-tables.js';
import { type ShapeLine, shapeLines } from '../shapes.js';
import { type NoticeList, notice } from './notices.js';
import { unitVector, type Vector } from './shape-geometry.js';
import {
  candidateMatches,
  closestMatch,
  orderAlongShape,
  type PreparedShape,
  placeAtUserDistance,
  prepareShape,
  type ShapeMatch,
} from './shape-matching.js';

export { distanceToLineMetres } from './shape-matching.js';

/** A stop farther than this from its trip's shape is reported (metres). */
export const MAX_STOP_TO_SHAPE_METRES = 100;
/** The first and last stops of rail trips (route_type 2) may be this many times farther. */
export const LARGE_STATION_MULTIPLIER = 4;
/** More close-enough places on the shape than this for one stop is reported. */
export const MAX_MATCHES_PER_STOP = 20;

/** Location of a stop, or of its parent when it has none (as the reference). */
function stopPosition(stop: Stop | undefined, byId: ReadonlyMap<string, number>, feed: GtfsFeed) {
  let current = stop;
  for (let depth = 0; current && depth < 4; depth++) {
    if (current.stop_lat !== undefined && current.stop_lon !== undefined)
      return unitVector(current.stop_lon, current.stop_lat);
    const parent =
      current.parent_station === undefined ? -1 : (byId.get(current.parent_station) ?? -1);
    current = parent >= 0 ? feed.stops[parent] : undefined;
  }
  return undefined;
}

/** One call of a trip pattern, ready for matching. */
interface Call {
  readonly row: number;
  readonly stop: number;
  readonly position: Vector;
  /** shape_dist_traveled (0 when empty). */
  readonly user: number;
  /** Distance limit (m): 400 for the first and last stops of rail routes, else 100. */
  readonly max: number;
}

/** What a matching found, reported by the caller. */
type Problem =
  | { readonly kind: 'too_far'; readonly call: Call; readonly distance: number }
  | { readonly kind: 'too_many'; readonly call: Call; readonly count: number }
  | {
      readonly kind: 'out_of_order';
      readonly call: Call;
      readonly previous: Call;
      readonly along: number;
      readonly previousAlong: number;
    };

/** Candidates of a call by geographic distance, or a too-far problem when there are none. */
type Near = (call: Call) => ShapeMatch[] | ShapeMatch;

/** Checks the order of the chosen places; pushes an out-of-order problem if they cannot follow. */
function ordered(calls: readonly Call[], candidates: ShapeMatch[][], problems: Problem[]) {
  const ordering = orderAlongShape(candidates);
  if ('matches' in ordering) return ordering.matches;
  problems.push({
    kind: 'out_of_order',
    call: calls[ordering.stop]!,
    previous: calls[ordering.stop - 1]!,
    along: ordering.match.along,
    previousAlong: ordering.previous.along,
  });
  return undefined;
}

/** Geographic matching: every call's passages of the shape within its limit. */
function matchByGeography(calls: readonly Call[], near: Near): Problem[] {
  const problems: Problem[] = [];
  const candidates: ShapeMatch[][] = [];
  let matched = true;
  for (const call of calls) {
    const found = near(call);
    if (!Array.isArray(found)) {
      matched = false;
      if (found.distance > call.max)
        problems.push({ kind: 'too_far', call, distance: found.distance });
      continue;
    }
    if (found.length > MAX_MATCHES_PER_STOP)
      problems.push({ kind: 'too_many', call, count: found.length });
    candidates.push(found);
  }
  if (matched) ordered(calls, candidates, problems);
  return problems;
}

/**
 * Matching by shape_dist_traveled: a call with a positive one takes the shape's place at that
 * distance (searching on from the previous such place); the others take their geographic
 * passages. When the places can follow each other, each one more than 100 m from its stop is a
 * problem (with no allowance for rail ends, as the reference).
 */
function matchByUserDistance(calls: readonly Call[], shape: PreparedShape, near: Near): Problem[] {
  const problems: Problem[] = [];
  const candidates: ShapeMatch[][] = [];
  let from = 0;
  for (const call of calls) {
    if (call.user > 0) {
      const match = placeAtUserDistance(shape, call.user, from, call.position);
      candidates.push([match]);
      from = match.edge;
      continue;
    }
    const found = near(call);
    if (!Array.isArray(found)) {
      if (found.distance > call.max)
        problems.push({ kind: 'too_far', call, distance: found.distance });
      return problems;
    }
    if (found.length > MAX_MATCHES_PER_STOP)
      problems.push({ kind: 'too_many', call, count: found.length });
    candidates.push(found);
  }
  const matches = ordered(calls, candidates, problems);
  matches?.forEach((match, k) => {
    if (match.distance > MAX_STOP_TO_SHAPE_METRES)
      problems.push({ kind: 'too_far', call: calls[k]!, distance: match.distance });
  });
  return problems;
}

/**
 * Matches the calls of each distinct trip pattern (stops and shape_dist_traveled) to its shape,
 * by geographic distance, then, when both the pattern's last call and the shape's last point have
 * a positive shape_dist_traveled, by those distances too. A stop with no place of the shape within
 * 100 m (400 m for the first and last stops of rail routes) is `stop_too_far_from_shape`
 * (`stop_too_far_from_shape_using_user_distance` when found by shape_dist_traveled), reported
 * once per stop and shape; a stop near more than 20 places is
 * `stop_has_too_many_matches_for_shape`; stops that cannot take places in their order along the
 * shape are `stops_match_shape_out_of_order`. All warnings. A pattern with a stop that has no
 * coordinates (nor a parent with some) is not matched.
 */
export function checkStopsAgainstShapes(feed: GtfsFeed, list: NoticeList): void {
  const lines = shapeLines(feed);
  if (lines.size === 0 || feed.stopTimes.length === 0) return;
  const index = indexFeed(feed);
  const sequence = feed.stopTimes.column('stop_sequence')?.data;
  const dist = feed.stopTimes.column('shape_dist_traveled');
  const userOf = (row: number) => (dist && !dist.state?.[row] ? dist.data[row]! : 0);
  const prepared = new Map<string, PreparedShape>();
  const reported = new Map<string, Set<number>>();
  const patterns = new Set<string>();
  const cache = new Map<string, ShapeMatch[] | ShapeMatch>();
  const positions = new Map<number, Vector | undefined>();
  feed.trips.forEach((trip, t) => {
    const shapeId = trip.shape_id;
    const line: ShapeLine | undefined = shapeId === undefined ? undefined : lines.get(shapeId);
    if (!line || line.coordinates.length === 0 || shapeId === undefined) return;
    const route = feed.routes[index.routeByID.get(trip.route_id) ?? -1];
    if (!route) return; // reported as foreign_key_violation
    const rows: number[] = [];
    for (let k = index.tripStart[t]!; k < index.tripStart[t + 1]!; k++)
      if (index.stopOf(index.order[k]!) >= 0) rows.push(index.order[k]!);
    if (rows.length === 0) return;
    const rail = route.route_type === 2;
    const key = `${shapeId}\u0000${rail}\u0000${rows
      .map((row) => `${index.stopOf(row)}:${userOf(row)}`)
      .join(',')}`;
    if (patterns.has(key)) return;
    patterns.add(key);
    const calls: Call[] = [];
    for (const [k, row] of rows.entries()) {
      const stop = index.stopOf(row);
      if (!positions.has(stop))
        positions.set(stop, stopPosition(feed.stops[stop], index.stopByID, feed));
      const position = positions.get(stop);
      if (!position) return; // a stop without coordinates, nor a parent with some
      const large = rail && (k === 0 || k === rows.length - 1);
      const max = MAX_STOP_TO_SHAPE_METRES * (large ? LARGE_STATION_MULTIPLIER : 1);
      calls.push({ row, stop, position, user: userOf(row), max });
    }
    let shape = prepared.get(shapeId);
    if (!shape) {
      shape = prepareShape(line.coordinates, line.distances);
      prepared.set(shapeId, shape);
    }
    const near: Near = (call) => {
      const cacheKey = `${shapeId}\u0000${call.stop}\u0000${call.max}`;
      let found = cache.get(cacheKey);
      if (!found) {
        const passages = candidateMatches(shape!, call.position, call.max);
        found = passages.length > 0 ? passages : closestMatch(shape!, call.position);
        cache.set(cacheKey, found);
      }
      return found;
    };
    let done = reported.get(shapeId);
    if (!done) {
      done = new Set();
      reported.set(shapeId, done);
    }
    const report = (problems: Problem[], byUser: boolean) => {
      for (const problem of problems) {
        const { call } = problem;
        const ids = {
          trip_id: trip.trip_id,
          shape_id: shapeId,
          stop_id: feed.stops[call.stop]!.stop_id,
          stop_sequence: String(sequence?.[call.row] ?? ''),
        };
        const add = (code: string, message: string, field: string, extra = {}) =>
          list.add(
            notice(code, 'warning', 'stop_times.txt', call.row, message, {
              field,
              entityIds: { ...ids, ...extra },
            }),
          );
        if (problem.kind === 'too_far') {
          if (done!.has(call.stop)) continue;
          done!.add(call.stop);
          const limit = byUser ? MAX_STOP_TO_SHAPE_METRES : call.max;
          add(
            byUser ? 'stop_too_far_from_shape_using_user_distance' : 'stop_too_far_from_shape',
            byUser
              ? `${problem.distance.toFixed(0)} m from shape ${shapeId} at shape_dist_traveled ${call.user} (limit ${limit} m)`
              : `${problem.distance.toFixed(0)} m from shape ${shapeId} (limit ${limit} m)`,
            byUser ? 'shape_dist_traveled' : 'stop_id',
          );
        } else if (problem.kind === 'too_many')
          add(
            'stop_has_too_many_matches_for_shape',
            `${problem.count} places of shape ${shapeId} within ${call.max} m`,
            'stop_id',
          );
        else
          add(
            'stops_match_shape_out_of_order',
            `Matches ${problem.along.toFixed(0)} m along shape ${shapeId}, before the previous stop (${problem.previousAlong.toFixed(0)} m)`,
            'stop_sequence',
            { previous_stop_id: feed.stops[problem.previous.stop]!.stop_id },
          );
      }
    };
    report(matchByGeography(calls, near), false);
    const last = calls[calls.length - 1]!;
    const shapeUser = shape.user?.[shape.user.length - 1] ?? 0;
    if (last.user > 0 && shapeUser > 0) report(matchByUserDistance(calls, shape, near), true);
  });
}
