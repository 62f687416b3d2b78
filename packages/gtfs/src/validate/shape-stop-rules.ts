/**
 * Stops against the shapes of their trips, as MobilityData gtfs-validator's shape-to-stop
 * matching by geographic distance and by shape_dist_traveled (rules `stop_too_far_from_shape`,
 * `stop_too_far_from_shape_using_user_distance`, `stop_has_too_many_matches_for_shape`,
 * `stops_match_shape_out_of_order`,
 * https://gtfs-validator.mobilitydata.org/rules.html; thresholds from its
 * `StopToShapeMatcherSettings`).
 *
 * Geometry as the reference's: a shape is a chain of great-circle edges; a stop's distance to an
 * edge is the great-circle distance to the closest point of the edge; the distance along the
 * shape adds the great-circle lengths of the edges. Distances use `@datacites/geo`'s
 * `EARTH_RADIUS` (6,371,008.8 m; the reference's S2 Earth radius is 6,371,010 m, 0.2 ppm apart).
 * Written here rather than taken from turf: turf's `pointToLineDistance` measures to planar or
 * rhumb segments, not to great-circle edges.
 * @packageDocumentation
 */
import { EARTH_RADIUS } from '@datacites/geo/measure';
import type { GtfsFeed } from '../feed.js';
import { indexFeed } from '../feed-index.js';
import type { Stop } from '../schema/core-tables.js';
import { type ShapeLine, shapeLines } from '../shapes.js';
import { type NoticeList, notice } from './notices.js';

/** A stop farther than this from its trip's shape is reported (metres). */
export const MAX_STOP_TO_SHAPE_METRES = 100;
/** The first and last stops of rail trips (route_type 2) may be this many times farther. */
export const LARGE_STATION_MULTIPLIER = 4;
/** More close-enough places on the shape than this for one stop is reported. */
export const MAX_MATCHES_PER_STOP = 20;

type Vector = readonly [number, number, number];

function unitVector(lon: number, lat: number): Vector {
  const phi = (lat * Math.PI) / 180;
  const lambda = (lon * Math.PI) / 180;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}
const dot = (a: Vector, b: Vector) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vector, b: Vector): Vector => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
/** Great-circle distance in metres between two unit vectors. */
function metresBetween(a: Vector, b: Vector): number {
  const c = cross(a, b);
  return EARTH_RADIUS * Math.atan2(Math.sqrt(dot(c, c)), dot(a, b));
}

/** Closest point to `p` on the great-circle edge from `a` to `b` (shorter arc). */
function closestOnEdge(p: Vector, a: Vector, b: Vector): Vector {
  const normal = cross(a, b);
  const length = Math.sqrt(dot(normal, normal));
  if (length > 1e-15) {
    const n: Vector = [normal[0] / length, normal[1] / length, normal[2] / length];
    const off = dot(p, n);
    const q: Vector = [p[0] - off * n[0], p[1] - off * n[1], p[2] - off * n[2]];
    const norm = Math.sqrt(dot(q, q));
    if (norm > 1e-15) {
      const onCircle: Vector = [q[0] / norm, q[1] / norm, q[2] / norm];
      // Inside the arc when it lies after a and before b around the normal.
      if (dot(cross(a, onCircle), n) >= 0 && dot(cross(onCircle, b), n) >= 0) return onCircle;
    }
  }
  return metresBetween(p, a) <= metresBetween(p, b) ? a : b;
}

/**
 * Great-circle distance in metres from a point to a line of `[lon, lat]` positions (to a single
 * position when the line has one).
 */
export function distanceToLineMetres(
  lon: number,
  lat: number,
  line: readonly (readonly [number, number])[],
): number {
  const prepared = prepareShape(line);
  return closestMatch(prepared, unitVector(lon, lat)).distance;
}

/** A place of the shape near a stop. */
interface ShapeMatch {
  /** Edge index (from point `edge` to `edge + 1`). */
  readonly edge: number;
  /** Metres from the stop. */
  readonly distance: number;
  /** Metres along the shape from its first point. */
  readonly along: number;
}

