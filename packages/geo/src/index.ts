/**
 * `@datacites/geo`: French CRS and reprojection, spatial joins, catchments, grids, interpolation
 * and choropleth classification. Subpaths (`/crs`, `/join`, `/classify`, …) give the same
 * functions in smaller pieces; this entry has no side effect (the French CRS are registered with
 * proj4 on first use).
 * @packageDocumentation
 */
export { type BBox, bboxContains, bboxOf, bboxOfPositions } from './bbox.js';
export {
  type Classification,
  type ClassificationMethod,
  type ClassifyOptions,
  classify,
} from './classify.js';
// The CRS registry and reprojection (the `/crs` entry's API, here without its import-time
// registration: the root registers the French CRS the first time a function needs them).
export * from './crs/exports.js';
export { boxAround, EARTH_RADIUS, haversineDistance } from './distance.js';
export * from './entries/catchment.js';
export * from './entries/grid.js';
export * from './join/index.js';
