import type { Feature, FeatureCollection } from 'geojson';
import { type DataLayer, LayerIssues } from './data-layer.js';
import { type LineLayerOptions, lineLayer } from './line-layer.js';
import { type PointLayerOptions, pointLayer } from './point-layer.js';

/**
 * A GTFS stop as the transit package outputs it (fields of `stops.txt`), with any statistics
 * added as extra numeric fields (e.g. `departures`). Coordinates may be numbers or text.
 */
export interface TransitStopLike {
  readonly stop_id: string;
  readonly stop_name?: string;
  readonly stop_lat: number | string;
  readonly stop_lon: number | string;
  readonly [stat: string]: unknown;
}

/** A GTFS route with its drawn path (from `shapes.txt` or the stop sequence), WGS84. */
export interface TransitRouteLike {
  readonly route_id: string;
  readonly route_short_name?: string;
  readonly route_long_name?: string;
  /** GTFS colour, six hex digits without `#`. */
  readonly route_color?: string;
  /** One path or several (`[lon, lat]` positions). */
  readonly path: readonly (readonly [number, number])[] | readonly (readonly [number, number])[][];
  readonly [stat: string]: unknown;
}

const toNumber = (value: unknown): number =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && value.trim() !== ''
      ? Number(value)
      : Number.NaN;

/**
 * GTFS stops as GeoJSON points (all fields kept as properties). Stops whose coordinates are
 * missing or out of range are rejected and reported.
 */
export function stopsToGeoJson(
  stops: readonly TransitStopLike[],
  source = 'stops',
): { collection: FeatureCollection; issues: LayerIssues; rejected: number } {
  const issues = new LayerIssues(source);
  const features: Feature[] = [];
  stops.forEach((stop, index) => {
    const lat = toNumber(stop.stop_lat);
    const lon = toNumber(stop.stop_lon);
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
      issues.add({
        code: 'invalid_coordinates',
        severity: 'error',
        field: Math.abs(lat) <= 90 ? 'stop_lon' : 'stop_lat',
        message: `Stop ${index} (${String(stop.stop_id)}) has no valid stop_lat/stop_lon; it is not drawn.`,
        raw: `${String(stop.stop_lat)},${String(stop.stop_lon)}`.slice(0, 120),
      });
      return;
    }
    features.push({
      type: 'Feature',
      id: index,
      properties: { ...stop },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    });
  });
  return {
    collection: { type: 'FeatureCollection', features },
    issues,
    rejected: stops.length - features.length,
  };
}

/**
 * A layer of GTFS stops (from the transit package or any `stops.txt` rows), optionally coloured
 * and sized by a statistic such as `departures`.
 *
 * @example
 * ```ts
 * transitStopsLayer(stopsWithStats, { id: 'stops', title: 'Arrêts',
 *   radius: { property: 'departures', domain: [0, 500] } });
 * ```
 */
export function transitStopsLayer(
  stops: readonly TransitStopLike[],
  options: Omit<PointLayerOptions, 'data'>,
): DataLayer {
  const { collection, issues, rejected } = stopsToGeoJson(stops, options.id);
  const layer = pointLayer({ nameProperty: 'stop_name', ...options, data: collection });
  return {
    ...layer,
    account: {
      read: stops.length,
      kept: layer.account.kept,
      rejected: rejected + layer.account.rejected,
    },
    issues: [...issues.list(), ...layer.issues],
  };
}

/**
 * A layer of GTFS routes drawn in their `route_color` and labelled by `route_short_name` in the
 * legend. Routes without a path of at least two positions are rejected and reported.
 *
 * @example
 * ```ts
 * transitRoutesLayer(routes, { id: 'routes', title: 'Lignes' });
 * ```
 */
export function transitRoutesLayer(
  routes: readonly TransitRouteLike[],
  options: Omit<LineLayerOptions, 'data'>,
): DataLayer {
  const issues = new LayerIssues(options.id);
  const features: Feature[] = [];
  routes.forEach((route, index) => {
    const path = route.path as unknown[];
    const multi = Array.isArray(path?.[0]?.[0 as never]);
    const lines = (multi ? path : [path]) as [number, number][][];
    if (!Array.isArray(path) || lines.every((line) => !Array.isArray(line) || line.length < 2)) {
      issues.add({
        code: 'missing_path',
        severity: 'error',
        field: 'path',
        message: `Route ${index} (${String(route.route_id)}) has no path of two positions or more; it is not drawn.`,
      });
      return;
    }
    const { path: _path, ...properties } = route;
    features.push({
      type: 'Feature',
      id: index,
      properties,
      geometry: multi
        ? { type: 'MultiLineString', coordinates: lines }
        : { type: 'LineString', coordinates: lines[0]! },
    });
  });
  const layer = lineLayer({
    colorProperty: 'route_color',
    legendLabelProperty: 'route_short_name',
    nameProperty: 'route_short_name',
    ...options,
    data: { type: 'FeatureCollection', features },
  });
  return {
    ...layer,
    account: {
      read: routes.length,
      kept: layer.account.kept,
      rejected: routes.length - layer.account.kept,
    },
    issues: [...issues.list(), ...layer.issues],
  };
}
