import { type ClassificationMethod, classify } from '@datacites/geo/classify';
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import { type ColorRampName, colorRamp } from './color-ramps.js';
import type { LegendItem } from './data-layer.js';

/** How a layer's classes are chosen: explicit breaks, or a method of `@datacites/geo`. */
export interface ClassOptions {
  /**
   * Class bounds, one more than the classes: `[lowest, …inner bounds, highest]` (manual
   * classes). When absent, `method` computes them from the data.
   */
  readonly breaks?: readonly number[];
  /** Classification of `@datacites/geo` used without `breaks`. Default `quantile`. */
  readonly method?: Exclude<ClassificationMethod, 'manual'>;
  /** Classes wanted with `method` (1 to 9). Default 5. */
  readonly classes?: number;
  /** Class colours, one per class; default the ColorBrewer `ramp` for that many classes. */
  readonly colors?: readonly string[];
  /** ColorBrewer ramp used when `colors` is not given. Default `YlGnBu`. */
  readonly ramp?: ColorRampName;
}

/**
 * The breaks and colours of a classed layer: the given breaks, or those `@datacites/geo`'s
 * `classify` computes from the numeric values of `property` (fewer classes when the data has
 * fewer distinct values). Empty when no feature has a number.
 */
export function resolveClasses(
  collection: FeatureCollection,
  property: string,
  options: ClassOptions,
): { breaks: number[]; colors: string[] } {
  let breaks: number[];
  if (options.breaks) {
    breaks = [...options.breaks];
  } else {
    const values = collection.features.map((feature) => feature.properties?.[property] as number);
    breaks = [
      ...classify(values, { method: options.method ?? 'quantile', classes: options.classes ?? 5 })
        .breaks,
    ];
  }
  if (breaks.length < 2) return { breaks: [], colors: [] };
  const colors = options.colors
    ? [...options.colors]
    : colorRamp(options.ramp ?? 'YlGnBu', breaks.length - 1);
  checkBreaks(breaks, colors);
  return { breaks, colors };
}

/** Colour of features whose value is missing or not a number. */
export const NO_DATA_COLOR = '#bdbdbd';

/**
 * Checks class breaks: `colors.length + 1` finite, non-decreasing numbers, from the lowest value
 * (first class's lower bound) to the highest (last class's upper bound).
 * @throws RangeError when they are not.
 */
export function checkBreaks(breaks: readonly number[], colors: readonly string[]): void {
  if (breaks.length !== colors.length + 1) {
    throw new RangeError(
      `${colors.length} classes need ${colors.length + 1} breaks (lowest, inner bounds, highest), not ${breaks.length}.`,
    );
  }
  for (let i = 0; i < breaks.length; i++) {
    if (!Number.isFinite(breaks[i]!) || (i > 0 && breaks[i]! < breaks[i - 1]!)) {
      throw new RangeError(`Breaks must be finite and ascending: ${breaks.join(', ')}.`);
    }
  }
}

/**
 * A MapLibre expression colouring a numeric property by class: class `i` holds values `v` with
 * `breaks[i] ≤ v < breaks[i + 1]` (the last class also holds its upper bound); values below the
 * first break take the first colour, above the last the last colour; anything that is not a
 * number takes `noDataColor`.
 */
export function classedColorExpression(
  property: string,
  breaks: readonly number[],
  colors: readonly string[],
  noDataColor = NO_DATA_COLOR,
): ExpressionSpecification {
  const value: ExpressionSpecification = ['get', property];
  if (colors.length === 0) return ['literal', noDataColor] as ExpressionSpecification;
  const steps: (string | number)[] = [];
  for (let i = 1; i < colors.length; i++) steps.push(breaks[i]!, colors[i]!);
  const step = (
    steps.length ? ['step', value, colors[0]!, ...steps] : ['literal', colors[0]!]
  ) as ExpressionSpecification;
  return ['case', ['==', ['typeof', value], 'number'], step, noDataColor];
}

/**
 * Legend items for classes (labelled with `labels[i]` when given, one per class), then a
 * "no data" item when some features have no value.
 */
export function classedLegend(
  breaks: readonly number[],
  colors: readonly string[],
  shape: LegendItem['shape'],
  noData: { count: number; color: string },
  labels?: readonly string[],
): LegendItem[] {
  const items: LegendItem[] = colors.map((color, i) => ({
    color,
    shape,
    from: breaks[i]!,
    to: breaks[i + 1]!,
    ...(labels?.[i] !== undefined ? { label: labels[i] } : {}),
  }));
  if (noData.count > 0) items.push({ color: noData.color, shape, noData: true });
  return items;
}