interface PreparedShape {
  readonly points: Vector[];
  /** Metres along the shape at each point. */
  readonly along: Float64Array;
  /** Per edge, the unit vector of its middle (3 numbers) … */
  readonly centres: Float64Array;
  /** … and the angle from the middle to its farther end (radians): a cap holding the edge. */
  readonly radii: Float64Array;
  /** Per distance limit, the cosine below which a point is surely beyond it from each edge. */
  readonly farCosines: Map<number, Float64Array>;
  /**
   * shape_dist_traveled at each point, never decreasing (the running maximum; empty cells add
   * nothing), or undefined when the shape gives no positive one.
   */
  readonly user: Float64Array | undefined;
}

function prepareShape(
  line: readonly (readonly [number, number])[],
  distances?: Float64Array,
): PreparedShape {
  const points = line.map(([lon, lat]) => unitVector(lon, lat));
  let user: Float64Array | undefined;
  if (distances) {
    user = new Float64Array(distances.length);
    let running = 0;
    distances.forEach((d, i) => {
      if (d > running) running = d;
      user![i] = running;
    });
    if (!(running > 0)) user = undefined;
  }
  const along = new Float64Array(points.length);
  const edges = Math.max(0, points.length - 1);
  const centres = new Float64Array(edges * 3);
  const radii = new Float64Array(edges);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    along[i] = along[i - 1]! + metresBetween(a, b);
    const sum: Vector = [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
    const norm = Math.sqrt(dot(sum, sum));
    // Antipodal ends (no middle): a cap of the whole sphere, so the edge is always measured.
    const centre: Vector = norm > 1e-12 ? [sum[0] / norm, sum[1] / norm, sum[2] / norm] : a;
    centres.set(centre, (i - 1) * 3);
    radii[i - 1] =
      norm > 1e-12
        ? Math.max(metresBetween(centre, a), metresBetween(centre, b)) / EARTH_RADIUS
        : Math.PI;
  }
  return { points, along, centres, radii, farCosines: new Map(), user };
}

/** Cosines of (cap radius + limit) per edge: a point whose dot with the centre is below is far. */
function farCosines(shape: PreparedShape, maxMetres: number): Float64Array {
  let cosines = shape.farCosines.get(maxMetres);
  if (!cosines) {
    const limit = maxMetres / EARTH_RADIUS;
    cosines = shape.radii.map((radius) =>
      radius + limit >= Math.PI ? -2 : Math.cos(radius + limit),
    );
    shape.farCosines.set(maxMetres, cosines);
  }
  return cosines;
}

function matchOnEdge(shape: PreparedShape, p: Vector, edge: number): ShapeMatch {
  const a = shape.points[edge]!;
  const closest = closestOnEdge(p, a, shape.points[edge + 1]!);
  return {
    edge,
    distance: metresBetween(p, closest),
    along: shape.along[edge]! + metresBetween(a, closest),
  };
}

/** The single closest place of the shape (its only point when it has one). */
function closestMatch(shape: PreparedShape, p: Vector): ShapeMatch {
  if (shape.points.length === 1)
    return { edge: 0, distance: metresBetween(p, shape.points[0]!), along: 0 };
  let best: ShapeMatch | undefined;
  for (let edge = 0; edge + 1 < shape.points.length; edge++) {
    const match = matchOnEdge(shape, p, edge);
    if (!best || match.distance < best.distance) best = match;
  }
  return best ?? { edge: 0, distance: Number.POSITIVE_INFINITY, along: 0 };
}

/**
 * Every local minimum of the stop-to-shape distance within `maxMetres`: the shape may pass near a
 * stop several times (loops, turns), and each passage is a candidate place for the stop.
 */
function candidateMatches(shape: PreparedShape, p: Vector, maxMetres: number): ShapeMatch[] {
  const out: ShapeMatch[] = [];
  let local: ShapeMatch | undefined;
  let toEndOfPrevious = Number.POSITIVE_INFINITY;
  let previousMovingAway = false;
  const far = farCosines(shape, maxMetres);
  const centres = shape.centres;
  for (let edge = 0; edge + 1 < shape.points.length; edge++) {
    const k = edge * 3;
    if (p[0] * centres[k]! + p[1] * centres[k + 1]! + p[2] * centres[k + 2]! < far[edge]!) {
      // Surely beyond the limit: ends the current passage (the next edge then starts afresh,
      // so the distances this edge would leave for it are not needed).
      if (local) out.push(local);
      local = undefined;
      continue;
    }
    const match = matchOnEdge(shape, p, edge);
    if (match.distance <= maxMetres) {
      // The shape went away from the stop and now comes back: a new passage.
      if (previousMovingAway && match.distance < toEndOfPrevious && local) {
        out.push(local);
        local = undefined;
      }
      if (!local || match.distance < local.distance) local = match;
    } else if (local) {
      out.push(local);
      local = undefined;
    }
    toEndOfPrevious = metresBetween(p, shape.points[edge + 1]!);
    previousMovingAway = toEndOfPrevious > match.distance;
  }
  if (local) out.push(local);
  return out;
}

