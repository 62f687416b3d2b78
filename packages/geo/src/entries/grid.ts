/**
 * `@datacites/geo/grid`: square and hexagonal grids, and IDW interpolation onto them.
 * @packageDocumentation
 */
export {
  type GridCell,
  type GridExtent,
  type GridOptions,
  hexGrid,
  squareGrid,
} from '../grid.js';
export { type IdwOptions, type Interpolation, idw, idwToPolygons } from '../interpolate.js';
