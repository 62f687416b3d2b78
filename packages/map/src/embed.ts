/**
 * Self-contained embed bundle: MapLibre, its CSS and the `<datacites-map>` element in one ES
 * module, with MapLibre's worker shipped beside it (`maplibre-gl-worker.mjs`, found next to this
 * file). A host page needs only
 * `<script type="module" src=".../embed/datacites-map.js"></script>` and the element.
 * @packageDocumentation
 */
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css';
import { defineMapElements } from './map-element.js';

const STYLE_ID = 'datacites-maplibre-css';
if (!document.getElementById(STYLE_ID)) {
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = maplibreCss;
  document.head.prepend(style);
}
defineMapElements();
