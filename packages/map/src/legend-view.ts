import type { DataLayer, LegendItem } from './data-layer.js';
import type { MapLanguage, MapMessages } from './i18n.js';
import { element, formatNumber, textIn } from './text.js';

/** The text of a legend item: its label, its class range (`0 – 1 200`), or "no data". */
export function legendItemText(
  item: LegendItem,
  language: MapLanguage,
  messages: MapMessages,
): string {
  if (item.label !== undefined) return textIn(item.label, language);
  if (item.noData) return messages.noData;
  if (item.from !== undefined && item.to !== undefined) {
    return `${formatNumber(item.from, language)} – ${formatNumber(item.to, language)}`;
  }
  return '';
}

/**
 * Renders the legend of the visible layers: one titled list per layer, one swatch and text per
 * item. Swatches are decorative (`aria-hidden`); the text carries the meaning.
 */
export function renderLegend(
  doc: Document,
  layers: readonly DataLayer[],
  language: MapLanguage,
  messages: MapMessages,
): HTMLElement {
  const section = element(doc, 'section', 'datacites-legend');
  section.setAttribute('aria-label', messages.legend);
  section.append(element(doc, 'h2', undefined, messages.legend));
  for (const layer of layers) {
    const title = element(doc, 'div', 'datacites-legend__title', textIn(layer.title, language));
    const list = element(doc, 'ul', 'datacites-legend__list');
    list.setAttribute('aria-label', textIn(layer.title, language));
    for (const item of layer.legend) {
      const entry = element(doc, 'li');
      const swatch = element(doc, 'span', `datacites-swatch datacites-swatch--${item.shape}`);
      swatch.setAttribute('aria-hidden', 'true');
      if (item.shape === 'line') swatch.style.color = item.color;
      else swatch.style.background = item.color;
      entry.append(
        swatch,
        element(doc, 'span', undefined, legendItemText(item, language, messages)),
      );
      list.append(entry);
    }
    section.append(title, list);
  }
  return section;
}
