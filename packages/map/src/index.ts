/**
 * `@datacites/map`: map widgets on MapLibre for city data services, offline by default.
 * @packageDocumentation
 */
export { type AirQualityLayerOptions, airQualityLayer } from './air-quality-layer.js';
export {
  type AirQualityIndex,
  type AirQualityLevel,
  ATMO_LEVELS,
  airQualityLevels,
  EAQI_LEVELS,
} from './air-quality-levels.js';
export {
  type AirQualityZoneLike,
  type AirQualityZonesOptions,
  airQualityZonesLayer,
} from './air-quality-zones.js';
export { type AirStationLike, airStationsLayer } from './air-stations.js';
export { type ChoroplethLayerOptions, choroplethLayer } from './choropleth-layer.js';
export {
  type ClassOptions,
  classedColorExpression,
  NO_DATA_COLOR,
  resolveClasses,
} from './classed-colors.js';
export {
  COLOR_RAMP_NAMES,
  type ColorRampName,
  colorRamp,
  isColorRampName,
  RAMP_CLASS_RANGE,
} from './color-ramps.js';
export { createMap } from './create-map.js';
export type {
  CreateMapOptions,
  DataMap,
  MapControls,
  MapSelection,
} from './create-map-options.js';
export type {
  DataField,
  DataLayer,
  DataLayerKind,
  DataLayerOptions,
  FeatureAccount,
  LegendItem,
  LocalizedText,
} from './data-layer.js';
export { escapeHtml } from './escape-html.js';
export {
  aggregateToGrid,
  type GridAggregate,
  type GridLayerOptions,
  type GridOptions,
  gridLayer,
} from './grid-layer.js';
export { type HeatmapLayerOptions, heatmapLayer } from './heatmap-layer.js';
export { type MapLanguage, type MapMessages, maplibreLocale, messagesFor } from './i18n.js';
export { type LayerAttributes, layerFromAttributes } from './layer-element.js';
export {
  LINE_CASING_DARK,
  LINE_CASING_LIGHT,
  type LineLayerOptions,
  lineCasingColor,
  lineLayer,
  normalizeHexColor,
} from './line-layer.js';
export {
  defineMapElements,
  LAYER_TAG,
  MAP_TAG,
  type MapReadyDetail,
} from './map-element.js';
export { type LandLabels, type OfflineStyleOptions, offlineStyle } from './offline-style.js';
export {
  type CategoryColor,
  type ClassedColor,
  type PointLayerOptions,
  type ProportionalRadius,
  pointLayer,
} from './point-layer.js';
export {
  joinToBoundaries,
  type TerritoryChoroplethOptions,
  type TerritoryValue,
  territoryChoroplethLayer,
} from './territory-join.js';
export { injectThemeCss, THEME_CSS } from './theme-css.js';
export {
  stopsToGeoJson,
  type TransitRouteLike,
  type TransitStopLike,
  transitRoutesLayer,
  transitStopsLayer,
} from './transit-adapters.js';
export { useMapLibreWorker } from './worker-url.js';
