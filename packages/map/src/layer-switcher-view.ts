import type { DataLayer } from './data-layer.js';
import type { MapLanguage, MapMessages } from './i18n.js';
import { element, textIn } from './text.js';

/**
 * Renders a layer switcher: one labelled checkbox per layer (native controls, so keyboard and
 * screen readers work without extra code). `onToggle` gets the layer id and its new visibility.
 */
export function renderLayerSwitcher(
  doc: Document,
  layers: readonly DataLayer[],
  visible: (id: string) => boolean,
  onToggle: (id: string, visible: boolean) => void,
  language: MapLanguage,
  messages: MapMessages,
): HTMLElement {
  const fieldset = element(doc, 'fieldset', 'datacites-layers');
  fieldset.append(element(doc, 'legend', undefined, messages.layers));
  for (const layer of layers) {
    const label = element(doc, 'label');
    label.style.display = 'block';
    const checkbox = element(doc, 'input');
    checkbox.type = 'checkbox';
    checkbox.checked = visible(layer.id);
    checkbox.dataset.layer = layer.id;
    checkbox.addEventListener('change', () => onToggle(layer.id, checkbox.checked));
    label.append(checkbox, ` ${textIn(layer.title, language)}`);
    fieldset.append(label);
  }
  return fieldset;
}
