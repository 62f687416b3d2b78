import {
  checkBreaks,
  classedColorExpression,
  classedLegend,
  NO_DATA_COLOR,
} from './classed-colors.js';
import { type ColorRampName, colorRamp } from './color-ramps.js';
import {
  acceptFeatures,
  baseLayer,
  type DataLayer,
  type DataLayerOptions,
  LayerIssues,
  reportNonNumeric,
} from './data-layer.js';

/** Options of {@link choroplethLayer}. */
export interface ChoroplethLayerOptions extends DataLayerOptions {
  /** Numeric property that is classed. */
  readonly property: string;
  /**
   * Class bounds, one more than the classes: `[lowest, …inner bounds, highest]`, as returned by
   * `@datacites/geo`'s classifications (quantile, equal interval, Jenks, manual).
   */
  readonly breaks: readonly number[];
  /** Class colours, one per class; default the ColorBrewer `ramp` for that many classes. */
  readonly colors?: readonly string[];
  /** ColorBrewer ramp used when `colors` is not given. Default `YlGnBu`. */
  readonly ramp?: ColorRampName;
  readonly noDataColor?: string;
  readonly outlineColor?: string;
  /** Fill opacity from 0 to 1. Default 0.85. */
  readonly opacity?: number;
}

/**
 * Polygons filled by class of a numeric property (a choropleth), with a classed legend. Features
 * without a numeric value stay on the map in the "no data" colour and are reported as warnings.
 *
 * @example
 * ```ts
 * const layer = choroplethLayer({
 *   id: 'consumption', title: 'Consommation (MWh)', data: departements,
 *   property: 'mwh', breaks: [0, 1200, 2500, 6000], ramp: 'YlOrRd',
 * });
 * map.addDataLayer(layer);
 * ```
 */
export function choroplethLayer(options: ChoroplethLayerOptions): DataLayer {
  const colors = options.colors ?? colorRamp(options.ramp ?? 'YlGnBu', options.breaks.length - 1);
  checkBreaks(options.breaks, colors);
  const issues = new LayerIssues(options.id);
  const { collection, account } = acceptFeatures(options.data, ['Polygon', 'MultiPolygon'], issues);
  const noDataColor = options.noDataColor ?? NO_DATA_COLOR;
  const missing = reportNonNumeric(collection, options.property, issues);
  return {
    ...baseLayer(options, 'choropleth', collection, account),
    layers: [
      {
        id: `${options.id}-fill`,
        type: 'fill',
        source: options.id,
        paint: {
          'fill-color': classedColorExpression(
            options.property,
            options.breaks,
            colors,
            noDataColor,
          ),
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
    legend: classedLegend(options.breaks, colors, 'fill', { count: missing, color: noDataColor }),
    issues: issues.list(),
  };
}
