import type { LayerSpecification } from 'maplibre-gl';
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
  /**
   * Width in pixels of the contrasting casing drawn under each line, on each side, so pale or
   * white lines (a GTFS `route_color` of `FFFFFF`) stay visible on the light offline basemap.
   * The casing is dark ({@link LINE_CASING_DARK}) under light lines (relative luminance above
   * 0.4) and white under dark ones. `0` draws no casing. Default 1.5.
   */
  readonly casingWidth?: number;
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

/** Casing colour under light lines. */
export const LINE_CASING_DARK = '#3a3a3a';
/** Casing colour under dark lines. */
export const LINE_CASING_LIGHT = '#ffffff';

/** WCAG relative luminance (0 black … 1 white) of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The casing colour for a line colour: dark under light lines, white under dark ones. */
export function lineCasingColor(color: string): string {
  const hex = normalizeHexColor(color);
  return hex && relativeLuminance(hex) > 0.4 ? LINE_CASING_DARK : LINE_CASING_LIGHT;
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
          properties: {
            ...feature.properties,
            __datacites_color: color ?? fallback,
            __datacites_casing: lineCasingColor(color ?? fallback),
          },
        };
      }),
    };
  } else {
    legend.push({ color: fallback, shape: 'line' });
  }
  const width = options.width ?? 3;
  const casingWidth = options.casingWidth ?? 1.5;
  const casing: LayerSpecification[] =
    casingWidth > 0
      ? [
          {
            id: `${options.id}-casing`,
            type: 'line',
            source: options.id,
            layout: { 'line-cap': 'round', 'line-join': 'round' },
            paint: {
              'line-color': colorProperty
                ? ['get', '__datacites_casing']
                : lineCasingColor(fallback),
              'line-width': width + 2 * casingWidth,
            },
          },
        ]
      : [];
  return {
    ...baseLayer(options, 'lines', collection, accepted.account),
    layers: [
      ...casing,
      {
        id: `${options.id}-line`,
        type: 'line',
        source: options.id,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': colorProperty ? ['get', '__datacites_color'] : fallback,
          'line-width': width,
        },
      },
    ],
    legend,
    issues: issues.list(),
  };
}
