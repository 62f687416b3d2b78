import {
  type ClassOptions,
  classedColorExpression,
  classedLegend,
  NO_DATA_COLOR,
  resolveClasses,
} from './classed-colors.js';
import {
  acceptFeatures,
  baseLayer,
  type DataLayer,
  type DataLayerOptions,
  LayerIssues,
  reportNonNumeric,
} from './data-layer.js';

/** Options of {@link choroplethLayer}. */
export interface ChoroplethLayerOptions extends DataLayerOptions, ClassOptions {
  /** Numeric property that is classed. */
  readonly property: string;
  readonly noDataColor?: string;
  readonly outlineColor?: string;
  /** Fill opacity from 0 to 1. Default 0.85. */
  readonly opacity?: number;
}

/**
 * Polygons filled by class of a numeric property (a choropleth), with a classed legend. Classes
 * are the `breaks` given, or computed with `@datacites/geo` (`method`: quantile, equal interval,
 * Jenks, ckmeans, standard deviation; `classes`), coloured with a colour-blind-safe ColorBrewer
 * ramp. Features
 * without a numeric value stay on the map in the "no data" colour and are reported as warnings.
 *
 * @example
 * ```ts
 * const layer = choroplethLayer({
 *   id: 'consumption', title: 'Consommation (MWh)', data: departements,
 *   property: 'mwh', method: 'jenks', classes: 5, ramp: 'YlOrRd',
 * });
 * map.addDataLayer(layer);
 * ```
 */
export function choroplethLayer(options: ChoroplethLayerOptions): DataLayer {
  const issues = new LayerIssues(options.id);
  const { collection, account } = acceptFeatures(options.data, ['Polygon', 'MultiPolygon'], issues);
  const noDataColor = options.noDataColor ?? NO_DATA_COLOR;
  const missing = reportNonNumeric(collection, options.property, issues);
  const { breaks, colors } = resolveClasses(collection, options.property, options);
  return {
    ...baseLayer(options, 'choropleth', collection, account),
    layers: [
      {
        id: `${options.id}-fill`,
        type: 'fill',
        source: options.id,
        paint: {
          'fill-color': classedColorExpression(options.property, breaks, colors, noDataColor),
          'fill-opacity': options.opacity ?? 0.85,
        },
      },
      {
        id: `${options.id}-outline`,
        type: 'line',
        source: options.id,
        paint: { 'line-color': options.outlineColor ?? '#ffffff', 'line-width': 0.5 },
      },
    ],
    legend: classedLegend(breaks, colors, 'fill', { count: missing, color: noDataColor }),
    issues: issues.list(),
  };
}
