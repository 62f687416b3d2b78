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
export { type CrsGuess, guessCrs } from './crs/crs-guess.js';
export {
  FRENCH_CRS,
  type FrenchCrs,
  findFrenchCrs,
  type LonLatBox,
  NTF_TOWGS84,
  normalizeCrsCode,
  TERRITORY_BOXES,
  type Territory,
} from './crs/french-crs.js';
export {
  ensureFrenchCrs,
  isKnownCrs,
  NTF_GRID_KEY,
  type Proj4,
  registerFrenchCrs,
  useNtfGrid,
  useNtfHelmert,
} from './crs/register.js';
export {
  type CrsCode,
  createReprojector,
  type PositionTransform,
  type ReprojectedFeatures,
  reproject,
  reprojectBBox,
  reprojectFeatures,
  reprojectPoint,
  reprojectPositions,
} from './crs/reproject.js';
export {
  detectSwappedLonLat,
  type SwapCheck,
  type SwapCheckOptions,
} from './crs/swapped-coordinates.js';
export { boxAround, EARTH_RADIUS, haversineDistance } from './distance.js';
export * from './entries/catchment.js';
export * from './entries/grid.js';
export * from './join/index.js';
