import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { type BBox, bboxOfPositions } from './bbox.js';
import { type CrsCode, createReprojector } from './crs/reproject.js';
import { PolygonIndex, type PolygonInput } from './join/polygon-index.js';

/** Properties of a grid cell. */
export interface GridCell {
  /** `<row>_<col>` (square) or `h<row>_<col>` (hex), stable for a given size and CRS. */
  readonly id: string;
  /** Row: `floor(y / size)` for squares, centre `y / (1.5·size)` for hexagons. */
  readonly row: number;
  /** Column: `floor(x / size)` for squares. */
  readonly col: number;
  /** Centre in the grid's CRS (metres). */
  readonly x: number;
  readonly y: number;
  /** Centre in WGS84. */
  readonly lon: number;
  readonly lat: number;
}

/** Options of {@link squareGrid} and {@link hexGrid}. */
export interface GridOptions {
  /** Projected CRS the cells are regular in. Default `EPSG:2154` (Lambert-93). */
  readonly crs?: CrsCode;
  /** Keep only cells whose centre is in these polygons (e.g. a commune). */
  readonly mask?: PolygonInput;
}

/** A territory: a WGS84 box `[west, south, east, north]` or polygons (their extent is used). */
export type GridExtent = BBox | PolygonInput;

function extentPositions(extent: GridExtent): Position[] {
  if (Array.isArray(extent) && typeof extent[0] === 'number') {
    const [w, s, e, n] = extent as BBox;
    // Corners and edge midpoints: a projected box of a lon/lat box bulges along the edges.
    const positions: Position[] = [];
    for (let i = 0; i <= 8; i++) {
      const t = i / 8;
      positions.push(
        [w + t * (e - w), s],
        [w + t * (e - w), n],
        [w, s + t * (n - s)],
        [e, s + t * (n - s)],
      );
    }
    return positions;
  }
  const features =
    'type' in (extent as object)
      ? (extent as FeatureCollection).features
      : (extent as readonly Feature[]);
  const positions: Position[] = [];
  const visit = (value: unknown) => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') positions.push(value as Position);
    else for (const child of value) visit(child);
  };
  for (const feature of features) {
    const geometry = feature.geometry;
    if (geometry && 'coordinates' in geometry) visit(geometry.coordinates);
  }
  return positions;
}

interface Layout {
  readonly crs: CrsCode;
  readonly box: BBox;
  readonly keep: (lon: number, lat: number) => boolean;
  readonly toWgs84: (position: Position) => Position;
}

function layout(extent: GridExtent, options: GridOptions): Layout | undefined {
  const crs = options.crs ?? 'EPSG:2154';
  const toGrid = createReprojector('EPSG:4326', crs);
  const box = bboxOfPositions(extentPositions(extent).map(toGrid));
  if (box === undefined) return undefined;
  const mask = options.mask === undefined ? undefined : new PolygonIndex(options.mask);
  return {
    crs,
    box,
    keep: mask === undefined ? () => true : (lon, lat) => mask.locate(lon, lat) >= 0,
    toWgs84: createReprojector(crs, 'EPSG:4326'),
  };
}

function cell(
  grid: Layout,
  id: string,
  row: number,
  col: number,
  x: number,
  y: number,
  ring: Position[],
): Feature<Polygon, GridCell> | undefined {
  const [lon, lat] = grid.toWgs84([x, y]);
  if (!grid.keep(lon!, lat!)) return undefined;
  const coordinates = ring.map(grid.toWgs84);
  coordinates.push(coordinates[0]!);
  return {
    type: 'Feature',
    properties: { id, row, col, x, y, lon: lon!, lat: lat! },
    geometry: { type: 'Polygon', coordinates: [coordinates] },
  };
}

/**
 * Square cells of `size` metres, regular in a projected CRS (Lambert-93 by default) and aligned
 * on multiples of `size` (like INSEE's 200 m grid), covering the extent; with `mask`, only
 * cells whose centre is inside. Cells are returned in WGS84.
 *
 * @example
 * ```ts
 * const cells = squareGrid(commune, 200, { mask: commune });
 * ```
 */
export function squareGrid(
  extent: GridExtent,
  size: number,
  options: GridOptions = {},
): FeatureCollection<Polygon, GridCell> {
  if (!(size > 0)) throw new RangeError(`Cell size must be positive, not ${size}.`);
  const grid = layout(extent, options);
  const features: Feature<Polygon, GridCell>[] = [];
  if (grid !== undefined) {
    const [minX, minY, maxX, maxY] = grid.box;
    const firstCol = Math.floor(minX / size);
    const firstRow = Math.floor(minY / size);
    const lastCol = Math.max(firstCol, Math.ceil(maxX / size) - 1);
    const lastRow = Math.max(firstRow, Math.ceil(maxY / size) - 1);
    for (let row = firstRow; row <= lastRow; row++) {
      for (let col = firstCol; col <= lastCol; col++) {
        const x0 = col * size;
        const y0 = row * size;
        const ring = [
          [x0, y0],
          [x0 + size, y0],
          [x0 + size, y0 + size],
          [x0, y0 + size],
        ];
        const found = cell(grid, `${row}_${col}`, row, col, x0 + size / 2, y0 + size / 2, ring);
        if (found) features.push(found);
      }
    }
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Hexagonal cells (pointy-top) whose vertices are `size` metres from their centre (so each side
 * is `size` long and a cell's area is 3√3/2·size²), regular in a projected CRS, covering the
 * extent; with `mask`, only cells whose centre is inside. Cells are returned in WGS84.
 *
 * @example
 * ```ts
 * const hexes = hexGrid([0.2, 46.5, 0.5, 46.7], 500);
 * ```
 */
export function hexGrid(
  extent: GridExtent,
  size: number,
  options: GridOptions = {},
): FeatureCollection<Polygon, GridCell> {
  if (!(size > 0)) throw new RangeError(`Cell size must be positive, not ${size}.`);
  const grid = layout(extent, options);
  const features: Feature<Polygon, GridCell>[] = [];
  if (grid !== undefined) {
    const [minX, minY, maxX, maxY] = grid.box;
    const width = Math.sqrt(3) * size;
    const rowStep = 1.5 * size;
    const firstRow = Math.floor((minY - size) / rowStep);
    const lastRow = Math.ceil((maxY + size) / rowStep);
    const firstCol = Math.floor((minX - width) / width);
    const lastCol = Math.ceil((maxX + width) / width);
    for (let row = firstRow; row <= lastRow; row++) {
      const cy = row * rowStep;
      const offset = row % 2 === 0 ? 0 : width / 2;
      for (let col = firstCol; col <= lastCol; col++) {
        const cx = col * width + offset;
        // Keep hexagons meeting the box.
        if (
          cx + width / 2 < minX ||
          cx - width / 2 > maxX ||
          cy + size < minY ||
          cy - size > maxY
        ) {
          continue;
        }
        const ring: Position[] = [];
        for (let k = 0; k < 6; k++) {
          const angle = ((30 + 60 * k) * Math.PI) / 180;
          ring.push([cx + size * Math.cos(angle), cy + size * Math.sin(angle)]);
        }
        const found = cell(grid, `h${row}_${col}`, row, col, cx, cy, ring);
        if (found) features.push(found);
      }
    }
  }
  return { type: 'FeatureCollection', features };
}
