/**
 * `@datacites/geo/join`: spatial joins on a flatbush index.
 * @packageDocumentation
 */

export { type Neighbour, PointIndex } from './nearest.js';
export {
  type PointAccessor,
  type PointInput,
  type PointsInPolygonsOptions,
  type PointsInPolygonsResult,
  type PolygonSummary,
  pointsInPolygons,
} from './points-in-polygons.js';
export { PolygonIndex, type PolygonInput } from './polygon-index.js';
export {
  type PolygonOverlap,
  type PolygonOverlaps,
  polygonOverlaps,
} from './polygon-overlap.js';
