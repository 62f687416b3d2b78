/**
 * Stops against the shapes of their trips, as MobilityData gtfs-validator's shape-to-stop
 * matching with geographic distances (rules `stop_too_far_from_shape`,
 * `stop_has_too_many_matches_for_shape`, `stops_match_shape_out_of_order`,
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
export function closestOnEdge(p: Vector, a: Vector, b: Vector): Vector {
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
}

function prepareShape(line: readonly (readonly [number, number])[]): PreparedShape {
  const points = line.map(([lon, lat]) => unitVector(lon, lat));
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
  return { points, along, centres, radii, farCosines: new Map() };
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

interface Assignment {
  readonly score: number;
  readonly along: number;
  /** Chosen candidate of the last stop. */
  readonly last: number;
}

/**
 * Whether the stops can take places along the shape in their order (distance along the shape never
 * decreasing): returns the first stop `k` (> 0) for which no such choice exists, with the best
 * candidate of stop `k` and the place given to stop `k - 1` by the best choice so far; or
 * undefined when the order is possible.
 */
function firstOutOfOrder(
  candidates: readonly ShapeMatch[][],
): { stop: number; match: ShapeMatch; previous: ShapeMatch } | undefined {
  let assignments: Assignment[] = [{ score: 0, along: Number.NEGATIVE_INFINITY, last: -1 }];
  for (let k = 0; k < candidates.length; k++) {
    const next: Assignment[] = [];
    candidates[k]!.forEach((match, i) => {
      let best: Assignment | undefined;
      for (const previous of assignments)
        if (previous.along <= match.along && (!best || previous.score < best.score))
          best = previous;
      if (best) next.push({ score: best.score + match.distance, along: match.along, last: i });
    });
    if (next.length === 0) {
      const match = candidates[k]!.reduce((a, b) => (b.distance < a.distance ? b : a));
      const bestSoFar = assignments.reduce((a, b) => (b.score < a.score ? b : a));
      return { stop: k, match, previous: candidates[k - 1]![bestSoFar.last]! };
    }
    assignments = next;
  }
  return undefined;
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

/**
 * Matches the calls of each distinct trip pattern (stops and shape_dist_traveled) to its shape:
 * a stop with no place of the shape within 100 m (400 m for the first and last stops of rail
 * routes) is `stop_too_far_from_shape`, reported once per stop and shape; a stop near more than
 * 20 places is `stop_has_too_many_matches_for_shape`; stops that cannot take places in their
 * order along the shape are `stops_match_shape_out_of_order`. All warnings.
 */
export function checkStopsAgainstShapes(feed: GtfsFeed, list: NoticeList): void {
  const lines = shapeLines(feed);
  if (lines.size === 0 || feed.stopTimes.length === 0) return;
  const index = indexFeed(feed);
  const sequence = feed.stopTimes.column('stop_sequence')?.data;
  const dist = feed.stopTimes.column('shape_dist_traveled');
  const file = 'stop_times.txt';
  const prepared = new Map<string, PreparedShape>();
  const reported = new Map<string, Set<number>>();
  const patterns = new Set<string>();
  const cache = new Map<string, ShapeMatch[] | ShapeMatch>();
  feed.trips.forEach((trip, t) => {
    const shapeId = trip.shape_id;
    const line: ShapeLine | undefined = shapeId === undefined ? undefined : lines.get(shapeId);
    if (!line || line.coordinates.length === 0 || shapeId === undefined) return;
    const route = feed.routes[index.routeByID.get(trip.route_id) ?? -1];
    if (!route) return; // reported as foreign_key_violation
    const from = index.tripStart[t]!;
    const to = index.tripStart[t + 1]!;
    const calls: number[] = [];
    for (let k = from; k < to; k++)
      if (index.stopOf(index.order[k]!) >= 0) calls.push(index.order[k]!);
    if (calls.length === 0) return;
    const rail = route.route_type === 2;
    const key = `${shapeId}\u0000${rail}\u0000${calls
      .map((row) => `${index.stopOf(row)}:${dist && !dist.state?.[row] ? dist.data[row] : ''}`)
      .join(',')}`;
    if (patterns.has(key)) return;
    patterns.add(key);
    let shape = prepared.get(shapeId);
    if (!shape) {
      shape = prepareShape(line.coordinates);
      prepared.set(shapeId, shape);
    }
    let done = reported.get(shapeId);
    if (!done) {
      done = new Set();
      reported.set(shapeId, done);
    }
    const ids = (row: number) => ({
      trip_id: trip.trip_id,
      shape_id: shapeId,
      stop_id: feed.stops[index.stopOf(row)]!.stop_id,
      stop_sequence: String(sequence?.[row] ?? ''),
    });
    const candidates: ShapeMatch[][] = [];
    let allMatched = true;
    calls.forEach((row, k) => {
      const stopIndex = index.stopOf(row);
      const position = stopPosition(feed.stops[stopIndex], index.stopByID, feed);
      if (!position) {
        allMatched = false;
        return;
      }
      const large = rail && (k === 0 || k === calls.length - 1);
      const max = MAX_STOP_TO_SHAPE_METRES * (large ? LARGE_STATION_MULTIPLIER : 1);
      const cacheKey = `${shapeId}\u0000${stopIndex}\u0000${large}`;
      let found = cache.get(cacheKey);
      if (!found) {
        const near = candidateMatches(shape!, position, max);
        found = near.length > 0 ? near : closestMatch(shape!, position);
        cache.set(cacheKey, found);
      }
      if (!Array.isArray(found)) {
        allMatched = false;
        if (found.distance > max && !done!.has(stopIndex)) {
          done!.add(stopIndex);
          list.add(
            notice(
              'stop_too_far_from_shape',
              'warning',
              file,
              row,
              `${found.distance.toFixed(0)} m from shape ${shapeId} (limit ${max} m)`,
              { field: 'stop_id', entityIds: ids(row) },
            ),
          );
        }
        return;
      }
      if (found.length > MAX_MATCHES_PER_STOP)
        list.add(
          notice(
            'stop_has_too_many_matches_for_shape',
            'warning',
            file,
            row,
            `${found.length} places of shape ${shapeId} within ${max} m`,
            { field: 'stop_id', entityIds: ids(row) },
          ),
        );
      candidates.push(found);
    });
    if (!allMatched) return;
    const problem = firstOutOfOrder(candidates);
    if (!problem) return;
    const row = calls[problem.stop]!;
    const previousRow = calls[problem.stop - 1]!;
    list.add(
      notice(
        'stops_match_shape_out_of_order',
        'warning',
        file,
        row,
        `Matches ${problem.match.along.toFixed(0)} m along shape ${shapeId}, before the previous stop (${problem.previous.along.toFixed(0)} m)`,
        {
          field: 'stop_sequence',
          entityIds: { ...ids(row), previous_stop_id: ids(previousRow).stop_id },
        },
      ),
    );
  });
}
