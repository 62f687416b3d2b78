/**
 * `@datacites/geo/measure`: great-circle distances and bounding boxes, with no dependency — no
 * turf, jsts or proj4 to load (the root entry takes about half a second to import in Node).
 * @packageDocumentation
 */
export { type BBox, bboxContains, bboxOf, bboxOfPositions } from '../bbox.js';
export { boxAround, EARTH_RADIUS, haversineDistance } from '../distance.js';
