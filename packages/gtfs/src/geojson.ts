/**
 * GeoJSON (RFC 7946, `[lon, lat]`) views of a feed: stops, shapes, routes, trips and GTFS-Flex
 * locations.
 * @packageDocumentation
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { GtfsFeed } from './feed.js';
import { indexFeed } from './feed-index.js';
import type { Route, Stop, Trip } from './schema/core-tables.js';
import { lineLengthKm, shapeLines } from './shapes.js';

const collection = <G extends Feature['geometry'], P>(
  features: Feature<G, P>[],
): FeatureCollection<G, P> => ({ type: 'FeatureCollection', features });

/**
 * Stops with coordinates as Points; every stops.txt field (extra columns included) becomes a
 * property. Stops without coordinates (generic nodes, boarding areas) are left out.
 * @example
 * ```ts
 * const points = stopsToGeoJSON(feed, { locationTypes: [0] });
 * ```
 */
export function stopsToGeoJSON(
  feed: GtfsFeed,
  options: { stopIds?: readonly string[]; locationTypes?: readonly number[] } = {},
): FeatureCollection<Point, Stop> {
  const ids = options.stopIds ? new Set(options.stopIds) : undefined;
  const types = options.locationTypes ? new Set(options.locationTypes) : undefined;
  const features: Feature<Point, Stop>[] = [];
  for (const stop of feed.stops) {
    if (stop.stop_lat === undefined || stop.stop_lon === undefined) continue;
    if (ids && !ids.has(stop.stop_id)) continue;
    if (types && !types.has(stop.location_type ?? 0)) continue;
    features.push({
      type: 'Feature',
      id: stop.stop_id,
      geometry: { type: 'Point', coordinates: [stop.stop_lon, stop.stop_lat] },
      properties: { ...stop },
    });
  }
  return collection(features);
}

/** Properties of a shape feature. */
export type ShapeProperties = {
  readonly shape_id: string;
  /** Length in km (haversine along the points). */
  readonly length_km: number;
};

/**
 * Shapes as LineStrings, points ordered by numeric shape_pt_sequence.
 * @example
 * ```ts
 * const lines = shapesToGeoJSON(feed);
 * ```
 */
export function shapesToGeoJSON(
  feed: GtfsFeed,
  options: { shapeIds?: readonly string[] } = {},
): FeatureCollection<LineString, ShapeProperties> {
  const ids = options.shapeIds ? new Set(options.shapeIds) : undefined;
  const features: Feature<LineString, ShapeProperties>[] = [];
  for (const line of shapeLines(feed).values()) {
    if (ids && !ids.has(line.shapeId)) continue;
    features.push({
      type: 'Feature',
      id: line.shapeId,
      geometry: { type: 'LineString', coordinates: line.coordinates },
      properties: { shape_id: line.shapeId, length_km: line.lengthKm },
    });
  }
  return collection(features);
}

/** The line of a trip: its shape, else its stops in stop_sequence order (undefined if < 2 points). */
function tripLine(
  feed: GtfsFeed,
  t: number,
): { coordinates: [number, number][]; from: 'shape' | 'stops' } | undefined {
  const trip = feed.trips[t]!;
  const shape = trip.shape_id === undefined ? undefined : shapeLines(feed).get(trip.shape_id);
  if (shape && shape.coordinates.length >= 2)
    return { coordinates: shape.coordinates, from: 'shape' };
  const index = indexFeed(feed);
  const coordinates: [number, number][] = [];
  for (let k = index.tripStart[t]!; k < index.tripStart[t + 1]!; k++) {
    const stop = feed.stops[index.stopOf(index.order[k]!)];
    if (stop?.stop_lat !== undefined && stop.stop_lon !== undefined)
      coordinates.push([stop.stop_lon, stop.stop_lat]);
  }
  return coordinates.length >= 2 ? { coordinates, from: 'stops' } : undefined;
}

/** Properties of a route feature. */
export type RouteProperties = Route & { readonly geometry_from: 'shape' | 'stops' };

/**
 * Routes as MultiLineStrings: the distinct shapes of their trips, or, for trips without shapes,
 * their distinct stop sequences.
 * @example
 * ```ts
 * const routes = routesToGeoJSON(feed); // works on feeds without shapes.txt too
 * ```
 */
