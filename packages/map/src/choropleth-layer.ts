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
  /**
   * A label per class, lowest class first (e.g. `['Bon', 'Moyen', 'Dégradé']`), shown in the
   * legend instead of the numeric range and, in a "Classe / Class" column, in the table
   * alternative and popups. Labels are set as text, never parsed as HTML. They need one label per
   * class actually drawn: when the count differs (e.g. `method` found fewer distinct values than
   * `classes`), the labels are ignored, the ranges shown, and a `class_labels_mismatch` warning
   * is reported.
   */
  readonly classLabels?: readonly string[];
}

/** Property holding a feature's class label (set when `classLabels` is given). */
export const CLASS_LABEL_PROPERTY = '__datacites_class';

/** Index of the class of a value: as the `step` expression of {@link classedColorExpression}. */
function classIndex(value: number, breaks: readonly number[], classes: number): number {
  let index = 0;
  for (let i = 1; i < classes; i++) if (value >= breaks[i]!) index = i;
  return index;
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
  let labels: readonly string[] | undefined;
  if (options.classLabels) {
    if (options.classLabels.length === colors.length) labels = options.classLabels;
    else {
      issues.add({
        code: 'class_labels_mismatch',
        severity: 'warning',
        field: options.property,
        message: `${options.classLabels.length} class labels for ${colors.length} classes; the legend shows the class ranges instead.`,
      });
    }
  }
  const base = baseLayer(options, 'choropleth', collection, account);
  const labelled = labels
    ? {
        data: {
          ...collection,
          features: collection.features.map((feature) => {
            const value = feature.properties?.[options.property];
            const label =
              typeof value === 'number' && Number.isFinite(value)
                ? labels[classIndex(value, breaks, colors.length)]!
                : null;
            return {
              ...feature,
              properties: { ...feature.properties, [CLASS_LABEL_PROPERTY]: label },
            };
          }),
        },
        fields: [
          ...base.fields,
          { property: CLASS_LABEL_PROPERTY, label: { fr: 'Classe', en: 'Class' } },
        ],
      }
    : {};
  return {
    ...base,
    ...labelled,
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
    legend: classedLegend(breaks, colors, 'fill', { count: missing, color: noDataColor }, labels),
    issues: issues.list(),
  };
}
