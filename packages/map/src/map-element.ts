import { createMap } from './create-map.js';
import type { CreateMapOptions, DataMap } from './create-map-options.js';
import type { DataLayer } from './data-layer.js';
import { type LayerAttributes, layerFromAttributes } from './layer-element.js';

/** Tag names of the custom elements. */
export const MAP_TAG = 'datacites-map';
/** Tag name of a layer child of {@link MAP_TAG}. */
export const LAYER_TAG = 'datacites-layer';

/** `detail` of the `datacites:ready` event. */
export interface MapReadyDetail {
  readonly dataMap: DataMap;
  /** Layers that could not be loaded (bad URL, invalid JSON, bad attributes). */
  readonly errors: readonly { readonly layer: string; readonly message: string }[];
}

const numberPair = (text: string | null): [number, number] | undefined => {
  const parts = text
    ?.split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
  return parts && parts.length === 2 && parts.every(Number.isFinite)
    ? [parts[0]!, parts[1]!]
    : undefined;
};

function attributesOf(element: Element): LayerAttributes {
  const out: Record<string, string> = {};
  for (const attribute of Array.from(element.attributes)) out[attribute.name] = attribute.value;
  return out;
}

async function dataOf(element: Element, base: string): Promise<unknown> {
  const src = element.getAttribute('src');
  if (src) {
    const response = await fetch(new URL(src, base));
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    return response.json();
  }
  const inline = element.querySelector(
    'script[type="application/geo+json"], script[type="application/json"]',
  );
  if (inline) return JSON.parse(inline.textContent ?? '');
  throw new Error(
    'A <datacites-layer> needs src="…" or an inline <script type="application/geo+json">.',
  );
}

/**
 * Defines `<datacites-map>` and `<datacites-layer>` (once; later calls do nothing).
 *
 * `<datacites-map>` attributes: `center="lon,lat"`, `zoom`, `map-style` (a style URL, or
 * `offline`, the default), `land` (URL of boundary GeoJSON for the offline style),
 * `land-attribution`, `glyphs` (glyph URL template: labels the land by `nom`), `theme` (`light`/`dark`), `lang` (`fr`/`en`), `controls` (e.g.
 * `"legend table"`; default all), `worker-url`, `height` (CSS length). It uses light DOM (MapLibre's
 * CSS and popups break in shadow DOM), creates its WebGL map only when it comes into view, and
 * removes it (freeing the WebGL context) when taken out of the page. Events: `datacites:ready`
 * (`detail.dataMap`), `datacites:select` (`detail` = the selected feature), `datacites:error`.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/@datacites/map/dist/embed/datacites-map.js"></script>
 * <datacites-map center="2.5,46.6" zoom="5" lang="fr">
 *   <datacites-layer type="choropleth" src="conso.geojson" property="mwh" classes="5"
 *     method="quantile" title="Consommation"></datacites-layer>
 * </datacites-map>
 * ```
 */
export function defineMapElements(registry: CustomElementRegistry = customElements): void {
  if (registry.get(MAP_TAG)) return;

  class DataCitesLayerElement extends HTMLElement {}

  class DataCitesMapElement extends HTMLElement {
    /** Extra MapLibre options, set as a property before the element is connected. */
    mapOptions: CreateMapOptions['mapOptions'];
    #dataMap: DataMap | undefined;
    #observer: IntersectionObserver | undefined;
    #generation = 0;

    /** The map, once created (after the element came into view). */
    get dataMap(): DataMap | undefined {
      return this.#dataMap;
    }

    connectedCallback(): void {
      if (typeof IntersectionObserver === 'undefined') {
        void this.#start();
        return;
      }
      this.#observer = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.#observer?.disconnect();
          this.#observer = undefined;
          void this.#start();
        }
      });
      this.#observer.observe(this);
    }

    disconnectedCallback(): void {
      this.#generation++;
      this.#observer?.disconnect();
      this.#observer = undefined;
      this.#dataMap?.destroy();
      this.#dataMap = undefined;
    }

    async #start(): Promise<void> {
      const generation = ++this.#generation;
      if (this.#dataMap) return;
      const height = this.getAttribute('height');
      if (height) this.style.setProperty('--datacites-height', height);
      const errors: { layer: string; message: string }[] = [];
      const fail = (layer: string, error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        errors.push({ layer, message });
        this.dispatchEvent(
          new CustomEvent('datacites:error', { bubbles: true, detail: { layer, message } }),
        );
      };
      const base = this.ownerDocument.baseURI;
      let land: CreateMapOptions['land'];
      const landUrl = this.getAttribute('land');
      if (landUrl) {
        try {
          const response = await fetch(new URL(landUrl, base));
          land = (await response.json()) as CreateMapOptions['land'];
        } catch (error) {
          fail('land', error);
        }
      }
      const children = Array.from(this.querySelectorAll(LAYER_TAG));
      const layers: DataLayer[] = [];
      const loaded = await Promise.all(
        children.map(async (child, index) => {
          const attributes = { id: `layer-${index + 1}`, ...attributesOf(child) };
          try {
            return layerFromAttributes(attributes, await dataOf(child, base));
          } catch (error) {
            fail(attributes.id, error);
            return undefined;
          }
        }),
      );
      for (const layer of loaded) if (layer) layers.push(layer);
      if (generation !== this.#generation || !this.isConnected) return;
      const style = this.getAttribute('map-style');
      const controlList = this.getAttribute('controls');
      const has = (name: string) => controlList === null || controlList.split(/\s+/).includes(name);
      const center = numberPair(this.getAttribute('center'));
      const zoom = this.getAttribute('zoom');
      const workerUrl = this.getAttribute('worker-url');
      const landAttribution = this.getAttribute('land-attribution');
      const glyphs = this.getAttribute('glyphs');
      this.#dataMap = createMap(this, {
        ...(style && style !== 'offline' ? { style: new URL(style, base).href } : {}),
        ...(land ? { land } : {}),
        ...(landAttribution ? { landAttribution } : {}),
        ...(glyphs
          ? {
              landLabels: {
                glyphs: new URL(glyphs, base).href.replace(/%7B/g, '{').replace(/%7D/g, '}'),
              },
            }
          : {}),
        ...(center ? { center } : {}),
        ...(zoom ? { zoom: Number(zoom) } : {}),
        language: this.getAttribute('lang') || this.ownerDocument.documentElement.lang || 'fr',
        theme: this.getAttribute('theme') === 'dark' ? 'dark' : 'light',
        ...(workerUrl ? { workerUrl: new URL(workerUrl, base).href } : {}),
        layers,
        controls: {
          legend: has('legend'),
          layerSwitcher: has('layers'),
          timeSlider: has('time'),
          dataTable: has('table'),
          navigation: has('navigation'),
          popups: has('popups'),
          tooltips: has('tooltips'),
        },
        onSelect: (detail) =>
          this.dispatchEvent(new CustomEvent('datacites:select', { bubbles: true, detail })),
        ...(this.mapOptions ? { mapOptions: this.mapOptions } : {}),
      });
      const dataMap = this.#dataMap;
      await dataMap.ready;
      if (this.#dataMap !== dataMap) return;
      const detail: MapReadyDetail = { dataMap, errors };
      this.dispatchEvent(new CustomEvent('datacites:ready', { bubbles: true, detail }));
    }
  }

  registry.define(LAYER_TAG, DataCitesLayerElement);
  registry.define(MAP_TAG, DataCitesMapElement);
}
