import {
  acceptFeatures,
  baseLayer,
  type DataLayer,
  type DataLayerOptions,
  LayerIssues,
  type LegendItem,
} from './data-layer.js';

/** Options of {@link lineLayer}. */
export interface LineLayerOptions extends DataLayerOptions {
  /**
   * Property holding each line's own colour, `#rrggbb` or GTFS-style `rrggbb` (e.g. a route's
   * `route_color`). Lines without a valid one take `color`.
   */
  readonly colorProperty?: string;
  /** Colour of lines without their own. Default a dark grey-blue. */
  readonly color?: string;
  /** Width in pixels. Default 3. */
  readonly width?: number;
  /** Property whose values label the legend entries (e.g. `route_short_name`). */
  readonly legendLabelProperty?: string;
}

const HEX = /^#?([0-9a-f]{6})$/i;

/** `#rrggbb` from `#rrggbb` or `rrggbb`, or undefined. */
export function normalizeHexColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = HEX.exec(value.trim());
  return match ? `#${match[1]!.toLowerCase()}` : undefined;
}

/** Distinct legend entries, at most this many, for lines with their own colours. */
const MAX_LINE_LEGEND = 12;

/**
 * Lines (routes, networks) drawn in their own colour when the data has one (GTFS `route_color`,
 * with or without `#`), else in one colour. Invalid colours are reported and drawn in `color`.
 *
 * @example
 * ```ts
 * lineLayer({ id: 'routes', data: routes, colorProperty: 'route_color',
 *   legendLabelProperty: 'route_short_name' });
 * ```
 */
export function lineLayer(options: LineLayerOptions): DataLayer {
  const issues = new LayerIssues(options.id);
  const accepted = acceptFeatures(options.data, ['LineString', 'MultiLineString'], issues);
  let { collection } = accepted;
  const fallback = options.color ?? '#33506e';
  const legend: LegendItem[] = [];
  const { colorProperty, legendLabelProperty } = options;
  if (colorProperty) {
    const seen = new Set<string>();
    // Copy the features with a normalised colour so MapLibre reads `#rrggbb` only.
    collection = {
      type: 'FeatureCollection',
      features: collection.features.map((feature, index) => {
        const raw = feature.properties?.[colorProperty];
        const color = normalizeHexColor(raw);
        if (raw !== undefined && raw !== null && raw !== '' && !color) {
          issues.add({
            code: 'invalid_color',
            severity: 'warning',
            field: colorProperty,
            message: `Feature ${index} has colour "${String(raw)}", not a hex colour; it is drawn in ${fallback}.`,
            raw: String(raw).slice(0, 120),
          });
        }
        const label = legendLabelProperty ? feature.properties?.[legendLabelProperty] : undefined;
        const key = `${color ?? fallback}|${label ?? ''}`;
        if (!seen.has(key) && legend.length < MAX_LINE_LEGEND) {
          seen.add(key);
          legend.push({
            color: color ?? fallback,
            shape: 'line',
            ...(label !== undefined && label !== null ? { label: String(label) } : {}),
          });
        }
        return {
          ...feature,
          properties: { ...feature.properties, __datacites_color: color ?? fallback },
        };
      }),
    };
  } else {
    legend.push({ color: fallback, shape: 'line' });
  }
  return {
    ...baseLayer(options, 'lines', collection, accepted.account),
    layers: [
      {
        id: `${options.id}-line`,
        type: 'line',
        source: options.id,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': colorProperty ? ['get', '__datacites_color'] : fallback,
          'line-width': options.width ?? 3,
        },
      },
    ],
    legend,
    issues: issues.list(),
  };
}
