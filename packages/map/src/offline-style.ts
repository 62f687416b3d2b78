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
}

/**
 * A MapLibre style that needs no network and no token: a background, optional land or boundary
 * polygons, and no labels (labels need glyphs, which would need a server).
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
  return style;
}
