import { type Map as MapLibreMap, type MapMouseEvent, Popup } from 'maplibre-gl';
import type { DataLayer } from './data-layer.js';
import type { MapLanguage } from './i18n.js';
import { textIn } from './text.js';

/**
 * Shows a tooltip with the feature's name (its `nameProperty`, else the layer title) while the
 * pointer is over a feature of a visible layer, and a pointer cursor. The name is set as text.
 * While `suppressed()` is true (a popup is open) no tooltip is shown, so it never covers the
 * popup's title. Returns `hide()` (removes the tooltip now, e.g. when a popup opens) and
 * `detach()` (removes the tooltip and its listeners).
 */
export function attachHoverTooltip(
  map: MapLibreMap,
  visibleLayers: () => readonly DataLayer[],
  language: MapLanguage,
  suppressed: () => boolean = () => false,
): { hide: () => void; detach: () => void } {
  const tooltip = new Popup({
    closeButton: false,
    closeOnClick: false,
    className: 'datacites-tooltip',
    offset: 10,
  });
  let pending: MapMouseEvent | undefined;
  let frame = 0;
  const update = () => {
    frame = 0;
    const event = pending;
    if (!event) return;
    const layers = visibleLayers();
    const ids = layers.flatMap((layer) => layer.layers.map((spec) => spec.id));
    const hit = ids.length ? map.queryRenderedFeatures(event.point, { layers: ids })[0] : undefined;
    const layer =
      hit && layers.find((candidate) => candidate.layers.some((spec) => spec.id === hit.layer.id));
    if (!hit || !layer) {
      map.getCanvas().style.cursor = '';
      tooltip.remove();
      return;
    }
    map.getCanvas().style.cursor = 'pointer';
    if (suppressed()) {
      tooltip.remove();
      return;
    }
    const name = layer.nameProperty ? hit.properties?.[layer.nameProperty] : undefined;
    tooltip
      .setLngLat(event.lngLat)
      .setText(name === undefined || name === null ? textIn(layer.title, language) : String(name))
      .addTo(map);
  };
  // One query per animation frame at most, however fast the pointer moves.
  const onMove = (event: MapMouseEvent) => {
    pending = event;
    if (!frame) frame = requestAnimationFrame(update);
  };
  const onLeave = () => {
    pending = undefined;
    map.getCanvas().style.cursor = '';
    tooltip.remove();
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  return {
    hide: () => {
      tooltip.remove();
    },
    detach: () => {
      if (frame) cancelAnimationFrame(frame);
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      tooltip.remove();
    },
  };
}
