import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { choroplethLayer } from './choropleth-layer.js';
import type { ClassOptions } from './classed-colors.js';
import {
  acceptFeatures,
  type DataLayer,
  type DataLayerOptions,
  LayerIssues,
} from './data-layer.js';

/** How the points of a cell are summarised. */
export type GridAggregate = 'count' | 'sum' | 'mean';

/** Options of {@link gridLayer} and {@link aggregateToGrid}. */
export interface GridOptions {
  /** Cell side in Web Mercator metres (true ground size is this × cos(latitude)). */
  readonly cellSize: number;
  /** What each cell shows. Default `count`. */
  readonly aggregate?: GridAggregate;
  /** Numeric property summed or averaged (needed for `sum` and `mean`). */
  readonly property?: string;
}

/** Options of {@link gridLayer}. */
export interface GridLayerOptions extends DataLayerOptions, GridOptions, ClassOptions {}

const EARTH_RADIUS = 6378137;
const toMercator = (lon: number, lat: number): [number, number] => [
  (EARTH_RADIUS * lon * Math.PI) / 180,
  EARTH_RADIUS * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
];
const toLonLat = (x: number, y: number): [number, number] => [
  (x / EARTH_RADIUS) * (180 / Math.PI),
  (2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2) * (180 / Math.PI),
];

/**
 * Bins points into square Web Mercator cells and summarises each non-empty cell: properties
 * `count` (points in the cell) and `value` (the count, or the sum or mean of `property` over the
 * points that have a number). Points outside ±85.05° latitude are skipped by Web Mercator and
 * counted in `outside`.
 *
 * @example
 * ```ts
 * aggregateToGrid(sensors, { cellSize: 1000, aggregate: 'mean', property: 'pm25' });
 * ```
 */
export function aggregateToGrid(
  points: FeatureCollection,
  options: GridOptions,
): { cells: FeatureCollection<Polygon>; outside: number } {
  const { cellSize, aggregate = 'count', property } = options;
  if (!(cellSize > 0)) throw new RangeError(`cellSize must be positive, not ${cellSize}.`);
  if (aggregate !== 'count' && !property) {
    throw new RangeError(`aggregate "${aggregate}" needs a property.`);
  }
  const cells = new Map<string, { i: number; j: number; count: number; sum: number; n: number }>();
  let outside = 0;
  for (const feature of points.features) {
    if (feature.geometry?.type !== 'Point') continue;
    const [lon, lat] = (feature.geometry as Point).coordinates as [number, number];
    if (Math.abs(lat) > 85.0511) {
      outside++;
      continue;
    }
    const [x, y] = toMercator(lon, lat);
    const i = Math.floor(x / cellSize);
    const j = Math.floor(y / cellSize);
    const key = `${i}:${j}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { i, j, count: 0, sum: 0, n: 0 };
      cells.set(key, cell);
    }
    cell.count++;
    const value = property ? feature.properties?.[property] : undefined;
    if (typeof value === 'number' && Number.isFinite(value)) {
      cell.sum += value;
      cell.n++;
    }
  }
  const features: Feature<Polygon>[] = [];
  for (const { i, j, count, sum, n } of cells.values()) {
    const [x0, y0, x1, y1] = [i * cellSize, j * cellSize, (i + 1) * cellSize, (j + 1) * cellSize];
    const ring = [toLonLat(x0, y0), toLonLat(x1, y0), toLonLat(x1, y1), toLonLat(x0, y1)];
    ring.push(ring[0]!);
    const value =
      aggregate === 'count' ? count : aggregate === 'sum' ? sum : n > 0 ? sum / n : null;
    features.push({
      type: 'Feature',
      properties: { count, value },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  }
  return { cells: { type: 'FeatureCollection', features }, outside };
}

/**
 * Points summarised on a square grid and drawn as a classed choropleth of the cells: dense data
 * (100k sensor readings) becomes a few hundred readable cells.
 *
 * @example
 * ```ts
 * gridLayer({ id: 'pm25-grid', data: readings, cellSize: 2000, aggregate: 'mean',
 *   property: 'pm25', breaks: [0, 5, 15, 50, 90] });
 * ```
 */
export function gridLayer(options: GridLayerOptions): DataLayer {
  const issues = new LayerIssues(options.id);
  const { collection, account } = acceptFeatures(options.data, ['Point'], issues);
  const { cells, outside } = aggregateToGrid(collection, options);
  if (outside > 0) {
    issues.add({
      code: 'outside_web_mercator',
      severity: 'warning',
      field: 'geometry',
      message: `${outside} points beyond ±85.05° latitude are not in any cell.`,
    });
  }
  const layer = choroplethLayer({
    id: options.id,
    title: options.title ?? options.id,
    data: cells,
    property: 'value',
    fields: options.fields ?? [{ property: 'count' }, { property: 'value' }],
    ...(options.breaks ? { breaks: options.breaks } : {}),
    ...(options.method ? { method: options.method } : {}),
    ...(options.classes ? { classes: options.classes } : {}),
    ...(options.colors ? { colors: options.colors } : {}),
    ...(options.ramp ? { ramp: options.ramp } : {}),
    ...(options.attribution ? { attribution: options.attribution } : {}),
    opacity: 0.75,
  });
  return {
    ...layer,
    kind: 'grid',
    account,
    issues: [...issues.list(), ...layer.issues],
  };
}
