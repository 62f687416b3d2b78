/**
 * `@datacites/geo/crs`: French coordinate reference systems and reprojection. Importing this
 * entry registers every CRS of the registry with proj4 (a side effect, listed in `sideEffects`),
 * so plain `proj4('EPSG:2154', 'EPSG:4326', …)` works afterwards.
 * @packageDocumentation
 */
import { registerFrenchCrs } from './register.js';

registerFrenchCrs();

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
