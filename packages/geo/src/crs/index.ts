/**
 * `@datacites/geo/crs`: French coordinate reference systems and reprojection. Importing this
 * entry registers every CRS of the registry with proj4 (a side effect, listed in `sideEffects`),
 * so plain `proj4('EPSG:2154', 'EPSG:4326', …)` works afterwards.
 * @packageDocumentation
 */
import { registerFrenchCrs } from './register.js';

registerFrenchCrs();

export * from './exports.js';