/** Two floats equal within the reference's tolerance (3.2e-8, absolute or relative). */
function nearlyEqual(x: number, y: number): boolean {
  const tolerance = 32e-9;
  return Math.abs(x - y) <= Math.max(tolerance, tolerance * Math.max(Math.abs(x), Math.abs(y)));
}

/**
 * The place of the shape at shape_dist_traveled `user`, searching from point `from` on:
 * interpolated (along the great circle) between the points whose distances surround it, or the
 * point itself past either end.
 */
function placeAtUserDistance(
  shape: PreparedShape,
  user: number,
  from: number,
  p: Vector,
): ShapeMatch {
  const distances = shape.user!;
  const n = shape.points.length;
  let previous = from;
  let next = from;
  while (next < n && user >= distances[next]!) previous = next++;
  let fraction = 0;
  if (next > 0 && previous + 1 < n && !nearlyEqual(distances[previous]!, distances[next]!))
    fraction = (user - distances[previous]!) / (distances[next]! - distances[previous]!);
  const a = shape.points[previous]!;
  const b = previous + 1 < n ? shape.points[previous + 1]! : a;
  const angle = Math.atan2(Math.sqrt(dot(cross(a, b), cross(a, b))), dot(a, b));
  let location = a;
  if (angle > 1e-15) {
    const wa = Math.sin((1 - fraction) * angle) / Math.sin(angle);
    const wb = Math.sin(fraction * angle) / Math.sin(angle);
    location = [wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]];
  }
  const alongNext = previous + 1 < n ? shape.along[previous + 1]! : shape.along[previous]!;
  return {
    edge: previous,
    distance: metresBetween(p, location),
    along: shape.along[previous]! + fraction * (alongNext - shape.along[previous]!),
  };
}

interface Assignment {
  readonly score: number;
  readonly along: number;
  /** Chosen candidate of the last stop. */
  readonly last: number;
  readonly previous: Assignment | undefined;
}

type Ordering =
  | { readonly matches: ShapeMatch[] }
  | { readonly stop: number; readonly match: ShapeMatch; readonly previous: ShapeMatch };

/**
 * Chooses a place for every stop among its candidates, never going back along the shape and with
 * the smallest sum of distances to it; or, when no such choice exists, the first stop `k` (> 0)
 * that cannot follow, with its closest candidate and the place given to stop `k - 1` by the best
 * choice so far.
 */
function orderAlongShape(candidates: readonly ShapeMatch[][]): Ordering {
  let assignments: Assignment[] = [
    { score: 0, along: Number.NEGATIVE_INFINITY, last: -1, previous: undefined },
  ];
  for (let k = 0; k < candidates.length; k++) {
    const next: Assignment[] = [];
    candidates[k]!.forEach((match, i) => {
      let best: Assignment | undefined;
      for (const previous of assignments)
        if (previous.along <= match.along && (!best || previous.score < best.score))
          best = previous;
      if (best)
        next.push({
          score: best.score + match.distance,
          along: match.along,
          last: i,
          previous: best,
        });
    });
    if (next.length === 0) {
      const match = candidates[k]!.reduce((a, b) => (b.distance < a.distance ? b : a));
      const bestSoFar = assignments.reduce((a, b) => (b.score < a.score ? b : a));
      return { stop: k, match, previous: candidates[k - 1]![bestSoFar.last]! };
    }
    assignments = next;
  }
  const matches: ShapeMatch[] = [];
  let chosen: Assignment | undefined = assignments.reduce((a, b) => (b.score < a.score ? b : a));
  for (let k = candidates.length - 1; k >= 0 && chosen; k--, chosen = chosen.previous)
    matches[k] = candidates[k]![chosen.last]!;
  return { matches };
}

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
