import {
  AttributionControl,
  type IControl,
  Map as MapLibreMap,
  type MapMouseEvent,
  NavigationControl,
  Popup,
} from 'maplibre-gl';
import type { CreateMapOptions, DataMap } from './create-map-options.js';
import type { DataLayer } from './data-layer.js';
import { renderDataTable } from './data-table.js';
import { featureAnchor, featureBounds, renderFeaturePopup } from './feature-popup.js';
import { attachHoverTooltip } from './hover-tooltip.js';
import { type MapLanguage, type MapMessages, maplibreLocale, messagesFor } from './i18n.js';
import { renderLayerSwitcher } from './layer-switcher-view.js';
import { renderLegend } from './legend-view.js';
import { offlineStyle } from './offline-style.js';
import { textIn } from './text.js';
import { injectThemeCss } from './theme-css.js';
import {
  distinctTimes,
  renderTimeSlider,
  type TimeSliderView,
  type TimeValue,
} from './time-slider.js';
import { useMapLibreWorker } from './worker-url.js';

class PanelControl implements IControl {
  constructor(readonly panel: HTMLElement) {}
  onAdd(): HTMLElement {
    return this.panel;
  }
  onRemove(): void {
    this.panel.remove();
  }
}

/**
 * Creates a MapLibre map with data layers, a legend, a layer switcher, a time slider, popups and
 * a table alternative, in `container`. Offline by default: no network and no token unless you
 * pass a style URL.
 *
 * @example
 * ```ts
 * import 'maplibre-gl/dist/maplibre-gl.css';
 * import { createMap, choroplethLayer } from '@datacites/map';
 *
 * const dataMap = createMap(document.querySelector('#map')!, {
 *   center: [2.5, 46.6], zoom: 4.5, language: 'fr',
 *   layers: [choroplethLayer({ id: 'conso', title: 'Consommation (MWh)', data: departements,
 *     property: 'mwh', breaks: [0, 2e6, 4e6, 8e6, 2e7] })],
 * });
 * await dataMap.ready;
 * ```
 */
