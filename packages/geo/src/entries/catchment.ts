/**
 * `@datacites/geo/catchment`: buffers around points, their union, and coverage shares.
 * @packageDocumentation
 */
export {
  type AreaFeature,
  type BufferOptions,
  type Buffers,
  bufferPoints,
  type Catchment,
  type Coverage,
  catchment,
  coverage,
  type PopulationCoverage,
  polygonCoverage,
  populationCoverage,
  unionAll,
} from '../catchment.js';
