import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';

/** Options of {@link offlineStyle}. */
export interface OfflineStyleOptions {
  /** Colour of the sea / empty background. Default a light grey-blue. */
  readonly background?: string;
  /** Land or boundary polygons drawn under the data, as GeoJSON (bundled or passed in). */
  readonly land?: FeatureCollection;
  /** Fill colour of `land`. */
  readonly landColor?: string;
  /** Outline colour of `land`. */
  readonly boundaryColor?: string;
  /** Attribution of `land` (source and licence), shown in the map's attribution control. */
  readonly landAttribution?: string;
  /**
   * Labels for `land` features. Labels need glyphs (font PBFs), so they are drawn only when you
   * serve some (e.g. from your own site): without this option the style stays fully offline.
   */
  readonly labels?: LandLabels;
}

/** Labels of the land features, drawn with your glyphs. */
export interface LandLabels {
  /** Glyph URL template with `{fontstack}` and `{range}`, e.g. `/fonts/{fontstack}/{range}.pbf`. */
  readonly glyphs: string;
  /** Property holding each feature's name. Default `nom` (IGN Admin Express). */
  readonly property?: string;
  /** Font stack available at `glyphs`. Default `['Noto Sans Regular']`. */
  readonly font?: readonly string[];
  /** Text colour. Default a dark grey. */
  readonly color?: string;
}

/**
 * A MapLibre style that needs no network and no token: a background, optional land or boundary
 * polygons, and no labels unless you give glyphs (`labels`), which a server must provide.
 *
 * @example
 * ```ts
 * new maplibregl.Map({ container, style: offlineStyle({ land: departements }) });
 * ```
 */
export function offlineStyle(options: OfflineStyleOptions = {}): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [
      {
        id: 'datacites-background',
        type: 'background',
        paint: { 'background-color': options.background ?? '#dfe7ee' },
      },
    ],
  };
  if (options.land) {
    style.sources['datacites-land'] = {
      type: 'geojson',
      data: options.land,
      ...(options.landAttribution ? { attribution: options.landAttribution } : {}),
    };
    style.layers.push(
      {
        id: 'datacites-land',
        type: 'fill',
        source: 'datacites-land',
        paint: { 'fill-color': options.landColor ?? '#f6f4ef' },
      },
      {
        id: 'datacites-boundaries',
        type: 'line',
        source: 'datacites-land',
        paint: { 'line-color': options.boundaryColor ?? '#a9a39a', 'line-width': 0.6 },
      },
    );
  }
  if (options.land && options.labels) {
    style.glyphs = options.labels.glyphs;
    style.layers.push({
      id: 'datacites-land-labels',
      type: 'symbol',
      source: 'datacites-land',
      layout: {
        'text-field': ['to-string', ['get', options.labels.property ?? 'nom']],
        'text-font': [...(options.labels.font ?? ['Noto Sans Regular'])],
        'text-size': 12,
      },
      paint: {
        'text-color': options.labels.color ?? '#3d3d3d',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1,
      },
    });
  }
  return style;
}
