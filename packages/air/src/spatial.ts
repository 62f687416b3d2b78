/**
 * Station values spread over space by inverse distance weighting, through `@datacites/geo`:
 * onto a square grid (Lambert-93 cells) or onto polygons such as communes.
 * Interpolate concentrations, then compute an index per cell: indices are not additive.
 * @packageDocumentation
 */
import type { LoadIssue } from '@datacites/core';
import {
  type GridCell,
  type GridExtent,
  idw,
  idwToPolygons,
  squareGrid,
} from '@datacites/geo/grid';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { Station } from './model.js';

/** Options of {@link stationsToGrid} and {@link stationsToPolygons}. */
export interface SpatialOptions {
  /** Distance exponent. Default 2. */
  readonly power?: number;
  /** Use only this many nearest stations. Default all. */
  readonly neighbours?: number;
  /** Ignore stations farther than this many metres. Default no limit. */
  readonly maxDistance?: number;
}

/** A value per station id. */
export type StationValues = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

/** The stations that have both a position and a finite value, as `[lon, lat, value]`, and issues for the rest. */
function samplesOf(stations: readonly Station[], values: StationValues) {
  const get = (id: string) =>
    values instanceof Map ? values.get(id) : (values as Record<string, number>)[id];
  const samples: Position[] = [];
  const issues: LoadIssue[] = [];
  for (const s of stations) {
    const value = get(s.id);
    if (value === undefined || !Number.isFinite(value)) continue;
    if (s.latitude === undefined || s.longitude === undefined) {
      issues.push({
        code: 'station_without_position',
        severity: 'warning',
        message: `station ${s.id} has a value but no position: not interpolated`,
      });
      continue;
    }
    samples.push([s.longitude, s.latitude, value]);
  }
  return { samples, issues };
}

/** A grid cell with its interpolated value (`NaN` when no station is within reach). */
export interface ValuedGridCell extends GridCell {
  readonly value: number;
}

/**
 * Interpolates station values onto square cells of `cellSize` metres covering `extent` (a WGS84
 * box or polygons; `@datacites/geo` `squareGrid`, Lambert-93 by default), at each cell centre.
 * @example
 * const no2 = new Map([['FR09015', 18], ['FR09403', 35]]);
 * const { cells } = stationsToGrid(data.stations, no2, [0.28, 46.53, 0.42, 46.62], 500);
 */
export function stationsToGrid(
  stations: readonly Station[],
  values: StationValues,
  extent: GridExtent,
  cellSize: number,
  options: SpatialOptions = {},
): { cells: FeatureCollection<Polygon, ValuedGridCell>; issues: LoadIssue[] } {
  const { samples, issues } = samplesOf(stations, values);
  const grid = squareGrid(extent, cellSize);
  const result = idw(
    samples,
    grid.features.map((c) => [c.properties.lon, c.properties.lat]),
    options,
  );
  const features = grid.features.map(
    (cell, i): Feature<Polygon, ValuedGridCell> => ({
      ...cell,
      properties: { ...cell.properties, value: result.values[i]! },
    }),
  );
  return { cells: { type: 'FeatureCollection', features }, issues: [...issues, ...result.issues] };
}

/**
 * Interpolates station values at the centroid of each polygon (e.g. communes): one value per
 * polygon, in input order (`NaN` for features that are not polygons or out of reach).
 * @example
 * const { values } = stationsToPolygons(data.stations, pm10ByStation, communes);
 */
export function stationsToPolygons(
  stations: readonly Station[],
  values: StationValues,
  polygons: FeatureCollection | readonly Feature[],
  options: SpatialOptions = {},
): { values: Float64Array; issues: LoadIssue[] } {
  const { samples, issues } = samplesOf(stations, values);
  const result = idwToPolygons(samples, polygons as Parameters<typeof idwToPolygons>[1], options);
  return { values: result.values, issues: [...issues, ...result.issues] };
}
