import type { DataLayer } from './data-layer.js';
import type { MapLanguage, MapMessages } from './i18n.js';
import { displayValue, element, textIn } from './text.js';

/** Rows shown per layer in the table; the rest are counted in a note. */
export const TABLE_ROW_LIMIT = 200;

/**
 * The text alternative of the map: inside a `<details>`, one table per layer with a caption, a
 * header row and one row per feature (its fields), each row with a "show on map" button that
 * calls `onShow(layerId, featureIndex)`: keyboard users reach every feature this way.
 */
export function renderDataTable(
  doc: Document,
  layers: readonly DataLayer[],
  onShow: (layerId: string, featureIndex: number) => void,
  language: MapLanguage,
  messages: MapMessages,
  rowLimit = TABLE_ROW_LIMIT,
): HTMLDetailsElement {
  const details = element(doc, 'details', 'datacites-table');
  details.append(element(doc, 'summary', undefined, messages.dataTable));
  for (const layer of layers) {
    const table = element(doc, 'table');
    table.dataset.layer = layer.id;
    table.append(element(doc, 'caption', undefined, textIn(layer.title, language)));
    const head = element(doc, 'tr');
    const columns = [
      ...(layer.nameProperty ? [{ property: layer.nameProperty }] : []),
      ...layer.fields.filter((field) => field.property !== layer.nameProperty),
    ];
    for (const field of columns) {
      const th = element(
        doc,
        'th',
        undefined,
        field.label ? textIn(field.label, language) : field.property,
      );
      th.scope = 'col';
      head.append(th);
    }
    const actions = element(doc, 'th', undefined, messages.showOnMap);
    actions.scope = 'col';
    head.append(actions);
    const thead = element(doc, 'thead');
    thead.append(head);
    const tbody = element(doc, 'tbody');
    const features = layer.data.features;
    const shown = Math.min(features.length, rowLimit);
    for (let index = 0; index < shown; index++) {
      const properties = features[index]!.properties ?? {};
      const row = element(doc, 'tr');
      for (const field of columns) {
        row.append(
          element(doc, 'td', undefined, displayValue(properties[field.property], language)),
        );
      }
      const cell = element(doc, 'td');
      const button = element(doc, 'button', undefined, messages.showOnMap);
      button.type = 'button';
      const name = layer.nameProperty ? properties[layer.nameProperty] : undefined;
      button.setAttribute(
        'aria-label',
        `${messages.showOnMap} – ${displayValue(name ?? index + 1, language)}`,
      );
      button.addEventListener('click', () => onShow(layer.id, index));
      cell.append(button);
      row.append(cell);
      tbody.append(row);
    }
    table.append(thead, tbody);
    details.append(table);
    if (features.length > shown) {
      details.append(element(doc, 'p', undefined, messages.rowsNotShown(features.length - shown)));
    }
  }
  return details;
}
