/**
 * Shapes prepared for matching stops to them, and the matching itself, as MobilityData
 * gtfs-validator's `StopToShapeMatcher`: a shape is a chain of great-circle edges; a stop's
 * distance to an edge is the great-circle distance to the closest point of the edge; the distance
 * along the shape adds the great-circle lengths of the edges. Finds the places of a shape near a
 * stop (every passage within a limit, or the closest one), the place at a shape_dist_traveled, and
 * the choice of one place per stop that never goes back along the shape.
 * @packageDocumentation
 */
import { EARTH_RADIUS } from '@datacites/geo/measure';
import {
  closestOnEdge,
  cross,
  dot,
  metresBetween,
  unitVector,
  type Vector,
} from './shape-geometry.js';

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
export interface ShapeMatch {
  /** Edge index (from point `edge` to `edge + 1`). */
  readonly edge: number;
  /** Metres from the stop. */
  readonly distance: number;
  /** Metres along the shape from its first point. */
  readonly along: number;
}

/** A shape ready for matching: its points, their distances along it and a cap around each edge. */
export interface PreparedShape {
  /** Unit vectors of the shape's points. */
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

/**
 * Prepares a line of `[lon, lat]` positions for matching, with its shape_dist_traveled per
 * point when given.
 */
export function prepareShape(
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
export function closestMatch(shape: PreparedShape, p: Vector): ShapeMatch {
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
export function candidateMatches(shape: PreparedShape, p: Vector, maxMetres: number): ShapeMatch[] {
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
export function placeAtUserDistance(
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

/**
 * Result of {@link orderAlongShape}: a place per stop, or the first stop that cannot follow, its
 * closest place and the place of the stop before it.
 */
export type Ordering =
  | { readonly matches: ShapeMatch[] }
  | { readonly stop: number; readonly match: ShapeMatch; readonly previous: ShapeMatch };

/**
 * Chooses a place for every stop among its candidates, never going back along the shape and with
 * the smallest sum of distances to it; or, when no such choice exists, the first stop `k` (> 0)
 * that cannot follow, with its closest candidate and the place given to stop `k - 1` by the best
 * choice so far.
 */
export function orderAlongShape(candidates: readonly ShapeMatch[][]): Ordering {
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