export function createMap(container: HTMLElement, options: CreateMapOptions = {}): DataMap {
  const doc = container.ownerDocument;
  injectThemeCss(doc);
  if (options.workerUrl) useMapLibreWorker(options.workerUrl);
  const language: MapLanguage = messagesFor(options.language) === messagesFor('fr') ? 'fr' : 'en';
  const messages: MapMessages = messagesFor(language);
  const controls = {
    legend: true,
    layerSwitcher: true,
    timeSlider: true,
    dataTable: true,
    navigation: true,
    popups: true,
    tooltips: true,
    ...options.controls,
  };

  container.classList.add('datacites-map');
  container.dataset.theme = options.theme ?? 'light';
  const canvasHost = doc.createElement('div');
  canvasHost.className = 'datacites-map__canvas';
  container.append(canvasHost);

  const layers: DataLayer[] = [];
  const hidden = new Set<string>();
  let currentTime: TimeValue | undefined;
  let slider: TimeSliderView | undefined;
  let table: HTMLElement | undefined;
  let popup: Popup | undefined;
  let loaded = false;

  const map = new MapLibreMap({
    container: canvasHost,
    style:
      options.style ??
      offlineStyle({
        ...(options.land ? { land: options.land } : {}),
        ...(options.landAttribution ? { landAttribution: options.landAttribution } : {}),
        ...(options.landLabels ? { labels: options.landLabels } : {}),
      }),
    center: options.center ?? [2.5, 46.6],
    zoom: options.zoom ?? 4.5,
    ...(options.bounds ? { bounds: options.bounds } : {}),
    attributionControl: false,
    ...(maplibreLocale(language) ? { locale: maplibreLocale(language) } : {}),
    ...options.mapOptions,
  });
  map.getCanvas().setAttribute('aria-label', messages.mapLabel);
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
  if (controls.navigation)
    map.addControl(new NavigationControl({ showCompass: false }), 'top-left');

  const panel = doc.createElement('div');
  panel.className = 'maplibregl-ctrl datacites-panel';
  map.addControl(new PanelControl(panel), 'top-right');

  const layerById = (id: string) => layers.find((layer) => layer.id === id);

  const applyFilters = () => {
    for (const layer of layers) {
      if (!layer.timeProperty || !map.getSource(layer.id)) continue;
      const filter =
        currentTime === undefined
          ? null
          : (['==', ['to-string', ['get', layer.timeProperty]], String(currentTime)] as const);
      for (const spec of layer.layers) map.setFilter(spec.id, filter as never);
    }
  };

  const renderWidgets = () => {
    panel.replaceChildren();
    const visible = layers.filter((layer) => !hidden.has(layer.id));
    if (controls.legend && visible.length)
      panel.append(renderLegend(doc, visible, language, messages));
    if (controls.layerSwitcher && layers.length > 1) {
      panel.append(
        renderLayerSwitcher(
          doc,
          layers,
          (id) => !hidden.has(id),
          setLayerVisible,
          language,
          messages,
        ),
      );
    }
    slider?.destroy();
    slider = undefined;
    const times = distinctTimes(layers);
    if (controls.timeSlider && times.length > 0) {
      slider = renderTimeSlider(
        doc,
        times,
        (time) => {
          currentTime = time;
          applyFilters();
        },
        language,
        messages,
        800,
        // Re-rendering (a layer toggled) keeps the time shown.
        Math.max(
          0,
          times.findIndex((time) => String(time) === String(currentTime)),
        ),
      );
      panel.append(slider.element);
    }
    panel.hidden = panel.childElementCount === 0;
    if (controls.dataTable) {
      const open = table?.hasAttribute('open') ?? false;
      const next = renderDataTable(doc, layers, select, language, messages);
      if (open) next.setAttribute('open', '');
      if (table) table.replaceWith(next);
      else container.append(next);
      table = next;
    }
  };

  const mount = (layer: DataLayer) => {
    map.addSource(layer.id, {
      type: 'geojson',
      data: layer.data,
      ...(layer.attribution ? { attribution: layer.attribution } : {}),
    });
    for (const spec of layer.layers) {
      map.addLayer({
        ...spec,
        layout: { ...spec.layout, visibility: hidden.has(layer.id) ? 'none' : 'visible' },
      } as never);
    }
  };

  function setLayerVisible(id: string, visible: boolean) {
    if (visible) hidden.delete(id);
    else hidden.add(id);
    const layer = layerById(id);
    if (layer && loaded) {
      for (const spec of layer.layers)
        map.setLayoutProperty(spec.id, 'visibility', visible ? 'visible' : 'none');
    }
    const focused = doc.activeElement as HTMLElement | null;
    const focusedLayer = focused?.dataset?.layer;
    renderWidgets();
    if (focusedLayer)
      panel.querySelector<HTMLElement>(`input[data-layer="${CSS.escape(focusedLayer)}"]`)?.focus();
  }

  function select(layerId: string, featureIndex: number) {
    const layer = layerById(layerId);
    const feature = layer?.data.features[featureIndex];
    if (!layer || !feature) return;
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const anchor = featureAnchor(feature);
    if (anchor) {
      const bounds = featureBounds(feature);
      if (bounds && feature.geometry?.type !== 'Point')
        map.fitBounds(bounds, { padding: 40, animate: false, maxZoom: map.getZoom() + 2 });
      else map.jumpTo({ center: anchor });
      if (controls.popups) openPopup(layer, properties, anchor);
    }
    options.onSelect?.({ layerId, featureIndex, properties });
  }

  function openPopup(layer: DataLayer, properties: Record<string, unknown>, at: [number, number]) {
    popup?.remove();
    // The hover tooltip would cover the popup's title: none while a popup is open.
    tooltip.hide();
    popup = new Popup({ closeButton: true, maxWidth: '280px', focusAfterOpen: true })
      .setLngLat(at)
      .setDOMContent(renderFeaturePopup(doc, layer, properties, language, messages))
      .addTo(map);
    popup.getElement().setAttribute('aria-label', textIn(layer.title, language));
  }

  const onClick = (event: MapMouseEvent) => {
    const ids = layers
      .filter((layer) => !hidden.has(layer.id))
      .flatMap((layer) => layer.layers.map((spec) => spec.id));
    const hit = map.queryRenderedFeatures(event.point, { layers: ids })[0];
    if (!hit) return;
    const layer = layers.find((candidate) =>
      candidate.layers.some((spec) => spec.id === hit.layer.id),
    );
    if (!layer) return;
    const index = typeof hit.id === 'number' ? hit.id : -1;
    const properties = hit.properties as Record<string, unknown>;
    if (controls.popups) openPopup(layer, properties, [event.lngLat.lng, event.lngLat.lat]);
    options.onSelect?.({ layerId: layer.id, featureIndex: index, properties });
  };
  map.on('click', onClick);
  const tooltip = controls.tooltips
    ? attachHoverTooltip(
        map,
        () => layers.filter((layer) => !hidden.has(layer.id)),
        language,
        () => popup?.isOpen() ?? false,
      )
    : { hide: () => {}, detach: () => {} };

  const ready = new Promise<void>((resolve) => {
    map.once('load', () => {
      loaded = true;
      for (const layer of layers) mount(layer);
      applyFilters();
      resolve();
    });
  });

  function addLayer(layer: DataLayer) {
    if (layerById(layer.id))
      throw new Error(`A layer with id "${layer.id}" is already on the map.`);
    // Feature ids let a click find the feature's index for `onSelect`.
    layer.data.features.forEach((feature, index) => {
      if (feature.id === undefined) feature.id = index;
    });
    layers.push(layer);
    if (loaded) mount(layer);
    renderWidgets();
    if (loaded) applyFilters();
  }

  function removeLayer(id: string) {
    const layer = layerById(id);
    if (!layer) return;
    layers.splice(layers.indexOf(layer), 1);
    if (loaded) {
      for (const spec of layer.layers) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
      if (map.getSource(id)) map.removeSource(id);
    }
    renderWidgets();
  }

  for (const layer of options.layers ?? []) addLayer(layer);
  renderWidgets();

  return {
    map,
    element: container,
    ready,
    get layers() {
      return layers as readonly DataLayer[];
    },
    language,
    addLayer,
    removeLayer,
    setLayerVisible,
    isLayerVisible: (id) => !hidden.has(id),
    setTime(time) {
      currentTime = time;
      if (loaded) applyFilters();
    },
    select,
    destroy() {
      slider?.destroy();
      popup?.remove();
      tooltip.detach();
      map.off('click', onClick);
      map.remove();
      table?.remove();
      canvasHost.remove();
      container.classList.remove('datacites-map');
    },
  };
}
