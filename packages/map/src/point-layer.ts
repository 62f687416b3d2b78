import type { DataDrivenPropertyValueSpecification, ExpressionSpecification } from 'maplibre-gl';
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
  type LegendItem,
  reportNonNumeric,
} from './data-layer.js';

/** Colours points by classes of a numeric property. */
export interface ClassedColor extends ClassOptions {
  readonly property: string;
}

/** Colours points by the value of a text property (e.g. a transport mode). */
export interface CategoryColor {
  readonly property: string;
  /** Colour per value; the legend lists them in this order. */
  readonly categories: Readonly<Record<string, string>>;
  /** Colour of any other value. Default grey. */
  readonly otherColor?: string;
}

/** Sizes points linearly by a numeric property. */
export interface ProportionalRadius {
  readonly property: string;
  /** Values mapped to the smallest and largest radius; values outside are clamped. */
  readonly domain: readonly [number, number];
  /** Radii in pixels. Default `[3, 14]`. */
  readonly range?: readonly [number, number];
}

/** Options of {@link pointLayer}. */
export interface PointLayerOptions extends DataLayerOptions {
  /** One colour, classes of a number, or categories of a text. Default a dark blue. */
  readonly color?: string | ClassedColor | CategoryColor;
  /** One radius in pixels, or proportional to a property. Default 5. */
  readonly radius?: number | ProportionalRadius;
  readonly strokeColor?: string;
  readonly opacity?: number;
}

const DEFAULT_POINT_COLOR = '#1f4e79';

function colorOf(
  options: PointLayerOptions,
  issues: LayerIssues,
  collection: DataLayer['data'],
): { paint: DataDrivenPropertyValueSpecification<string>; legend: LegendItem[] } {
  const color = options.color ?? DEFAULT_POINT_COLOR;
  if (typeof color === 'string') return { paint: color, legend: [{ color, shape: 'circle' }] };
  if (!('categories' in color)) {
    const missing = reportNonNumeric(collection, color.property, issues);
    const { breaks, colors } = resolveClasses(collection, color.property, color);
    return {
      paint: classedColorExpression(color.property, breaks, colors),
      legend: classedLegend(breaks, colors, 'circle', {
        count: missing,
        color: NO_DATA_COLOR,
      }),
    };
  }
  const other = color.otherColor ?? NO_DATA_COLOR;
  const entries = Object.entries(color.categories);
  const paint: ExpressionSpecification = entries.length
    ? ([
        'match',
        ['to-string', ['get', color.property]],
        ...entries.flat(),
        other,
      ] as ExpressionSpecification)
    : (['literal', other] as ExpressionSpecification);
  return {
    paint,
    legend: entries.map(([label, value]) => ({ color: value, shape: 'circle', label })),
  };
}

function radiusOf(
  radius: PointLayerOptions['radius'],
): DataDrivenPropertyValueSpecification<number> {
  if (radius === undefined) return 5;
  if (typeof radius === 'number') return radius;
  const [min, max] = radius.range ?? [3, 14];
  const value: ExpressionSpecification = ['get', radius.property];
  return [
    'case',
    ['==', ['typeof', value], 'number'],
    ['interpolate', ['linear'], value, radius.domain[0], min, radius.domain[1], max],
    min,
  ];
}

/**
 * Points (stops, stations, sensors…) as circles, coloured and sized by properties.
 *
 * @example
 * ```ts
 * const stops = pointLayer({
 *   id: 'stops', title: 'Arrêts', data: stopsGeoJson, nameProperty: 'stop_name',
 *   color: { property: 'departures', breaks: [0, 50, 200, 1000], ramp: 'PuBu' },
 *   radius: { property: 'departures', domain: [0, 1000] },
 * });
 * ```
 */
export function pointLayer(options: PointLayerOptions): DataLayer {
  const issues = new LayerIssues(options.id);
  const { collection, account } = acceptFeatures(options.data, ['Point', 'MultiPoint'], issues);
  const { paint, legend } = colorOf(options, issues, collection);
  return {
    ...baseLayer(options, 'points', collection, account),
    layers: [
      {
        id: `${options.id}-circle`,
        type: 'circle',
        source: options.id,
        paint: {
          'circle-color': paint,
          'circle-radius': radiusOf(options.radius),
          'circle-opacity': options.opacity ?? 0.9,
          'circle-stroke-color': options.strokeColor ?? '#ffffff',
          'circle-stroke-width': 1,
        },
      },
    ],
    legend,
    issues: issues.list(),
  };
}
