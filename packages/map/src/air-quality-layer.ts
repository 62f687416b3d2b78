import type { ExpressionSpecification } from 'maplibre-gl';
import { type AirQualityIndex, airQualityLevels } from './air-quality-levels.js';
import {
  acceptFeatures,
  baseLayer,
  type DataLayer,
  type DataLayerOptions,
  LayerIssues,
  type LegendItem,
} from './data-layer.js';

/** Options of {@link airQualityLayer}. */
export interface AirQualityLayerOptions extends DataLayerOptions {
  /** Which index the level property holds. Default `atmo`. */
  readonly index?: AirQualityIndex;
  /** Property holding the level (number or numeric text). Default `code_qual` (ATMO open data). */
  readonly levelProperty?: string;
  /** Circle radius of stations in pixels. Default 7. */
  readonly radius?: number;
  /** Fill opacity of zones from 0 to 1. Default 0.85. */
  readonly opacity?: number;
}

/**
 * Stations (points) or zones (polygons: communes, EPCI) coloured by air-quality index level with
 * the standard's own colours (ATMO or EEA),
 * and a legend of the levels in French and English. Stations with an unknown level are drawn in
 * the "unavailable" grey and reported.
 *
 * @example
 * ```ts
 * airQualityLayer({ id: 'atmo', data: stations, index: 'atmo', levelProperty: 'code_qual',
 *   nameProperty: 'lib_zone' });
 * ```
 */
export function airQualityLayer(options: AirQualityLayerOptions): DataLayer {
  const issues = new LayerIssues(options.id);
  const { collection, account } = acceptFeatures(
    options.data,
    ['Point', 'Polygon', 'MultiPolygon'],
    issues,
  );
  const zones = collection.features.some((feature) => feature.geometry.type !== 'Point');
  const index = options.index ?? 'atmo';
  const property = options.levelProperty ?? 'code_qual';
  const levels = airQualityLevels(index);
  const known = new Set(levels.map((level) => String(level.code)));
  const present = new Set<string>();
  let unknownCount = 0;
  collection.features.forEach((feature, i) => {
    const value = feature.properties?.[property];
    const code = value === undefined || value === null ? '' : String(value).trim();
    if (known.has(code)) present.add(code);
    else {
      unknownCount++;
      issues.add({
        code: 'unknown_index_level',
        severity: 'warning',
        field: property,
        message: `Feature ${i} has level "${code}", not a level of the ${index} index; it is drawn grey.`,
        raw: code.slice(0, 120),
      });
    }
  });
  const unknownColor = '#dddddd';
  const color = [
    'match',
    ['to-string', ['get', property]],
    ...levels.flatMap((level) => [String(level.code), level.color]),
    unknownColor,
  ] as ExpressionSpecification;
  // The legend shows the index's main levels, plus the extra codes found in the data.
  const shape = zones ? ('fill' as const) : ('circle' as const);
  const legend: LegendItem[] = levels
    .filter((level) => (level.code >= 1 && level.code <= 6) || present.has(String(level.code)))
    .map((level) => ({ color: level.color, shape, label: { fr: level.fr, en: level.en } }));
  // Features without a known level are drawn grey: say so in the legend.
  if (unknownCount > 0 && !present.has('0')) {
    legend.push({ color: unknownColor, shape, label: { fr: 'Indisponible', en: 'Unavailable' } });
  }
  return {
    ...baseLayer(options, 'air-quality', collection, account),
    layers: [
      // Zones (communes, EPCI) filled with their level's colour, stations as circles.
      {
        id: `${options.id}-fill`,
        type: 'fill',
        source: options.id,
        filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
        paint: { 'fill-color': color, 'fill-opacity': options.opacity ?? 0.85 },
      },
      {
        id: `${options.id}-outline`,
        type: 'line',
        source: options.id,
        filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
        paint: { 'line-color': '#ffffff', 'line-width': 0.5 },
      },
      {
        id: `${options.id}-circle`,
        type: 'circle',
        source: options.id,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': color,
          'circle-radius': options.radius ?? 7,
          'circle-stroke-color': '#333333',
          'circle-stroke-width': 1,
        },
      },
    ],
    legend,
    issues: issues.list(),
  };
}
