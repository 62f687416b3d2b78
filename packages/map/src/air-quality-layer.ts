import type { ExpressionSpecification } from 'maplibre-gl';
import { type AirQualityIndex, airQualityLevels } from './air-quality-levels.js';
import {
  acceptFeatures,
  baseLayer,
  type DataLayer,
  type DataLayerOptions,
  LayerIssues,
} from './data-layer.js';

/** Options of {@link airQualityLayer}. */
export interface AirQualityLayerOptions extends DataLayerOptions {
  /** Which index the level property holds. Default `atmo`. */
  readonly index?: AirQualityIndex;
  /** Property holding the level (number or numeric text). Default `code_qual` (ATMO open data). */
  readonly levelProperty?: string;
  /** Circle radius in pixels. Default 7. */
  readonly radius?: number;
}

/**
 * Stations coloured by air-quality index level with the standard's own colours (ATMO or EEA),
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
  const { collection, account } = acceptFeatures(options.data, ['Point'], issues);
  const index = options.index ?? 'atmo';
  const property = options.levelProperty ?? 'code_qual';
  const levels = airQualityLevels(index);
  const known = new Set(levels.map((level) => String(level.code)));
  const present = new Set<string>();
  collection.features.forEach((feature, i) => {
    const value = feature.properties?.[property];
    const code = value === undefined || value === null ? '' : String(value).trim();
    if (known.has(code)) present.add(code);
    else {
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
  const legend = levels
    .filter((level) => (level.code >= 1 && level.code <= 6) || present.has(String(level.code)))
    .map((level) => ({
      color: level.color,
      shape: 'circle' as const,
      label: { fr: level.fr, en: level.en },
    }));
  return {
    ...baseLayer(options, 'air-quality', collection, account),
    layers: [
      {
        id: `${options.id}-circle`,
        type: 'circle',
        source: options.id,
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
