/**
 * `@datacites/geo/join`: spatial joins on a flatbush index.
 * @packageDocumentation
 */

export {
  type PointAccessor,
  type PointInput,
  type PointsInPolygonsOptions,
  type PointsInPolygonsResult,
  type PolygonSummary,
  pointsInPolygons,
} from './points-in-polygons.js';
export { PolygonIndex, type PolygonInput } from './polygon-index.js';
