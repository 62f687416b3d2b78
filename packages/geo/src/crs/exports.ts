/**
 * The public API of the CRS registry and reprojection, without side effects: re-exported by the
 * package root (which registers the CRS lazily) and by the `@datacites/geo/crs` entry (which
 * registers them on import).
 * @packageDocumentation
 */
export { type CrsGuess, guessCrs } from './crs-guess.js';
export {
  FRENCH_CRS,
  type FrenchCrs,
  findFrenchCrs,
  type LonLatBox,
  NTF_TOWGS84,
  normalizeCrsCode,
  TERRITORY_BOXES,
  type Territory,
} from './french-crs.js';
export {
  ensureFrenchCrs,
  isKnownCrs,
  NTF_GRID_KEY,
  type Proj4,
  registerFrenchCrs,
  useNtfGrid,
  useNtfHelmert,
} from './register.js';
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
} from './reproject.js';
export {
  detectSwappedLonLat,
  type SwapCheck,
  type SwapCheckOptions,
} from './swapped-coordinates.js';
