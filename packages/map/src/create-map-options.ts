import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap, MapOptions, StyleSpecification } from 'maplibre-gl';
import type { DataLayer } from './data-layer.js';
import type { MapLanguage } from './i18n.js';
import type { LandLabels } from './offline-style.js';
import type { TimeValue } from './time-slider.js';

/** Which widgets `createMap` adds. All default to true. */
export interface MapControls {
  readonly legend?: boolean;
  readonly layerSwitcher?: boolean;
  /** Shown only when a layer has a `timeProperty`. */
  readonly timeSlider?: boolean;
  /** The text alternative under the map. */
  readonly dataTable?: boolean;
  readonly navigation?: boolean;
  /** Popups on click, and on "show on map" from the table. */
  readonly popups?: boolean;
  /** A tooltip with the feature's name under the pointer. */
  readonly tooltips?: boolean;
}

/** A feature the user selected (clicked, or chose in the table). */
export interface MapSelection {
  readonly layerId: string;
  readonly featureIndex: number;
  readonly properties: Record<string, unknown>;
}

/** Options of `createMap`. */
export interface CreateMapOptions {
  /** A style URL (e.g. a vector-tile basemap) or object. Default the offline style. */
  readonly style?: string | StyleSpecification;
  /** Land or boundary polygons for the offline style. */
  readonly land?: FeatureCollection;
  /** Source and licence of `land`, shown in the attribution. */
  readonly landAttribution?: string;
  /** Labels of `land` features, drawn only with glyphs you serve (see `offlineStyle`). */
  readonly landLabels?: LandLabels;
  readonly center?: [number, number];
  readonly zoom?: number;
  /** Fits the view to `[west, south, east, north]` (wins over center and zoom). */
  readonly bounds?: [number, number, number, number];
  /** Language of the widgets: `fr` (default) or `en`. */
  readonly language?: string;
  readonly theme?: 'light' | 'dark';
  readonly layers?: readonly DataLayer[];
  readonly controls?: MapControls;
  /** URL of `maplibre-gl-worker.mjs` when a bundler moved it (see `useMapLibreWorker`). */
  readonly workerUrl?: string | URL;
  /** Called when a feature is selected. */
  readonly onSelect?: (selection: MapSelection) => void;
  /** Any other MapLibre option (e.g. `canvasContextAttributes`), passed through. */
  readonly mapOptions?: Partial<MapOptions>;
}

/** A map made by `createMap`. */
export interface DataMap {
  /** The MapLibre map, for anything the widgets do not cover. */
  readonly map: MapLibreMap;
  /** The element holding the map, the panel and the table. */
  readonly element: HTMLElement;
  /** Resolves once the style and the initial layers are loaded. */
  readonly ready: Promise<void>;
  /** The layers on the map, bottom first. */
  readonly layers: readonly DataLayer[];
  /** Language of the widgets. */
  readonly language: MapLanguage;
  /** Draws a layer (above the others) and adds it to the legend, switcher and table. */
  addLayer(layer: DataLayer): void;
  /** Removes a layer from the map and the widgets. */
  removeLayer(id: string): void;
  /** Shows or hides a layer (as the layer switcher does). */
  setLayerVisible(id: string, visible: boolean): void;
  /** Whether a layer is shown. */
  isLayerVisible(id: string): boolean;
  /** Shows only the features at this time in layers with a `timeProperty`. */
  setTime(time: TimeValue | undefined): void;
  /** Centres on a feature, opens its popup and reports it to `onSelect`. */
  select(layerId: string, featureIndex: number): void;
  /** Removes the map (freeing its WebGL context) and the widgets. */
  destroy(): void;
}