export function routesToGeoJSON(
  feed: GtfsFeed,
  options: { routeIds?: readonly string[] } = {},
): FeatureCollection<MultiLineString, RouteProperties> {
  const ids = options.routeIds ? new Set(options.routeIds) : undefined;
  const linesOfRoute = new Map<string, Map<string, [number, number][]>>();
  const fromShapes = new Map<string, boolean>();
  feed.trips.forEach((trip, t) => {
    if (ids && !ids.has(trip.route_id)) return;
    const line = tripLine(feed, t);
    if (!line) return;
    let lines = linesOfRoute.get(trip.route_id);
    if (!lines) {
      lines = new Map();
      linesOfRoute.set(trip.route_id, lines);
    }
    const key = line.from === 'shape' ? `shape:${trip.shape_id}` : JSON.stringify(line.coordinates);
    lines.set(key, line.coordinates);
    fromShapes.set(trip.route_id, (fromShapes.get(trip.route_id) ?? true) && line.from === 'shape');
  });
  const features: Feature<MultiLineString, RouteProperties>[] = [];
  for (const route of feed.routes) {
    const lines = linesOfRoute.get(route.route_id);
    if (!lines) continue;
    features.push({
      type: 'Feature',
      id: route.route_id,
      geometry: { type: 'MultiLineString', coordinates: [...lines.values()] },
      properties: { ...route, geometry_from: fromShapes.get(route.route_id) ? 'shape' : 'stops' },
    });
  }
  return collection(features);
}

/** Properties of a trip feature. */
export type TripProperties = Trip & {
  readonly geometry_from: 'shape' | 'stops';
  readonly length_km: number;
};

/**
 * Trips as LineStrings (their shape, else their stops in order).
 * @example
 * ```ts
 * const trips = tripsToGeoJSON(feed, { tripIds: tripsOn(feed, '2016-04-06').map((t) => t.trip_id) });
 * ```
 */
export function tripsToGeoJSON(
  feed: GtfsFeed,
  options: { tripIds?: readonly string[] } = {},
): FeatureCollection<LineString, TripProperties> {
  const index = indexFeed(feed);
  const positions = options.tripIds
    ? options.tripIds.map((id) => index.tripByID.get(id)).filter((t) => t !== undefined)
    : feed.trips.map((_, t) => t);
  const features: Feature<LineString, TripProperties>[] = [];
  for (const t of positions) {
    const line = tripLine(feed, t);
    if (!line) continue;
    const trip = feed.trips[t]!;
    features.push({
      type: 'Feature',
      id: trip.trip_id,
      geometry: { type: 'LineString', coordinates: line.coordinates },
      properties: { ...trip, geometry_from: line.from, length_km: lineLengthKm(line.coordinates) },
    });
  }
  return collection(features);
}

/**
 * GTFS-Flex zones: the features of locations.geojson, then each location group as a
 * MultiPoint of its stops (`location_group_id` and name in properties).
 * @example
 * ```ts
 * const zones = flexLocationsToGeoJSON(feed);
 * ```
 */
export function flexLocationsToGeoJSON(feed: GtfsFeed): FeatureCollection {
  const features: Feature[] = [...(feed.locations?.features ?? [])];
  const stopsOfGroup = new Map<string, [number, number][]>();
  const index = indexFeed(feed);
  for (const member of feed.locationGroupStops) {
    const stop = feed.stops[index.stopByID.get(member.stop_id) ?? -1];
    if (stop?.stop_lat === undefined || stop.stop_lon === undefined) continue;
    const list = stopsOfGroup.get(member.location_group_id) ?? [];
    list.push([stop.stop_lon, stop.stop_lat]);
    stopsOfGroup.set(member.location_group_id, list);
  }
  for (const group of feed.locationGroups) {
    const coordinates = stopsOfGroup.get(group.location_group_id);
    if (!coordinates) continue;
    features.push({
      type: 'Feature',
      id: group.location_group_id,
      geometry: { type: 'MultiPoint', coordinates },
      properties: { ...group },
    });
  }
  return collection(features);
}
