import {
  acceptFeatures,
  baseLayer,
  type DataLayer,
  type DataLayerOptions,
  LayerIssues,
} from './data-layer.js';

/** Options of {@link heatmapLayer}. */
export interface HeatmapLayerOptions extends DataLayerOptions {
  /** Numeric property weighting each point; points without one weigh 1. */
  readonly weightProperty?: string;
  /** The weight that counts as full intensity. Default 1. */
  readonly maxWeight?: number;
  /** Radius of influence in pixels. Default 20. */
  readonly radius?: number;
}

/** Colours of the heatmap from low to high density: ColorBrewer YlOrRd, 5 classes. */
const HEAT_COLORS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];

/**
 * Point density as a heatmap (e.g. sensor readings, EV charge points).
 *
 * @example
 * ```ts
 * heatmapLayer({ id: 'sensors', data: sensors, weightProperty: 'pm25', maxWeight: 50 });
 * ```
 */
export function heatmapLayer(options: HeatmapLayerOptions): DataLayer {
  const issues = new LayerIssues(options.id);
  const { collection, account } = acceptFeatures(options.data, ['Point', 'MultiPoint'], issues);
  const weight = options.weightProperty;
  const maxWeight = options.maxWeight ?? 1;
  return {
    ...baseLayer(options, 'heatmap', collection, account),
    layers: [
      {
        id: `${options.id}-heat`,
        type: 'heatmap',
        source: options.id,
        paint: {
          'heatmap-weight': weight
            ? [
                'case',
                ['==', ['typeof', ['get', weight]], 'number'],
                ['interpolate', ['linear'], ['get', weight], 0, 0, maxWeight, 1],
                1,
              ]
            : 1,
          'heatmap-radius': options.radius ?? 20,
          'heatmap-color': [
            'interpolate',
            ['linear'],
            ['heatmap-density'],
            0,
            'rgba(255,255,178,0)',
            0.2,
            HEAT_COLORS[0]!,
            0.4,
            HEAT_COLORS[1]!,
            0.6,
            HEAT_COLORS[2]!,
            0.8,
            HEAT_COLORS[3]!,
            1,
            HEAT_COLORS[4]!,
          ],
        },
      },
    ],
    legend: [
      { color: HEAT_COLORS[0]!, shape: 'fill', label: { fr: 'Faible densité', en: 'Low density' } },
      { color: HEAT_COLORS[4]!, shape: 'fill', label: { fr: 'Forte densité', en: 'High density' } },
    ],
    issues: issues.list(),
  };
}
